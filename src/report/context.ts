/**
 * What every table of the report reads from a plan, computed once: the rules' index, the resolved inputs,
 * each pool's way in (its load balancer or server), and the Edge Servers grouped into arrays.
 */
import type { EdgeService, Plan, PlanNode } from '../domain/plan';
import { purposeOf } from '../domain/plan';
import { linkedPools, poolNextHop } from '../rules/catalog/linked';
import type { PlanIndex, PoolInfo } from '../rules/planIndex';
import { buildPlanIndex, commonLoadBalancer, loadBalancersOf } from '../rules/planIndex';
import { edgeServicesOf, runs } from '../rules/perimeterNodes';
import type { ReportInputs } from './inputs';
import { resolveReportInputs } from './inputs';

export interface PoolView {
  info: PoolInfo;
  isDirector: boolean;
  /** The servers that answer the pool's clients: Front Ends or the Standard Edition Server. */
  heads: PlanNode[];
  /** The load balancer in front of the heads (absent for SE pools and a single unbalanced Front End). */
  lb: PlanNode | undefined;
  /** Expanded pools: the Web Components Servers and their load balancer. */
  webServers: PlanNode[];
  webLb: PlanNode | undefined;
  /** The FQDN clients and servers use for the pool: the pool FQDN, or the SE server's FQDN. */
  fqdn: string;
  /** Its internal web farm FQDN (Enterprise pools; SE: the server's FQDN). */
  webInternal: string;
  webExternal: string | undefined;
  /** The servers that run Web Conferencing: dedicated ones, else the Front Ends or the SE server. */
  webConferencing: PlanNode[];
  /** The servers that run A/V Conferencing. */
  avConferencing: PlanNode[];
}

export interface EdgeGroup {
  /** The Edge Servers of the group: an array behind common load balancers, or one computer. */
  edges: PlanNode[];
  internalLb: PlanNode | undefined;
  externalLb: PlanNode | undefined;
  /** The pool (a Director pool where there is one) the group's internal side reaches. */
  nextHop: PoolView | undefined;
  /** Two or more Edge Servers behind a common load balancer. */
  isArray: boolean;
}

export interface ReportContext {
  plan: Plan;
  ctx: PlanIndex;
  inputs: ReportInputs;
  r2: boolean;
  pools: PoolView[];
  poolViewById: ReadonlyMap<string, PoolView>;
  edgeGroups: EdgeGroup[];
  /** A node's site id, '' for the central site (as the rules read it), in constant time. */
  siteOf(node: PlanNode): string;
  /** The user pools (not Directors) of each site key, a pool being in the site of its first server. */
  userPoolsBySite: ReadonlyMap<string, PoolView[]>;
  userPools: PoolView[];
  /** The Mediation Servers of each site key. */
  mediationBySite: ReadonlyMap<string, PlanNode[]>;
  /** Per node id: the user pools whose Web Components a reverse proxy linked to that node publishes. */
  poolsByWebEntry: ReadonlyMap<string, PoolView[]>;
  /** Per load balancer id: the pools whose Front Ends (`lb`) or Web Components (`webLb`) it balances. */
  poolsByLb: ReadonlyMap<string, PoolView[]>;
  /** The external FQDN of a service on an Edge Server (resolved input), else the server's own FQDN. */
  externalName(edge: PlanNode, service: EdgeService): string;
}

/** The shared empty list of a pool with no servers of a kind. */
const NO_NODES = Object.freeze([]) as unknown as PlanNode[];

/** The dedicated servers of a kind (the shared empty list where there are none). */
function dedicatedOf(info: PoolInfo, kind: PlanNode['kind']): PlanNode[] {
  let out: PlanNode[] | undefined;
  for (const n of info.dedicated) if (n.kind === kind) (out ??= []).push(n);
  return out ?? NO_NODES;
}

function poolView(ctx: PlanIndex, inputs: ReportInputs, info: PoolInfo): PoolView {
  const heads = info.isEnterprise ? info.frontEnds : info.standardServers;
  const next = poolNextHop(ctx, info);
  const lb = next?.kind === 'hardware-load-balancer' ? next : undefined;
  const expanded = info.kind === 'expanded';
  const webServers = expanded ? dedicatedOf(info, 'web-components-server') : NO_NODES;
  const webLb = webServers.length > 0 ? commonLoadBalancer(ctx, webServers) : info.kind === 'consolidated' ? lb : undefined;
  const fqdn = info.isEnterprise ? info.pool.name : (heads[0]?.name ?? info.pool.name);
  const webExternal = inputs.webExternalFqdn[info.pool.id];
  // Every field present (undefined where absent): one shape for every pool's view, read in every table.
  return {
    info,
    isDirector: purposeOf(info.pool) === 'director',
    heads,
    lb,
    webServers,
    webLb,
    fqdn,
    webInternal: info.isEnterprise ? (inputs.webInternalFqdn[info.pool.id] ?? info.pool.name) : fqdn,
    webExternal: webExternal ? webExternal : undefined,
    webConferencing: expanded ? dedicatedOf(info, 'web-conferencing-server') : heads,
    avConferencing: expanded ? dedicatedOf(info, 'av-conferencing-server') : heads,
  };
}

/** Whether a load balancer in front of Edge Servers faces the internal network: its `side`, else whether it is linked to an internal server. */
export function facesInternal(ctx: PlanIndex, lb: PlanNode): boolean {
  if (lb.side) return lb.side === 'internal';
  return ctx.neighbors(lb.id).some((n) => n.kind !== 'edge-server' && (n.zone ?? 'internal') === 'internal');
}

