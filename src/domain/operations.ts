/**
 * Editing operations on a plan. Pure functions: each takes a plan and returns a new one,
 * sharing every object it did not change (so a drag that moves one node changes one node object).
 */
import { containsPoint, DEFAULT_POOL_SIZE, membersByPool, movedTo, nodeCenter, poolBox, resizedTo } from './geometry';
import type { Box } from './geometry';
import { buildNode, canJoinPool, DIRECTOR_INFO, KIND_INFO, POOL_KIND_INFO } from './kinds';
import type { DirectorItem } from './kinds';
import { idFactory, nextName, planDomain, takenNames } from './names';
import type { NodeKind, Plan, PlanNode, Pool, PoolTemplateKind, Position } from './plan';
import { poolFields } from './templates';

/** A node kind that can be a pool member when dropped into a pool's box (the registry's `poolMember`). */
export { canJoinPool };

export function addNode(plan: Plan, kind: NodeKind, position: Position, poolId?: string): { plan: Plan; id: string } {
  const id = idFactory(plan)(KIND_INFO[kind].namePrefix);
  const pool = poolId && canJoinPool(kind) && plan.pools.some((p) => p.id === poolId) ? poolId : undefined;
  const node = buildNode(kind, plan.ocsVersion, {
    id,
    name: nextName(KIND_INFO[kind].namePrefix, planDomain(plan), takenNames(plan)),
    position,
    pool,
  });
  const next = { ...plan, nodes: [...plan.nodes, node] };
  return { plan: node.pool ? growPool(next, node.pool) : next, id };
}

/** An empty pool of a palette kind; a Director pool (`director-enterprise`, `director-standard`) hosts no users. */
export function addPool(plan: Plan, kind: PoolTemplateKind | DirectorItem, position: Position): { plan: Plan; id: string } {
  const id = idFactory(plan)('p');
  const director = kind === 'director-enterprise' || kind === 'director-standard' ? DIRECTOR_INFO[kind] : undefined;
  const poolKind = director ? director.kind : (kind as PoolTemplateKind);
  const pool: Pool = {
    id,
    name: nextName(director ? director.namePrefix : POOL_KIND_INFO[poolKind].namePrefix, planDomain(plan), takenNames(plan)),
    ...poolFields(poolKind),
    ...(director ? { purpose: 'director' as const, users: 0 } : { users: poolKind === 'standard' ? 1000 : 10000 }),
    position,
    size: DEFAULT_POOL_SIZE,
  };
  return { plan: { ...plan, pools: [...plan.pools, pool] }, id };
}

/** A pool's drawn box, from the plan. */
export function poolBoxInPlan(plan: Plan, poolId: string): Box | undefined {
  const pool = plan.pools.find((p) => p.id === poolId);
  if (!pool) return undefined;
  return poolBox(
    pool,
    plan.nodes.filter((n) => n.pool === poolId),
  );
}

/** The pool with an explicit position and size that hold all these members (it grows, never shrinks); the same object when it already does. */
function grown(pool: Pool, members: readonly PlanNode[]): Pool {
  const box = poolBox(pool, members);
  if (pool.position?.x === box.x && pool.position.y === box.y && pool.size?.width === box.width && pool.size.height === box.height) {
    return pool;
  }
  return { ...pool, position: movedTo(pool.position, box.x, box.y), size: resizedTo(pool.size, box.width, box.height) };
}

/** Give a pool an explicit position and size that hold all its members (it grows, never shrinks). */
export function growPool(plan: Plan, poolId: string): Plan {
  const index = plan.pools.findIndex((p) => p.id === poolId);
  if (index < 0) return plan;
  const pool = plan.pools[index];
  const next = grown(
    pool,
    plan.nodes.filter((n) => n.pool === poolId),
  );
  if (next === pool) return plan;
  const pools = plan.pools.slice();
  pools[index] = next;
  return { ...plan, pools };
}

/** Give every pool an explicit box (for plans loaded without pool positions). One pass over the nodes, whatever the number of pools. */
export function normalizePoolBoxes(plan: Plan): Plan {
  const members = membersByPool(plan);
  let pools: Pool[] | undefined;
  plan.pools.forEach((pool, i) => {
    const next = grown(pool, members.get(pool.id) ?? []);
    if (next === pool) return;
    pools ??= plan.pools.slice();
    pools[i] = next;
  });
  return pools ? { ...plan, pools } : plan;
}

