/** Edits that fixes share: adding a pool's back end, Front End, dedicated server or load balancer in a sensible place. */
import { NODE_SIZE, POOL_HEADER, POOL_PADDING, poolBox } from '../domain/geometry';
import type { NodeKind, PlanNode, Position } from '../domain/plan';
import type { PlanDraft } from './draft';
import { centre, COLUMN, ROW } from './draft';
import type { PlanIndex, PoolInfo } from './planIndex';
import { commonLoadBalancer, loadBalancersOf, USES_DATABASE } from './planIndex';

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
 * A dedicated server of an expanded pool, below the Front Ends. A Web Components Server goes behind a
 * load balancer: the one of the pool's other Web Components Servers, else the Front Ends' one, else a new one.
 * A conferencing server is linked to the pool's back end.
 */
export function addDedicated(draft: PlanDraft, ctx: PlanIndex, info: PoolInfo, kind: NodeKind): PlanNode {
  const at = frontEndAnchor(info);
  const node = draft.addNode(kind, { x: at.x, y: at.y + ROW }, info.pool.id);
  const feLb = commonLoadBalancer(ctx, info.frontEnds);
  if (kind === 'web-components-server') {
    const webLb = info.dedicated.filter((n) => n.kind === 'web-components-server').flatMap((n) => loadBalancersOf(ctx, n.id))[0];
    const lb = webLb ?? feLb ?? addLoadBalancer(draft, info, [node]);
    draft.link(node.id, lb.id);
  } else if (feLb) draft.link(node.id, feLb.id);
  if (USES_DATABASE.has(kind) && info.backEnds.length === 1) draft.link(node.id, info.backEnds[0].id);
  return node;
}

/** What making a Standard Edition pool an Enterprise one adds, for a fix's label: "" or " with a back end", "... and a load balancer". */
export function enterpriseExtras(ctx: PlanIndex, info: PoolInfo): string {
  const extras: string[] = [];
  if (info.backEnds.length === 0) extras.push('a Back-End SQL Server');
  if (info.frontEnds.length >= 2 && !commonLoadBalancer(ctx, info.frontEnds)) extras.push('a hardware load balancer');
  return extras.length === 0 ? '' : ` with ${extras.join(' and ')}`;
}

/**
 * Makes a pool an Enterprise pool (consolidated) that holds what one needs:
 * a back end linked to its Front Ends, and a load balancer in common for two or more Front Ends.
 */
export function makeEnterprise(draft: PlanDraft, ctx: PlanIndex, info: PoolInfo): void {
  draft.updatePool(info.pool.id, (p) => ({ ...p, edition: 'enterprise', configuration: 'consolidated' }));
  if (info.backEnds.length === 0) addBackEnd(draft, info);
  if (info.frontEnds.length >= 2 && !commonLoadBalancer(ctx, info.frontEnds)) {
    const lb = addLoadBalancer(draft, info, info.frontEnds);
    for (const fe of info.frontEnds) draft.link(fe.id, lb.id);
  }
}
