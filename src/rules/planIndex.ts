/**
 * One linear pass over a plan, shared by every rule of a check:
 * nodes and pools by id, members of each pool by kind, neighbours of each node.
 * Cost grows linearly with the plan: integer ordinals and arrays, no pairwise loops.
 */
import type { OcsVersion, Plan, PlanNode, Pool, PoolTemplateKind } from '../domain/plan';
import { poolTemplateKind } from '../domain/plan';

export interface PoolInfo {
  pool: Pool;
  /** standard, consolidated or expanded (an Enterprise pool without a configuration is consolidated). */
  kind: PoolTemplateKind;
  isEnterprise: boolean;
  members: PlanNode[];
  frontEnds: PlanNode[];
  backEnds: PlanNode[];
  standardServers: PlanNode[];
  /** Web Components, Web Conferencing and A/V Conferencing Servers. */
  dedicated: PlanNode[];
}

export interface PlanIndex {
  plan: Plan;
  ocsVersion: OcsVersion;
  /** The plan's nodes, in plan order (a repeated id counts once: the first). */
  nodes: readonly PlanNode[];
  node(id: string): PlanNode | undefined;
  /** Every pool of the plan, in plan order. */
  pools: readonly PoolInfo[];
  poolById: ReadonlyMap<string, PoolInfo>;
  /** Nodes of a kind, in plan order (kinds this version does not know are kept too). */
  ofKind(kind: string): readonly PlanNode[];
  /** Distinct nodes linked to a node (self-links and links to missing nodes are ignored). */
  neighbors(nodeId: string): readonly PlanNode[];
  /** The existing pool a node belongs to; undefined for no pool or a pool id that names no pool. */
  poolOf(node: PlanNode): PoolInfo | undefined;
}

const DEDICATED = new Set<string>(['web-components-server', 'web-conferencing-server', 'av-conferencing-server']);
/** The kinds that reach their pool's database (EE-BACKEND-LINK): Front Ends and dedicated conferencing servers. */
export const USES_DATABASE: ReadonlySet<string> = new Set(['front-end-server', 'web-conferencing-server', 'av-conferencing-server']);
const NONE: readonly never[] = [];
/**
 * The member lists a pool starts with: one shared, frozen empty list, replaced by a list of its own
 * on the first member of that kind. A large plan has thousands of pools, most of them with no
 * member of some kind; one array less per pool and kind is less work for the garbage collector.
 */
const NO_MEMBERS = Object.freeze([]) as unknown as PlanNode[];

/** The list with the node added: a new list for the first node, else the same list. */
function withMember(list: PlanNode[], node: PlanNode): PlanNode[] {
  if (list === NO_MEMBERS) return [node];
  list.push(node);
  return list;
}