/**
 * Move nodes and pools to new positions (top-left corners). A pool that moves carries its members
 * by the same offset; a member whose pool moves too follows its pool and ignores its own entry.
 */
export function moveItems(plan: Plan, moves: ReadonlyMap<string, Position>): Plan {
  if (moves.size === 0) return plan;
  const poolDelta = new Map<string, Position>();
  let pools = plan.pools;
  let poolsChanged = false;
  for (let i = 0; i < plan.pools.length; i++) {
    const pool = plan.pools[i];
    const to = moves.get(pool.id);
    if (!to) continue;
    const from = pool.position ?? poolBoxInPlan(plan, pool.id)!;
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    if (dx === 0 && dy === 0) continue;
    if (!poolsChanged) {
      pools = pools.slice();
      poolsChanged = true;
    }
    poolDelta.set(pool.id, { x: dx, y: dy });
    const size = pool.size ?? poolBoxInPlan(plan, pool.id)!;
    pools[i] = { ...pool, position: movedTo(pool.position, to.x, to.y), size: resizedTo(size, size.width, size.height) };
  }
  let nodes = plan.nodes;
  let nodesChanged = false;
  for (let i = 0; i < plan.nodes.length; i++) {
    const node = plan.nodes[i];
    const delta = node.pool !== undefined ? poolDelta.get(node.pool) : undefined;
    let to: Position | undefined;
    if (delta) to = { x: node.position.x + delta.x, y: node.position.y + delta.y };
    else to = moves.get(node.id);
    if (!to || (to.x === node.position.x && to.y === node.position.y)) continue;
    if (!nodesChanged) {
      nodes = nodes.slice();
      nodesChanged = true;
    }
    nodes[i] = { ...node, position: movedTo(node.position, to.x, to.y) };
  }
  if (!poolsChanged && !nodesChanged) return plan;
  return { ...plan, pools, nodes };
}

/**
 * The pool whose box holds a point: the smallest such box, so a pool drawn inside another's
 * area wins. `boxes` may be passed in when the caller already has them.
 */
export function poolAtPoint(plan: Plan, point: Position, boxes?: ReadonlyMap<string, Box>): string | undefined {
  const members = boxes ? undefined : membersByPool(plan);
  let best: string | undefined;
  let bestArea = Infinity;
  for (const pool of plan.pools) {
    const box = boxes?.get(pool.id) ?? poolBox(pool, members!.get(pool.id) ?? []);
    if (!containsPoint(box, point)) continue;
    const area = box.width * box.height;
    if (area < bestArea) {
      best = pool.id;
      bestArea = area;
    }
  }
  return best;
}

/**
 * After the user drops nodes: each dropped node that can join a pool becomes a member of the pool
 * its centre lies in (or of none when it lies in none); pools then grow to fit their members.
 * `boxes` are the pools' boxes as they were before the drag (so a member dragged out of its pool's
 * box leaves it, instead of the pool stretching after it).
 */
export function dropNodes(plan: Plan, ids: readonly string[], boxes: ReadonlyMap<string, Box>): Plan {
  const dropped = new Set(ids);
  let nodes = plan.nodes;
  let changed = false;
  const touched = new Set<string>();
  for (let i = 0; i < plan.nodes.length; i++) {
    const node = plan.nodes[i];
    if (!dropped.has(node.id) || !canJoinPool(node.kind)) continue;
    if (node.pool !== undefined) touched.add(node.pool);
    // A node that moved with its pool (the pool was dragged too) stays where it is.
    if (node.pool !== undefined && dropped.has(node.pool)) continue;
    const target = poolAtPoint(plan, nodeCenter(node), boxes);
    if (target !== undefined) touched.add(target);
    if (target === node.pool) continue;
    if (!changed) {
      nodes = nodes.slice();
      changed = true;
    }
    nodes[i] = setPoolField(node, target);
  }
  let next = changed ? { ...plan, nodes } : plan;
  for (const poolId of touched) next = growPool(next, poolId);
  return next;
}

