/** The rules engine: plain TypeScript, no React. */
export type { Finding, Fix, RuleDefinition, RuleId, RuleSource, Severity } from './types';
export { RULE_IDS, SEVERITY_ORDER } from './types';
export { RULES } from './catalog';
export { checkPlan, compareFindings, ruleById, sourceOf } from './check';
export { fixesFor } from './fixes';
export { poolCapacity, capacityFor } from './capacity';
export type { PlanIndex, PoolInfo } from './planIndex';
export { buildPlanIndex } from './planIndex';
