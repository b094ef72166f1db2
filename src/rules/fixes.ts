/** The fixes offered for a finding: asked of the finding's rule, against the plan as it is now. */
import type { Plan } from '../domain/plan';
import { ruleById } from './check';
import { buildPlanIndex } from './planIndex';
import type { Finding, Fix } from './types';

export function fixesFor(plan: Plan, finding: Finding): Fix[] {
  const rule = ruleById(finding.rule);
  if (!rule.fixes) return [];
  return rule.fixes(buildPlanIndex(plan), finding).map((fix) => ({ ...fix, id: `${rule.id}/${fix.id}` }));
}