export function buildPlanIndex(plan: Plan): PlanIndex {
  const poolById = new Map<string, PoolInfo>();
  const pools: PoolInfo[] = [];
  for (const pool of plan.pools) {
    if (poolById.has(pool.id)) continue;
    const kind = poolTemplateKind(pool);
    const info: PoolInfo = {
      pool,
      kind,
      isEnterprise: kind !== 'standard',
      members: NO_MEMBERS,
      frontEnds: NO_MEMBERS,
      backEnds: NO_MEMBERS,
      standardServers: NO_MEMBERS,
      dedicated: NO_MEMBERS,
    };
    poolById.set(pool.id, info);
    pools.push(info);
  }

  const ordinal = new Map<string, number>();
  const nodes: PlanNode[] = [];
  const byKind: Record<string, PlanNode[]> = Object.create(null);
  for (const node of plan.nodes) {
    if (ordinal.has(node.id)) continue;
    ordinal.set(node.id, nodes.length);
    nodes.push(node);
    (byKind[node.kind] ??= []).push(node);
    const info = node.pool === undefined ? undefined : poolById.get(node.pool);
    if (!info) continue;
    info.members = withMember(info.members, node);
    if (node.kind === 'front-end-server') info.frontEnds = withMember(info.frontEnds, node);
    else if (node.kind === 'back-end-sql') info.backEnds = withMember(info.backEnds, node);
    else if (node.kind === 'standard-edition-server') info.standardServers = withMember(info.standardServers, node);
    else if (DEDICATED.has(node.kind)) info.dedicated = withMember(info.dedicated, node);
  }

  // Adjacency by ordinal in flat arrays, not an array per node: node i's links are
  // at[start[i]] .. at[start[i + 1] - 1], in link order, possibly with repeats; neighbours are
  // resolved (and repeats dropped) on first use. One buffer holds every array of the index.
  const links = plan.links.length;
  const count = nodes.length;
  const buffer = new Int32Array(4 * links + 2 * count + 1);
  const ends = buffer.subarray(0, 2 * links);
  const start = buffer.subarray(2 * links, 2 * links + count + 1);
  const at = buffer.subarray(2 * links + count + 1, 4 * links + count + 1);
  const marks = buffer.subarray(4 * links + count + 1);
  let linked = 0;
  for (const link of plan.links) {
    const a = ordinal.get(link.from);
    const b = ordinal.get(link.to);
    if (a === undefined || b === undefined || a === b) continue;
    ends[linked++] = a;
    ends[linked++] = b;
    start[a + 1]++;
    start[b + 1]++;
  }
  for (let i = 0; i < count; i++) start[i + 1] += start[i];
  // Fill using start[i] as node i's cursor (it ends at node i + 1's start), then shift back.
  for (let k = 0; k < linked; k += 2) {
    const a = ends[k];
    const b = ends[k + 1];
    at[start[a]++] = b;
    at[start[b]++] = a;
  }
  for (let i = count; i > 0; i--) start[i] = start[i - 1];
  start[0] = 0;
  const resolved: (PlanNode[] | undefined)[] = new Array(count);
  const scratch: PlanNode[] = [];

  function neighbors(id: string): readonly PlanNode[] {
    const i = ordinal.get(id);
    if (i === undefined) return NONE;
    const done = resolved[i];
    if (done) return done;
    const from = start[i];
    const to = start[i + 1];
    if (from === to) return NONE;
    let found = 0;
    for (let k = from; k < to; k++) {
      const j = at[k];
      if (marks[j] === i + 1) continue;
      marks[j] = i + 1;
      scratch[found++] = nodes[j];
    }
    // A packed list of exactly the neighbours (the scratch list is reused).
    const out = scratch.slice(0, found);
    resolved[i] = out;
    return out;
  }

  return {
    plan,
    ocsVersion: plan.ocsVersion,
    nodes,
    node: (id) => {
      const i = ordinal.get(id);
      return i === undefined ? undefined : nodes[i];
    },
    pools,
    poolById,
    ofKind: (kind) => byKind[kind] ?? NONE,
    neighbors,
    poolOf: (node) => (node.pool === undefined ? undefined : poolById.get(node.pool)),
  };
}

/** Load balancers linked to a node. */
export function loadBalancersOf(ctx: PlanIndex, nodeId: string): PlanNode[] {
  return ctx.neighbors(nodeId).filter((n) => n.kind === 'hardware-load-balancer');
}

/**
 * The load balancer every given server is linked to (the first such among the first server's links),
 * or undefined when there is none in common.
 */
export function commonLoadBalancer(ctx: PlanIndex, servers: readonly PlanNode[]): PlanNode | undefined {
  if (servers.length === 0) return undefined;
  const candidates = loadBalancersOf(ctx, servers[0].id);
  return candidates.find((lb) => {
    for (let i = 1; i < servers.length; i++) if (!ctx.neighbors(servers[i].id).includes(lb)) return false;
    return true;
  });
}

/**
 * Whether a node is linked to another, directly or through a hardware load balancer
 * (a server behind a load balancer is linked to what the load balancer is linked to).
 */
export function reaches(ctx: PlanIndex, from: PlanNode, to: PlanNode): boolean {
  const direct = ctx.neighbors(from.id);
  if (direct.includes(to)) return true;
  for (const n of direct) if (n.kind === 'hardware-load-balancer' && ctx.neighbors(n.id).includes(to)) return true;
  return false;
}

/**
 * What a node is linked to (topology.md section 4 preamble): its neighbours, and what each hardware load
 * balancer among them is linked to (a server behind a load balancer is linked to what the load balancer
 * is linked to). Distinct nodes, the node itself left out.
 */
export function linkedTo(ctx: PlanIndex, node: PlanNode): PlanNode[] {
  const direct = ctx.neighbors(node.id);
  const out = new Set<PlanNode>(direct);
  for (const n of direct) if (n.kind === 'hardware-load-balancer') for (const m of ctx.neighbors(n.id)) if (m !== node) out.add(m);
  return [...out];
}
