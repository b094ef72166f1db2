/** What the perimeter and Director rules read from a plan: edge services, sites, Director pools, pool entry points. */
import type { EdgeService, PlanNode } from '../domain/plan';
import { EDGE_SERVICES, purposeOf } from '../domain/plan';
import type { PlanIndex, PoolInfo } from './planIndex';
import { commonLoadBalancer, linkedTo } from './planIndex';

/** The edge services a node runs: its `edgeServices`, all three when absent. */
export function edgeServicesOf(node: PlanNode): readonly EdgeService[] {
  return node.edgeServices && node.edgeServices.length > 0 ? node.edgeServices : EDGE_SERVICES;
}

export function runs(node: PlanNode, service: EdgeService): boolean {
  return edgeServicesOf(node).includes(service);
}

/** The node's site id, or '' for the central site (no site, a site not in the plan, or one marked central). */
export function siteKey(ctx: PlanIndex, node: PlanNode): string {
  if (node.site === undefined) return '';
  const site = ctx.plan.sites?.find((s) => s.id === node.site);
  return !site || site.central ? '' : site.id;
}

export function isDirectorPool(info: PoolInfo): boolean {
  return purposeOf(info.pool) === 'director';
}

/** The servers that carry a pool's SIP traffic: its Front Ends, or its Standard Edition Server. */
export function sipServers(info: PoolInfo): PlanNode[] {
  return info.isEnterprise ? info.frontEnds : info.standardServers;
}

/** Whether a node is the way into a pool: one of its Front Ends or SE servers, or a load balancer in front of them. */
export function isPoolEntry(ctx: PlanIndex, node: PlanNode): boolean {
  if (node.kind === 'hardware-load-balancer') return ctx.neighbors(node.id).some((n) => isPoolSipServer(ctx, n));
  return isPoolSipServer(ctx, node);
}

function isPoolSipServer(ctx: PlanIndex, node: PlanNode): boolean {
  if (node.kind !== 'front-end-server' && node.kind !== 'standard-edition-server') return false;
  return ctx.poolOf(node) !== undefined;
}

/** Whether a node is linked (directly or through a load balancer) to the way into some pool. */
export function reachesPool(ctx: PlanIndex, node: PlanNode): boolean {
  return linkedTo(ctx, node).some((n) => isPoolEntry(ctx, n));
}

/** Whether a node publishes a pool's Web Components (RP-TARGET): a Web Components Server, a consolidated Front End or an SE server. */
export function isWebComponents(ctx: PlanIndex, node: PlanNode): boolean {
  if (node.kind === 'web-components-server' || node.kind === 'standard-edition-server') return true;
  if (node.kind !== 'front-end-server') return false;
  return ctx.poolOf(node)?.kind === 'consolidated';
}

/**
 * The node a reverse proxy is linked to for a pool's Web Components: the load balancer of its Web Components
 * Servers (expanded) or of its Front Ends (consolidated), else the server itself; undefined when the pool has none.
 */
export function webEntry(ctx: PlanIndex, info: PoolInfo): PlanNode | undefined {
  const servers =
    info.kind === 'expanded'
      ? info.dedicated.filter((n) => n.kind === 'web-components-server')
      : info.kind === 'consolidated'
        ? info.frontEnds
        : info.standardServers;
  if (servers.length === 0) return undefined;
  return commonLoadBalancer(ctx, servers) ?? servers[0];
}

/** The user pools (not Director pools) of the plan, in plan order. */
export function userPools(ctx: PlanIndex): PoolInfo[] {
  return ctx.pools.filter((p) => !isDirectorPool(p));
}

/** Every Edge Server of the plan. */
export function edgeServers(ctx: PlanIndex): readonly PlanNode[] {
  return ctx.ofKind('edge-server');
}
