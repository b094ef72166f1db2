/**
 * Align, distribute and nudge a selection. Pure functions over the plan. Pool membership never
 * changes here (an arrangement is not a drop): a member stays in its pool, and the pool grows to
 * hold it where it moved beyond the pool's box.
 */
import { NODE_SIZE, unionBoxes, nodeBox } from './geometry';
import { growPool, moveItems, poolBoxInPlan } from './operations';
import type { Plan, PlanNode, Position } from './plan';

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

function selectedServers(plan: Plan, ids: Iterable<string>): PlanNode[] {
  const set = new Set(ids);
  return plan.nodes.filter((n) => set.has(n.id));
}

/** Move nodes to new top-left corners, then grow the pools whose members moved. */
function placeNodes(plan: Plan, moves: ReadonlyMap<string, Position>): Plan {
  let next = moveItems(plan, moves);
  if (next === plan) return plan;
  const pools = new Set<string>();
  for (const n of plan.nodes) if (moves.has(n.id) && n.pool !== undefined) pools.add(n.pool);
  for (const pool of pools) next = growPool(next, pool);
  return next;
}

/** Align two or more selected servers along one edge or centre line of their common box. */
export function alignNodes(plan: Plan, ids: Iterable<string>, alignment: Alignment): Plan {
  const nodes = selectedServers(plan, ids);
  if (nodes.length < 2) return plan;
  const box = unionBoxes(nodes.map(nodeBox))!;
  const moves = new Map<string, Position>();
  for (const n of nodes) {
    const { x, y } = n.position;
    let to: Position;
    switch (alignment) {
      case 'left':
        to = { x: box.x, y };
        break;
      case 'center':
        to = { x: box.x + box.width / 2 - NODE_SIZE.width / 2, y };
        break;
      case 'right':
        to = { x: box.x + box.width - NODE_SIZE.width, y };
        break;
      case 'top':
        to = { x, y: box.y };
        break;
      case 'middle':
        to = { x, y: box.y + box.height / 2 - NODE_SIZE.height / 2 };
        break;
      case 'bottom':
        to = { x, y: box.y + box.height - NODE_SIZE.height };
        break;
    }
    moves.set(n.id, to);
  }
  return placeNodes(plan, moves);
}

/**
 * Spread three or more selected servers evenly along an axis: the first and the last (by position)
 * stay where they are, the others get equal gaps between them.
 */
export function distributeNodes(plan: Plan, ids: Iterable<string>, axis: Axis): Plan {
  const nodes = selectedServers(plan, ids);
  if (nodes.length < 3) return plan;
  const along = (n: PlanNode) => (axis === 'horizontal' ? n.position.x : n.position.y);
  const sorted = nodes.slice().sort((a, b) => along(a) - along(b) || a.id.localeCompare(b.id));
  const first = along(sorted[0]);
  const last = along(sorted[sorted.length - 1]);
  const step = (last - first) / (sorted.length - 1);
  const moves = new Map<string, Position>();
  sorted.forEach((n, i) => {
    // The outer two keep their exact places (no rounding drift at the far end).
    const v = i === sorted.length - 1 ? last : first + i * step;
    moves.set(n.id, axis === 'horizontal' ? { x: v, y: n.position.y } : { x: n.position.x, y: v });
  });
  return placeNodes(plan, moves);
}

/** Move the selected servers and pools by (dx, dy); a moved pool carries its members. */
export function nudgeItems(plan: Plan, ids: Iterable<string>, dx: number, dy: number): Plan {
  const set = new Set(ids);
  const moves = new Map<string, Position>();
  for (const pool of plan.pools) {
    if (!set.has(pool.id)) continue;
    const at = pool.position ?? poolBoxInPlan(plan, pool.id);
    if (at) moves.set(pool.id, { x: at.x + dx, y: at.y + dy });
  }
  for (const n of plan.nodes) if (set.has(n.id)) moves.set(n.id, { x: n.position.x + dx, y: n.position.y + dy });
  return placeNodes(plan, moves);
}

/** How many of the ids are servers: align needs two, distribute three. */
export function serverCount(plan: Plan, ids: Iterable<string>): number {
  return selectedServers(plan, ids).length;
}
