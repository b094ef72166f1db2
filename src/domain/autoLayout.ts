/**
 * Tidy layout, the way OCS topology diagrams are usually drawn: inside each pool, servers in rows by
 * tier (Front Ends or the Standard Edition Server, then the dedicated conferencing and IIS servers,
 * then the back end); pools and the servers outside them placed by their links with dagre, load
 * balancers above what they serve. The app loads this module only when asked.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { GRID, movedTo, NODE_SIZE, POOL_HEADER, POOL_PADDING, resizedTo, snap } from './geometry';
import type { NodeKind, Plan, PlanNode, Pool, Position, Size } from './plan';

const TIER: Record<NodeKind, number> = {
  'hardware-load-balancer': 0,
  'standard-edition-server': 1,
  'front-end-server': 1,
  'web-components-server': 2,
  'web-conferencing-server': 2,
  'av-conferencing-server': 2,
  'application-sharing-server': 2,
  'back-end-sql': 3,
  // Outside pools the tier is not used (dagre places them); pool members of these kinds do not occur.
  'edge-server': 1,
  'reverse-proxy': 1,
  'mediation-server': 1,
  'media-gateway': 1,
  pstn: 1,
  'archiving-server': 1,
  'monitoring-server': 1,
  'cwa-server': 1,
  'group-chat-server': 1,
  'group-chat-compliance-server': 1,
  'sql-server': 3,
};

const GAP_X = 2 * GRID;
const GAP_Y = 3 * GRID;

/** Members in rows by tier, in their current left-to-right order: offsets from the pool's corner, and the pool's size. */
function poolGrid(members: PlanNode[]): { offsets: Map<string, Position>; size: Size } {
  const rows = new Map<number, PlanNode[]>();
  for (const m of [...members].sort((a, b) => a.position.x - b.position.x)) {
    const row = rows.get(TIER[m.kind]);
    if (row) row.push(m);
    else rows.set(TIER[m.kind], [m]);
  }
  const ordered = [...rows.keys()].sort((a, b) => a - b).map((k) => rows.get(k)!);
  const widest = Math.max(1, ...ordered.map((r) => r.length));
  const inner = widest * NODE_SIZE.width + (widest - 1) * GAP_X;
  const offsets = new Map<string, Position>();
  ordered.forEach((row, r) => {
    const rowWidth = row.length * NODE_SIZE.width + (row.length - 1) * GAP_X;
    const start = POOL_PADDING + snap((inner - rowWidth) / 2);
    row.forEach((m, i) =>
      offsets.set(m.id, { x: start + i * (NODE_SIZE.width + GAP_X), y: POOL_HEADER + POOL_PADDING + r * (NODE_SIZE.height + GAP_Y) }),
    );
  });
  const height = POOL_HEADER + 2 * POOL_PADDING + ordered.length * NODE_SIZE.height + Math.max(0, ordered.length - 1) * GAP_Y;
  return {
    offsets,
    size: { width: inner + 2 * POOL_PADDING, height: Math.max(height, POOL_HEADER + 2 * POOL_PADDING + NODE_SIZE.height) },
  };
}

export function autoLayout(plan: Plan): Plan {
  const poolIds = new Set(plan.pools.map((p) => p.id));
  const members = new Map<string, PlanNode[]>();
  for (const n of plan.nodes) if (n.pool !== undefined && poolIds.has(n.pool)) members.set(n.pool, [...(members.get(n.pool) ?? []), n]);
  const grids = new Map(plan.pools.map((p) => [p.id, poolGrid(members.get(p.id) ?? [])]));

  const g = new Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 4 * GRID, ranksep: 6 * GRID, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // The block a node is drawn in: its pool, or itself.
  const block = new Map<string, string>();
  const tierOf = new Map<string, number>();
  for (const pool of plan.pools) {
    g.setNode(pool.id, { ...grids.get(pool.id)!.size });
    tierOf.set(pool.id, 1);
  }
  for (const n of plan.nodes) {
    if (n.pool !== undefined && poolIds.has(n.pool)) {
      block.set(n.id, n.pool);
    } else {
      block.set(n.id, n.id);
      g.setNode(n.id, { ...NODE_SIZE });
      tierOf.set(n.id, TIER[n.kind]);
    }
  }
  for (const link of plan.links) {
    const a = block.get(link.from);
    const b = block.get(link.to);
    if (a === undefined || b === undefined || a === b) continue;
    // Lower tiers above higher ones: load balancers on top, back ends at the bottom.
    const [from, to] = (tierOf.get(a) ?? 1) <= (tierOf.get(b) ?? 1) ? [a, b] : [b, a];
    if (!g.hasEdge(from, to) && !g.hasEdge(to, from)) g.setEdge(from, to);
  }
  layout(g);

  const corner = (id: string, size: Size): Position => {
    const { x, y } = g.node(id);
    return { x: snap(x - size.width / 2), y: snap(y - size.height / 2) };
  };
  const pools: Pool[] = plan.pools.map((p) => {
    const size = grids.get(p.id)!.size;
    const at = corner(p.id, size);
    return { ...p, position: movedTo(p.position, at.x, at.y), size: resizedTo(p.size, size.width, size.height) };
  });
  const poolCorner = new Map(pools.map((p) => [p.id, p.position!]));
  const nodes: PlanNode[] = plan.nodes.map((n) => {
    const poolId = block.get(n.id)!;
    if (poolId === n.id) {
      const at = corner(n.id, NODE_SIZE);
      return { ...n, position: movedTo(n.position, at.x, at.y) };
    }
    const origin = poolCorner.get(poolId)!;
    const offset = grids.get(poolId)!.offsets.get(n.id)!;
    return { ...n, position: movedTo(n.position, origin.x + offset.x, origin.y + offset.y) };
  });
  return { ...plan, nodes, pools };
}
