/** Checking a plan: every rule over one shared index, findings in a fixed order. */
import type { OcsVersion, Plan } from '../domain/plan';
import { RULES } from './catalog';
import { buildPlanIndex } from './planIndex';
import type { Finding, RuleDefinition, RuleId, RuleSource } from './types';
import { SEVERITY_ORDER } from './types';

const BY_ID = new Map<RuleId, RuleDefinition>(RULES.map((r) => [r.id, r]));

export function ruleById(id: RuleId): RuleDefinition {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return rule;
}

/** The source a finding of the rule cites on a plan of this OCS version: the version's own page where there is one. */
export function sourceOf(rule: RuleDefinition, ocsVersion: OcsVersion): RuleSource | undefined {
  return rule.sources?.[ocsVersion] ?? rule.source;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Errors, warnings, infos; then rule id; then pool id; then first node id (then message and the other nodes, for ties). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.rule, b.rule) ||
    cmp(a.pool ?? '', b.pool ?? '') ||
    cmp(a.nodes[0] ?? '', b.nodes[0] ?? '') ||
    cmp(a.message, b.message) ||
    cmp(a.nodes.join('\u0000'), b.nodes.join('\u0000'))
  );
}

export function checkPlan(plan: Plan): Finding[] {
  const ctx = buildPlanIndex(plan);
  const findings: Finding[] = [];
  for (const rule of RULES) for (const f of rule.check(ctx)) findings.push(f);
  return findings.sort(compareFindings);
}

const ERROR_RULES = RULES.filter((r) => r.severity === 'error');

/** The plan's error findings, unsorted: what a fix must not add (only rules that can raise an error run). */
export function errorFindings(plan: Plan): Finding[] {
  const ctx = buildPlanIndex(plan);
  const errors: Finding[] = [];
  for (const rule of ERROR_RULES) for (const f of rule.check(ctx)) if (f.severity === 'error') errors.push(f);
  return errors;
}