function setPoolField(node: PlanNode, pool: string | undefined): PlanNode {
  const copy = { ...node };
  if (pool === undefined) delete copy.pool;
  else copy.pool = pool;
  return copy;
}

/** Make a node a member of a pool (or of none), growing the pool to hold it. */
export function setNodePool(plan: Plan, nodeId: string, poolId: string | undefined): Plan {
  const nodes = plan.nodes.map((n) => (n.id === nodeId ? setPoolField(n, poolId) : n));
  const next = { ...plan, nodes };
  return poolId ? growPool(next, poolId) : next;
}

export function hasLink(plan: Plan, a: string, b: string): boolean {
  return plan.links.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
}

/** Link two nodes; no self links, no second link between the same two nodes, no link to a pool. */
export function connect(plan: Plan, from: string, to: string): { plan: Plan; id?: string } {
  if (from === to || hasLink(plan, from, to)) return { plan };
  const ids = new Set(plan.nodes.map((n) => n.id));
  if (!ids.has(from) || !ids.has(to)) return { plan };
  const id = idFactory(plan)('l');
  return { plan: { ...plan, links: [...plan.links, { id, from, to }] }, id };
}

export interface DeleteOptions {
  /** When a pool is deleted: true deletes its members too; false keeps them outside any pool. */
  deletePoolMembers: boolean;
}

/** Delete nodes, pools and links by id. Deleting a node deletes its links. */
export function deleteItems(plan: Plan, ids: Iterable<string>, options: DeleteOptions): Plan {
  const gone = new Set(ids);
  const poolsGone = new Set(plan.pools.filter((p) => gone.has(p.id)).map((p) => p.id));
  const nodesGone = new Set<string>();
  for (const n of plan.nodes) {
    if (gone.has(n.id) || (options.deletePoolMembers && n.pool !== undefined && poolsGone.has(n.pool))) nodesGone.add(n.id);
  }
  const nodes: PlanNode[] = [];
  for (const n of plan.nodes) {
    if (nodesGone.has(n.id)) continue;
    nodes.push(n.pool !== undefined && poolsGone.has(n.pool) ? setPoolField(n, undefined) : n);
  }
  const links = plan.links.filter((l) => !gone.has(l.id) && !nodesGone.has(l.from) && !nodesGone.has(l.to));
  const nodesSame = nodes.length === plan.nodes.length && nodes.every((n, i) => n === plan.nodes[i]);
  const linksSame = links.length === plan.links.length;
  if (nodesSame && linksSame && poolsGone.size === 0) return plan;
  return {
    ...plan,
    pools: poolsGone.size === 0 ? plan.pools : plan.pools.filter((p) => !poolsGone.has(p.id)),
    nodes: nodesSame ? plan.nodes : nodes,
    links: linksSame ? plan.links : links,
  };
}

/** Change some fields of a node; a `position` in the patch changes x and y and keeps the position's other fields. */
export function updateNode(plan: Plan, id: string, patch: Partial<Omit<PlanNode, 'id'>>): Plan {
  return {
    ...plan,
    nodes: plan.nodes.map((n) => {
      if (n.id !== id) return n;
      const next = { ...n, ...patch };
      if (patch.position) next.position = movedTo(n.position, patch.position.x, patch.position.y);
      return next;
    }),
  };
}

export function updatePool(plan: Plan, id: string, patch: Partial<Omit<Pool, 'id'>>): Plan {
  return {
    ...plan,
    pools: plan.pools.map((p) => {
      if (p.id !== id) return p;
      const next = { ...p, ...patch };
      // A new corner or size (a resize on the canvas) keeps the other fields of the old one.
      if (patch.position) next.position = movedTo(p.position, patch.position.x, patch.position.y);
      if (patch.size) next.size = resizedTo(p.size, patch.size.width, patch.size.height);
      if (next.edition === 'standard') delete next.configuration;
      else if (!next.configuration) next.configuration = 'consolidated';
      return next;
    }),
  };
}

/** Pool boxes of every pool, in one pass. */
export function allPoolBoxes(plan: Plan): Map<string, Box> {
  const members = membersByPool(plan);
  const boxes = new Map<string, Box>();
  for (const pool of plan.pools) boxes.set(pool.id, poolBox(pool, members.get(pool.id) ?? []));
  return boxes;
}
