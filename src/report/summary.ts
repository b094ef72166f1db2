/** The report's stoplight: the findings of the rules check, counted per area. */
import type { Finding, RuleId } from '../rules/types';
import type { ReportArea, Stoplight, SummaryRow } from './types';
import { REPORT_AREA_LABELS, REPORT_AREAS } from './types';

const VOICE = /^(MEDIATION|GATEWAY)-/;
const PERIMETER = /^(EDGE|RP|DIRECTOR|CWA-EXTERNAL)-/;
const ARCHIVING_MONITORING = /^(ARCHIVING|MONITORING)-/;

/** The area a rule's findings count in. Zones and versions count with the perimeter; CWA and Group Chat with the pools. */
export function areaOf(rule: RuleId): ReportArea {
  if (rule.startsWith('NAME-')) return 'names';
  if (VOICE.test(rule)) return 'voice';
  if (ARCHIVING_MONITORING.test(rule)) return 'archiving-monitoring';
  if (PERIMETER.test(rule) || rule === 'ZONE-PLACEMENT' || rule === 'VERSION-KIND') return 'perimeter';
  return 'pools';
}

export function summaryRows(findings: readonly Finding[]): SummaryRow[] {
  const rows = new Map<ReportArea, SummaryRow>();
  for (const area of REPORT_AREAS)
    rows.set(area, { area, label: REPORT_AREA_LABELS[area], status: 'green', errors: 0, warnings: 0, infos: 0, rules: [], nodeIds: [] });
  const nodes = new Map<ReportArea, Set<string>>();
  for (const f of findings) {
    const area = areaOf(f.rule);
    const row = rows.get(area)!;
    if (f.severity === 'error') row.errors++;
    else if (f.severity === 'warning') row.warnings++;
    else row.infos++;
    if (!row.rules.includes(f.rule)) row.rules.push(f.rule);
    let set = nodes.get(area);
    if (!set) nodes.set(area, (set = new Set()));
    for (const id of f.nodes) set.add(id);
  }
  const out: SummaryRow[] = [];
  for (const row of rows.values()) {
    const status: Stoplight = row.errors > 0 ? 'red' : row.warnings > 0 ? 'amber' : 'green';
    out.push({ ...row, status, nodeIds: [...(nodes.get(row.area) ?? [])] });
  }
  return out;
}
