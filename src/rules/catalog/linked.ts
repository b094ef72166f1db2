/**
 * "Linked" for the deployment rules (topology.md section 4): a link in the plan, directly or through a
 * hardware load balancer (a server behind a load balancer is linked to what the load balancer is linked to).
 */
import type { PlanNode, RoleDatabase } from '../../domain/plan';
import type { PlanDraft } from '../draft';
import type { PlanIndex, PoolInfo } from '../planIndex';
import { commonLoadBalancer } from '../planIndex';

/** The distinct nodes linked to a node, directly or through a load balancer (never the node itself). */
export function linkedNodes(ctx: PlanIndex, node: PlanNode): PlanNode[] {
  const seen = new Set<PlanNode>([node]);
  const out: PlanNode[] = [];
  for (const n of ctx.neighbors(node.id)) {
    if (!seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
    if (n.kind !== 'hardware-load-balancer') continue;
    for (const m of ctx.neighbors(n.id)) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push(m);
    }
  }
  return out;
}

/** Linked nodes of some kinds. */
export function linkedOfKind(ctx: PlanIndex, node: PlanNode, ...kinds: string[]): PlanNode[] {
  return linkedNodes(ctx, node).filter((n) => kinds.includes(n.kind));
}

/** The servers of a pool that answer its clients: its Front Ends and Standard Edition Servers. */
function isPoolHead(n: PlanNode): boolean {
  return n.kind === 'front-end-server' || n.kind === 'standard-edition-server';
}

/** The pools (Director pools too) a node is linked to: through one of their Front Ends or SE servers, or their load balancer. */
export function linkedPools(ctx: PlanIndex, node: PlanNode): PoolInfo[] {
  // The pools of `linkedNodes`' pool heads, in their order, without building that list first (the deployment
  // report asks this of thousands of servers); linked.test.ts holds it equal to that definition.
  const out: PoolInfo[] = [];
  for (const n of ctx.neighbors(node.id)) {
    addPoolOf(ctx, n, out);
    if (n.kind !== 'hardware-load-balancer') continue;
    for (const m of ctx.neighbors(n.id)) if (m !== node) addPoolOf(ctx, m, out);
  }
  return out;
}

/** Adds the pool of a pool head (Front End or SE server), once. */
function addPoolOf(ctx: PlanIndex, n: PlanNode, out: PoolInfo[]): void {
  if (!isPoolHead(n)) return;
  const info = ctx.poolOf(n);
  if (info && !out.includes(info)) out.push(info);
}

/** Whether the node has its role database: `database` collocated (where `collocatedCounts`), or a linked SQL node holding one of `dbs`. */
export function hasRoleDatabase(ctx: PlanIndex, node: PlanNode, dbs: readonly RoleDatabase[], collocatedCounts = true): boolean {
  if (collocatedCounts && node.collocated?.includes('database')) return true;
  return linkedOfKind(ctx, node, 'sql-server', 'back-end-sql').some((sql) => sql.databases?.some((d) => dbs.includes(d)));
}

/** Where a server reaches a pool: the Front Ends' load balancer, else a Front End, else the SE server. */
export function poolNextHop(ctx: PlanIndex, info: PoolInfo): PlanNode | undefined {
  if (info.frontEnds.length > 0) return commonLoadBalancer(ctx, info.frontEnds) ?? info.frontEnds[0];
  return info.standardServers[0];
}

/** Adds `database` to a node's collocated roles. */
export function collocateDatabase(d: PlanDraft, id: string): void {
  d.updateNode(id, (n) => ({ ...n, collocated: [...(n.collocated ?? []).filter((r) => r !== 'database'), 'database'] }));
}

/**
 * Keeps a role database on a SQL Server linked to the node: the plan's first `sql-server` (which gets the database
 * added), else a new one placed beside the node.
 */
export function databaseOnSqlServer(ctx: PlanIndex, d: PlanDraft, node: PlanNode, db: RoleDatabase): void {
  const existing = ctx.ofKind('sql-server')[0];
  if (existing) {
    d.updateNode(existing.id, (n) => ({ ...n, databases: n.databases?.includes(db) ? n.databases : [...(n.databases ?? []), db] }));
    d.link(node.id, existing.id);
    return;
  }
  const sql = d.addNode('sql-server', { x: node.position.x, y: node.position.y + 160 }, undefined, { databases: [db] });
  d.link(node.id, sql.id);
}
