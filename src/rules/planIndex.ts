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
const NONE: readonly never[] = [];

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
      members: [],
      frontEnds: [],
      backEnds: [],
      standardServers: [],
      dedicated: [],
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
    info.members.push(node);
    if (node.kind === 'front-end-server') info.frontEnds.push(node);
    else if (node.kind === 'back-end-sql') info.backEnds.push(node);
    else if (node.kind === 'standard-edition-server') info.standardServers.push(node);
    else if (DEDICATED.has(node.kind)) info.dedicated.push(node);
  }

  // Adjacency by ordinal, possibly with repeats; neighbours are resolved (and repeats dropped) on first use.
  const adjacent: (number[] | undefined)[] = new Array(nodes.length);
  for (const link of plan.links) {
    const a = ordinal.get(link.from);
    const b = ordinal.get(link.to);
    if (a === undefined || b === undefined || a === b) continue;
    (adjacent[a] ??= []).push(b);
    (adjacent[b] ??= []).push(a);
  }
  const resolved: (PlanNode[] | undefined)[] = new Array(nodes.length);
  let marks: Int32Array | undefined;

  function neighbors(id: string): readonly PlanNode[] {
    const i = ordinal.get(id);
    if (i === undefined) return NONE;
    const done = resolved[i];
    if (done) return done;
    const adj = adjacent[i];
    if (!adj) return NONE;
    marks ??= new Int32Array(nodes.length);
    const out: PlanNode[] = [];
    for (const j of adj) {
      if (marks[j] === i + 1) continue;
      marks[j] = i + 1;
      out.push(nodes[j]);
    }
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
