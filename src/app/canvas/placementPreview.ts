/** What a drop would break: the errors that moving nodes into a pool adds to the plan. */
import { setNodePool } from '../../domain/operations';
import type { Plan } from '../../domain/plan';
import { checkPlan } from '../../rules';
import type { Finding } from '../../rules';

const key = (f: Finding) => `${f.rule}|${f.pool ?? ''}|${[...f.nodes].sort().join(',')}`;

export function placementProblems(plan: Plan, nodeIds: readonly string[], poolId: string): string[] {
  let after = plan;
  for (const id of nodeIds) after = setNodePool(after, id, poolId);
  const before = new Set(checkPlan(plan).filter((f) => f.severity === 'error').map(key));
  // Every error the drop adds, also in the pool the nodes leave: all of it is the drop's doing.
  return checkPlan(after)
    .filter((f) => f.severity === 'error' && !before.has(key(f)))
    .map((f) => f.message);
}
