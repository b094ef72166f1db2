/**
 * A piece of a plan on the clipboard, and how it goes back into a plan. The fragment is also the
 * text put on the system clipboard (as JSON, with its own `format` marker), so a copy made in one
 * tab or plan can be pasted into another.
 */
import { membersByPool, movedTo, nodeBox, poolBox, resizedTo } from './geometry';
import type { Box } from './geometry';
import { KIND_INFO } from './kinds';
import { copyName, idFactory, takenNames } from './names';
import { allPoolBoxes, growPool, poolBoxInPlan } from './operations';
import type { Link, OcsVersion, Plan, PlanNode, Pool, Position } from './plan';
import { findFreeOffset, freeOffsetInPool, offsetBelow } from './placement';

export const FRAGMENT_FORMAT = 'ocs-topology-fragment' as const;
export const FRAGMENT_VERSION = 1 as const;

/** A pool the copied servers belonged to without being copied with it: a paste into the same plan rejoins it. */
export interface PoolRef {
  id: string;
  name: string;
}

/** A link from a copied server to one that was not copied; kept when the copy lands in the same pool. */
export interface OuterLink {
  /** The copied server's id. */
  from: string;
  /** The other server, which must still be there (same id, same name). */
  to: string;
  toName: string;
}

export interface Fragment {
  format: typeof FRAGMENT_FORMAT;
  version: typeof FRAGMENT_VERSION;
  /** The plan's OCS version where it was copied. */
  ocsVersion?: OcsVersion;
  /** Pools copied whole (with their boxes). */
  pools: Pool[];
  /** Servers; `pool` names a copied pool or one of `memberOf`. */
  nodes: PlanNode[];
  /** Links whose two ends are both copied. */
  links: Link[];
  memberOf: PoolRef[];
  outerLinks: OuterLink[];
}

function poolWithBox(plan: Plan, pool: Pool): Pool {
  const box = poolBoxInPlan(plan, pool.id)!;
  return { ...pool, position: movedTo(pool.position, box.x, box.y), size: resizedTo(pool.size, box.width, box.height) };
}

/**
 * Copy: the selected servers and pools, every member of a selected pool, the links among them and,
 * for servers copied without their pool, that pool (by id and name) and their links to the rest.
 */
export function copyFragment(plan: Plan, ids: Iterable<string>): Fragment {
  const selected = new Set(ids);
  const pools = plan.pools.filter((p) => selected.has(p.id));
  const poolIds = new Set(pools.map((p) => p.id));
  const nodes = plan.nodes.filter((n) => selected.has(n.id) || (n.pool !== undefined && poolIds.has(n.pool)));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const links = plan.links.filter((l) => nodeIds.has(l.from) && nodeIds.has(l.to));
  const memberOf: PoolRef[] = [];
  for (const pool of plan.pools) {
    if (!poolIds.has(pool.id) && nodes.some((n) => n.pool === pool.id)) memberOf.push({ id: pool.id, name: pool.name });
  }
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const outerLinks: OuterLink[] = [];
  for (const l of plan.links) {
    for (const [mine, other] of [
      [l.from, l.to],
      [l.to, l.from],
    ]) {
      const node = byId.get(mine);
      if (!nodeIds.has(mine) || nodeIds.has(other) || !node?.pool || poolIds.has(node.pool)) continue;
      outerLinks.push({ from: mine, to: other, toName: byId.get(other)?.name ?? '' });
    }
  }
  return {
    format: FRAGMENT_FORMAT,
    version: FRAGMENT_VERSION,
    ocsVersion: plan.ocsVersion,
    pools: pools.map((p) => poolWithBox(plan, p)),
    nodes,
    links,
    memberOf,
    outerLinks,
  };
}

/** The fragment as plain text: one name a line, pools first. */
export function fragmentText(fragment: Fragment): string {
  return [...fragment.pools.map((p) => p.name), ...fragment.nodes.map((n) => n.name)].join('\n');
}

/** The pool of the plan a fragment's pool reference means: the same id and the same name. */
function poolFor(plan: Plan, ref: PoolRef | undefined): Pool | undefined {
  if (!ref) return undefined;
  const pool = plan.pools.find((p) => p.id === ref.id);
  return pool && pool.name.toLowerCase() === ref.name.toLowerCase() ? pool : undefined;
}

/** A pasted name: kept when nothing in the plan has it (a paste into another plan), else the next free copy name. */
function pastedName(name: string, taken: Set<string>): string {
  if (taken.has(name.toLowerCase())) return copyName(name, taken);
  taken.add(name.toLowerCase());
  return name;
}

const shiftBox = (b: Box, d: Position): Box => ({ ...b, x: b.x + d.x, y: b.y + d.y });

