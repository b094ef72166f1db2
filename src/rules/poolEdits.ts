/** Edits that fixes share: adding a pool's back end, Front End, dedicated server or load balancer in a sensible place. */
import { NODE_SIZE, POOL_HEADER, POOL_PADDING, poolBox } from '../domain/geometry';
import type { NodeKind, PlanNode, Position } from '../domain/plan';
import type { PlanDraft } from './draft';
import { centre, COLUMN, ROW } from './draft';
import type { PlanIndex, PoolInfo } from './planIndex';
import { commonLoadBalancer, USES_DATABASE } from './planIndex';

/** Where a pool's Front End row is (or would be). */
export function frontEndAnchor(info: PoolInfo): Position {
  const at = centre(info.frontEnds) ?? centre(info.members);
  if (at) return at;
  const p = info.pool.position ?? { x: 80, y: 80 };
  return { x: p.x + POOL_PADDING, y: p.y + POOL_PADDING + POOL_HEADER };
}

function lowest(nodes: readonly PlanNode[], fallback: number): number {
  return nodes.reduce((y, n) => Math.max(y, n.position.y), fallback);
}

/** Where a pool's back end goes: below its members, under the Front Ends. */
export function backEndSpot(info: PoolInfo): Position {
  const at = frontEndAnchor(info);
  return { x: at.x, y: lowest(info.members, at.y) + ROW };
}

/** A back end in the pool, below its members, linked to every Front End and dedicated conferencing server. */
export function addBackEnd(draft: PlanDraft, info: PoolInfo): PlanNode {
  const sql = draft.addNode('back-end-sql', backEndSpot(info), info.pool.id, { sqlVersion: '2005-sp2' });
  for (const n of info.members) if (USES_DATABASE.has(n.kind)) draft.link(n.id, sql.id);
  return sql;
}

/** A hardware load balancer outside the pool, above its box. */
export function addLoadBalancer(draft: PlanDraft, info: PoolInfo, near: readonly PlanNode[]): PlanNode {
  const at = centre(near) ?? frontEndAnchor(info);
  const box = poolBox(info.pool, info.members);
  return draft.addNode('hardware-load-balancer', { x: at.x, y: box.y - NODE_SIZE.height - 48 });
}

/**
 * A Front End like the pool's others (same collocated roles), right of them,
 * linked to their common load balancer and to the pool's back ends.
 */
export function addFrontEnd(draft: PlanDraft, ctx: PlanIndex, info: PoolInfo, after: PlanNode[] = []): PlanNode {
  const frontEnds = [...info.frontEnds, ...after];
  const at = frontEndAnchor(info);
  const right = frontEnds.reduce((x, n) => Math.max(x, n.position.x), at.x - COLUMN);
  const template = info.frontEnds[0];
  const fields: Partial<PlanNode> = template?.collocated?.length ? { collocated: [...template.collocated] } : {};
  const fe = draft.addNode('front-end-server', { x: right + COLUMN, y: template?.position.y ?? at.y }, info.pool.id, fields);
  const lb = commonLoadBalancer(ctx, info.frontEnds);
  if (lb) draft.link(fe.id, lb.id);
  for (const sql of info.backEnds) draft.link(fe.id, sql.id);
  return fe;
}

/**
 * A dedicated server of an expanded pool, below the Front Ends, linked to their load balancer when they share one
 * and, for a conferencing server, to the pool's back end.
 */
export function addDedicated(draft: PlanDraft, ctx: PlanIndex, info: PoolInfo, kind: NodeKind): PlanNode {
  const at = frontEndAnchor(info);
  const node = draft.addNode(kind, { x: at.x, y: at.y + ROW }, info.pool.id);
  const lb = commonLoadBalancer(ctx, info.frontEnds);
  if (lb) draft.link(node.id, lb.id);
  if (USES_DATABASE.has(kind) && info.backEnds.length === 1) draft.link(node.id, info.backEnds[0].id);
  return node;
}