function isPoolHead(ctx: PlanIndex, n: PlanNode): boolean {
  return (n.kind === 'front-end-server' || n.kind === 'standard-edition-server') && ctx.poolOf(n) !== undefined;
}

function edgeGroups(ctx: PlanIndex, poolOf: (info: PoolInfo) => PoolView | undefined): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const edge of ctx.ofKind('edge-server')) {
    // A pool's (or Director's) own load balancer the Edge Server is linked to is its next hop, not an Edge load balancer.
    const lbs = loadBalancersOf(ctx, edge.id).filter(
      (lb) => lb.side !== undefined || !ctx.neighbors(lb.id).some((n) => isPoolHead(ctx, n)),
    );
    const internalLb = lbs.find((lb) => facesInternal(ctx, lb));
    const externalLb = lbs.find((lb) => lb !== internalLb && !facesInternal(ctx, lb));
    const key = internalLb?.id ?? externalLb?.id ?? `edge:${edge.id}`;
    let group = groups.get(key);
    if (!group) {
      group = { edges: [], internalLb, externalLb, nextHop: undefined, isArray: false };
      groups.set(key, group);
    }
    group.edges.push(edge);
  }
  for (const group of groups.values()) {
    group.isArray = group.edges.length > 1;
    const from = group.internalLb ?? group.edges[0];
    const pools = linkedPools(ctx, from);
    const hop = pools.find((p) => purposeOf(p.pool) === 'director') ?? pools[0];
    const view = hop ? poolOf(hop) : undefined;
    if (view) group.nextHop = view;
  }
  return [...groups.values()];
}

export function reportContext(plan: Plan, ctx: PlanIndex = buildPlanIndex(plan)): ReportContext {
  const inputs = resolveReportInputs(plan);
  const pools = ctx.pools.map((info) => poolView(ctx, inputs, info));
  const poolViewById = new Map(pools.map((p) => [p.info.pool.id, p]));
  const siteKeys = new Map<string, string>();
  for (const site of plan.sites ?? []) if (!siteKeys.has(site.id)) siteKeys.set(site.id, site.central ? '' : site.id);
  const siteOf = (n: PlanNode): string => (n.site === undefined ? '' : (siteKeys.get(n.site) ?? ''));
  const userPools = pools.filter((p) => !p.isDirector);
  const userPoolsBySite = new Map<string, PoolView[]>();
  for (const p of userPools) {
    if (p.heads[0] === undefined) continue;
    const key = siteOf(p.heads[0]);
    const list = userPoolsBySite.get(key);
    if (list) list.push(p);
    else userPoolsBySite.set(key, [p]);
  }
  const mediationBySite = new Map<string, PlanNode[]>();
  for (const m of ctx.ofKind('mediation-server')) {
    const key = siteOf(m);
    const list = mediationBySite.get(key);
    if (list) list.push(m);
    else mediationBySite.set(key, [m]);
  }
  const poolsByWebEntry = new Map<string, PoolView[]>();
  const poolsByLb = new Map<string, PoolView[]>();
  const add = (map: Map<string, PoolView[]>, id: string, p: PoolView) => {
    const list = map.get(id);
    if (!list) map.set(id, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of pools) {
    if (p.lb) add(poolsByLb, p.lb.id, p);
    if (p.webLb) add(poolsByLb, p.webLb.id, p);
    if (p.isDirector) continue;
    // The entries to its web farm: its load balancer, the Web Components Servers (else the heads, unless expanded), the pool's load balancer.
    if (p.webLb) add(poolsByWebEntry, p.webLb.id, p);
    for (const n of p.webServers.length > 0 ? p.webServers : p.info.kind === 'expanded' ? NO_NODES : p.heads) add(poolsByWebEntry, n.id, p);
    if (p.lb) add(poolsByWebEntry, p.lb.id, p);
  }
  return {
    siteOf,
    mediationBySite,
    poolsByWebEntry,
    poolsByLb,
    userPools,
    userPoolsBySite,
    plan,
    ctx,
    inputs,
    r2: plan.ocsVersion === '2007-r2',
    pools,
    poolViewById,
    edgeGroups: edgeGroups(ctx, (info) => poolViewById.get(info.pool.id)),
    externalName: (edge, service) => inputs.edgeExternalFqdns[edge.id]?.[service] ?? edge.name,
  };
}

/** The Edge Servers of a group that run a service. */
export function edgesRunning(group: EdgeGroup, service: EdgeService): PlanNode[] {
  return group.edges.filter((e) => runs(e, service));
}

export { edgeServicesOf };

/** The ids being collected (one list, reused: the row keeps an exact copy). */
const scratch: string[] = [];

/**
 * Distinct node ids, in order (`first`, where given, before the others): a list of exactly that length (a list grown by pushing keeps room for more, and the
 * report keeps tens of thousands of these).
 */
export function distinctIds(nodes: readonly (PlanNode | undefined)[], first?: PlanNode): string[] {
  let found = 0;
  if (first) scratch[found++] = first.id;
  for (const n of nodes) {
    if (!n) continue;
    let seen = false;
    for (let k = 0; k < found; k++)
      if (scratch[k] === n.id) {
        seen = true;
        break;
      }
    if (!seen) scratch[found++] = n.id;
  }
  return scratch.slice(0, found);
}