/**
 * Paste: new ids, and names that collide with nothing (a name nothing has yet is kept). Servers copied from a pool of this plan (the
 * same id and name) rejoin it, each group at the nearest free spot inside it (the pool grows when
 * it is full), and keep their links to the servers they were linked to there. The rest lands, as
 * one group, at the nearest free spot outside every pool. Nothing lands on another server.
 * Returns the new plan and the ids of what was pasted (to select it).
 */
export function pasteFragment(plan: Plan, fragment: Fragment): { plan: Plan; ids: string[] } {
  const newId = idFactory(plan);
  const taken = takenNames(plan);
  const idMap = new Map<string, string>();
  const refs = new Map(fragment.memberOf.map((r) => [r.id, r]));
  const copiedPools = new Set(fragment.pools.map((p) => p.id));
  const boxes = allPoolBoxes(plan);
  const obstacles: Box[] = plan.nodes.map(nodeBox);

  // Which existing pool each server rejoins (by the pool's id in this plan), or none.
  const rejoin = new Map<string, string>();
  for (const n of fragment.nodes) {
    if (n.pool === undefined || copiedPools.has(n.pool)) continue;
    const pool = poolFor(plan, refs.get(n.pool));
    if (pool) rejoin.set(n.id, pool.id);
  }

  const offsets = new Map<string, Position>();
  // Members rejoining a pool, one group per pool.
  const groups = new Map<string, PlanNode[]>();
  for (const n of fragment.nodes) {
    const target = rejoin.get(n.id);
    if (target === undefined) continue;
    const list = groups.get(target);
    if (list) list.push(n);
    else groups.set(target, [n]);
  }
  for (const [poolId, members] of groups) {
    const group = members.map(nodeBox);
    const others = [...obstacles, ...[...boxes].filter(([id]) => id !== poolId).map(([, b]) => b)];
    const offset = freeOffsetInPool(group, others, boxes.get(poolId)!);
    for (const m of members) offsets.set(m.id, offset);
    obstacles.push(...group.map((b) => shiftBox(b, offset)));
  }
  // Everything else: one group, clear of every server and pool.
  const rest = fragment.nodes.filter((n) => !rejoin.has(n.id));
  const members = membersByPool(fragment);
  const restBoxes: Box[] = [...rest.filter((n) => n.pool === undefined || !copiedPools.has(n.pool)).map(nodeBox)];
  for (const p of fragment.pools) restBoxes.push(poolBox(p, members.get(p.id) ?? []));
  const restObstacles = [...obstacles, ...boxes.values()];
  const restOffset =
    restBoxes.length > 0 ? (findFreeOffset(restBoxes, restObstacles) ?? offsetBelow(restBoxes, restObstacles)) : { x: 0, y: 0 };

  const shift = (p: Position, d: Position): Position => movedTo(p, p.x + d.x, p.y + d.y);
  const pools = fragment.pools.map((p) => {
    const id = newId('p');
    idMap.set(p.id, id);
    const pool: Pool = { ...p, id, name: pastedName(p.name, taken) };
    if (p.position) pool.position = shift(p.position, restOffset);
    return pool;
  });
  const nodes = fragment.nodes.map((n) => {
    const id = newId(KIND_INFO[n.kind].namePrefix);
    idMap.set(n.id, id);
    const node: PlanNode = { ...n, id, name: pastedName(n.name, taken), position: shift(n.position, offsets.get(n.id) ?? restOffset) };
    const pool = n.pool === undefined ? undefined : (idMap.get(n.pool) ?? rejoin.get(n.id));
    if (pool === undefined) delete node.pool;
    else node.pool = pool;
    return node;
  });
  const links: Link[] = [];
  for (const l of fragment.links) {
    const from = idMap.get(l.from);
    const to = idMap.get(l.to);
    if (from && to) links.push({ ...l, id: newId('l'), from, to });
  }
  // A copy that rejoins its pool is linked like its original (to the load balancer, the back end).
  const existing = new Map(plan.nodes.map((n) => [n.id, n]));
  for (const o of fragment.outerLinks) {
    const from = idMap.get(o.from);
    const other = existing.get(o.to);
    if (!from || !rejoin.has(o.from) || !other || other.name.toLowerCase() !== o.toName.toLowerCase()) continue;
    links.push({ id: newId('l'), from, to: other.id });
  }
  let next: Plan = { ...plan, pools: [...plan.pools, ...pools], nodes: [...plan.nodes, ...nodes], links: [...plan.links, ...links] };
  for (const poolId of groups.keys()) next = growPool(next, poolId);
  return { plan: next, ids: [...pools.map((p) => p.id), ...nodes.map((n) => n.id)] };
}
