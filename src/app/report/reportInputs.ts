/**
 * The report's inputs with their derived defaults (the engine's resolveReportInputs), for the inspector's
 * placeholders. Computed once per rule-relevant change of the plan (its ruleVersion): a drag, which only
 * moves things, neither recomputes them nor renders the inspector again.
 */
// From the module itself, not the engine's index: the first screen loads no more of the engine than this.
import { resolveReportInputs } from '../../report/inputs';
import type { ReportInputs } from '../../report/inputs';
import type { PlanStore } from '../../store/planStore';
import { usePlan } from '../stores';

let last: { version: number; inputs: ReportInputs } | undefined;

export function reportInputsOf(s: Pick<PlanStore, 'plan' | 'ruleVersion'>): ReportInputs {
  if (last?.version !== s.ruleVersion) last = { version: s.ruleVersion, inputs: resolveReportInputs(s.plan) };
  return last.inputs;
}

export function useReportInputs(): ReportInputs {
  return usePlan(reportInputsOf);
}
