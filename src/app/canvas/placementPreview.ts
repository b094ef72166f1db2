/** What a drop would break: the errors that moving nodes into a pool adds to the plan. */
import { addNode, setNodePool } from '../../domain/operations';
import type { NodeKind, Plan } from '../../domain/plan';
import { checkPlan } from '../../rules';
import type { Finding } from '../../rules';

const key = (f: Finding) => `${f.rule}|${f.pool ?? ''}|${[...f.nodes].sort().join(',')}`;

/**
 * `current` is the plan's findings when they are known: the findings store holds them, and a drag
 * changes only positions, which no rule reads; so a hover checks the plan once, not twice.
 */
export function placementProblems(
  plan: Plan,
  nodeIds: readonly string[],
  poolId: string,
  current: readonly Finding[] = checkPlan(plan),
): string[] {
  let after = plan;
  for (const id of nodeIds) after = setNodePool(after, id, poolId);
  const before = new Set(current.filter((f) => f.severity === 'error').map(key));
  // Every error the drop adds, also in the pool the nodes leave: all of it is the drop's doing.
  return checkPlan(after)
    .filter((f) => f.severity === 'error' && !before.has(key(f)))
    .map((f) => f.message);
}

/** What a new server of this kind, dropped from the palette into the pool, would break. */
export function newServerProblems(plan: Plan, kind: NodeKind, poolId: string): string[] {
  const { plan: withServer, id } = addNode(plan, kind, { x: 0, y: 0 });
  return placementProblems(withServer, [id], poolId);
}
