/** The readable text of `check`: findings grouped by pool, then the rest, then a summary line. */
import { poolTemplateKind } from '../domain/plan';
import type { Plan, Pool } from '../domain/plan';
import { OCS_VERSION_LABELS } from '../domain/kinds';
import type { Finding } from '../rules';
import { safeText } from './terminalText';

export function poolHeading(pool: Pool): string {
  const kind = poolTemplateKind(pool);
  return `Pool ${pool.name} (${kind === 'standard' ? 'Standard Edition' : `Enterprise, ${kind}`})`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryLine(findings: readonly Finding[]): string {
  const n = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return `${plural(n('error'), 'error', 'errors')}, ${plural(n('warning'), 'warning', 'warnings')}, ${n('info')} info`;
}

/** Names and messages come from the user's file: every control character escaped, one line each. */
const clean = safeText;

export function checkReport(plan: Plan, findings: readonly Finding[]): string {
  const lines: string[] = [];
  lines.push(
    `${clean(plan.name)} (${OCS_VERSION_LABELS[plan.ocsVersion]}): ${plural(plan.pools.length, 'pool', 'pools')}, ${plural(plan.nodes.length, 'node', 'nodes')}, ${plural(plan.links.length, 'link', 'links')}`,
  );
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
  const line = (f: Finding) => `  ${f.severity.padEnd(7)} ${f.rule.padEnd(ruleWidth)}  ${clean(f.message)}`;
  const poolIds = new Set(plan.pools.map((p) => p.id));
  const nodePool = new Map(plan.nodes.map((n) => [n.id, n.pool]));
  // A finding belongs to its pool, or to the one pool all its nodes are in.
  const poolOf = (f: Finding): string | undefined => {
    if (f.pool !== undefined) return poolIds.has(f.pool) ? f.pool : undefined;
    const pools = new Set(f.nodes.map((id) => nodePool.get(id)));
    const [only] = pools;
    return pools.size === 1 && only !== undefined && poolIds.has(only) ? only : undefined;
  };
  for (const pool of plan.pools) {
    const own = findings.filter((f) => poolOf(f) === pool.id);
    if (own.length === 0) continue;
    lines.push('', clean(poolHeading(pool)), ...own.map(line));
  }
  const rest = findings.filter((f) => poolOf(f) === undefined);
  if (rest.length > 0) lines.push('', 'Not tied to a pool', ...rest.map(line));
  if (findings.length === 0) lines.push('', 'No findings.');
  lines.push('', summaryLine(findings));
  return `${lines.join('\n')}\n`;
}

/** One line for one file of several: the file, the plan's name and the counts. */
export function fileLine(file: string, plan: Plan, findings: readonly Finding[]): string {
  return `${clean(file)}: ${clean(plan.name)} (${OCS_VERSION_LABELS[plan.ocsVersion]}): ${summaryLine(findings)}`;
}
