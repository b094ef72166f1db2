/** What the planner's form does: a new local plan from requirements, or the open plan replaced (one undo step). */
import type { Plan, Requirements } from '../../domain/plan';
import { planFromRequirements } from '../../planner/planFromRequirements';
import { runCommand } from '../commands';
import { documents, sessionStore } from '../stores';

/** A new plan in this browser, opened; the plan that was open stays in Plans. */
export function createPlanFromRequirements(req: Requirements): Plan {
  const plan = planFromRequirements(req);
  documents.createPlan(plan, 'unique');
  sessionStore.getState().requestFit();
  return plan;
}

/** The open plan's content replaced by the plan for these requirements: one undo step. */
export function replacePlanFromRequirements(req: Requirements): void {
  const plan = planFromRequirements(req);
  runCommand('edit-properties', { change: () => plan });
  sessionStore.getState().requestFit();
}
