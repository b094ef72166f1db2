/**
 * Tidy layout, the way OCS topology diagrams are usually drawn:
 * - the network zones as columns, the Internet on the left, the perimeter network between, the
 *   internal network on the right, each region drawn just around what it holds (the plan's region
 *   layout is rewritten, so regions grown by earlier edits shrink back);
 * - in each zone, the sites side by side;
 * - inside each pool, its servers in rows by tier: Front Ends or the Standard Edition Server, then the
 *   dedicated conferencing and IIS servers, then the back end; the pool's box just around them;
 * - in the internal network, pools and the servers outside them in layers by their links (dagre): a
 *   load balancer below its clients and above the pool it serves, servers a pool uses below it;
 * - in the perimeter network and the Internet, left to right: an external load balancer on the
 *   Internet side, what it balances, the internal load balancer on the internal side; each column
 *   shifted down to face what it links to in the column on its right.
 * Nothing overlaps: each block (a pool or a server) is placed by dagre within its group, and groups
 * are placed side by side. The app loads this module only when asked.
 */
import { Graph, layout } from '@dagrejs/dagre';
import { GRID, movedTo, NODE_SIZE, POOL_HEADER, POOL_PADDING, resizedTo, snap } from './geometry';
import type { Box } from './geometry';
import { mostCommon } from './mostCommon';
import { zoneOf } from './plan';
import type { NodeKind, Plan, PlanNode, Pool, Position, Size, Zone } from './plan';
import { EMPTY_ZONE_WIDTH, poolZone, withZoneLayout, ZONE_COLUMNS, ZONE_HEADER, ZONE_PADDING, zonesShown } from './zones';

const TIER: Record<NodeKind, number> = {
  'hardware-load-balancer': 0,
  'standard-edition-server': 1,
  'front-end-server': 1,
  'web-components-server': 2,
  'web-conferencing-server': 2,
  'av-conferencing-server': 2,
  'application-sharing-server': 2,
  'back-end-sql': 3,
  // Outside pools these order links between servers of the same layer; pool members of these kinds do not occur.
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
/** Between blocks in a layer, and between layers. */
const NODE_SEP = 4 * GRID;
const RANK_SEP = 6 * GRID;
/** Between the sites of a zone, and between two zone columns. */
const SITE_GAP = 8 * GRID;
const COLUMN_GAP = GRID;
/** Height of the regions when they hold little. */
const MIN_REGION_HEIGHT = 480;

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

/** What the layout places: a pool with its members, or a server outside every pool. */
interface Block {
  id: string;
  size: Size;
  zone: Zone;
  site: string;
  /** For a server outside pools. */
  node?: PlanNode;
}

/** Where a block's group is laid out: a zone's column (left to right) or, top to bottom, the internal network and plans without zones. */
type Direction = 'TB' | 'LR';

/** Block ids joined by links (each pair once, in link order), and the pool each load balancer serves. */
function blockLinks(plan: Plan, blockOf: ReadonlyMap<string, string>, pools: ReadonlySet<string>) {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const served = new Map<string, Map<string, number>>();
  const kind = new Map(plan.nodes.map((n) => [n.id, n.kind]));
  for (const link of plan.links) {
    const a = blockOf.get(link.from);
    const b = blockOf.get(link.to);
    if (a === undefined || b === undefined || a === b) continue;
    for (const [lb, other] of [
      [link.from, b],
      [link.to, a],
    ] as const) {
      if (kind.get(lb) !== 'hardware-load-balancer' || !pools.has(other)) continue;
      const counts = served.get(lb) ?? new Map<string, number>();
      counts.set(other, (counts.get(other) ?? 0) + 1);
      served.set(lb, counts);
    }
    const key = a < b ? `${a}\n${b}` : `${b}\n${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([a, b]);
  }
  const servedPool = new Map<string, string>();
  for (const [lb, counts] of served) servedPool.set(lb, [...counts].sort((x, y) => y[1] - x[1])[0][0]);
  return { pairs, servedPool };
}

/** How many links away from a pool or a load balancer each block is (breadth first). */
function hopsFromCore(blocks: readonly Block[], pairs: readonly [string, string][]): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const hops = new Map<string, number>();
  let front = blocks.filter((b) => !b.node || b.node.kind === 'hardware-load-balancer').map((b) => b.id);
  for (const id of front) hops.set(id, 0);
  for (let d = 1; front.length > 0; d++) {
    const out: string[] = [];
    for (const id of front)
      for (const n of next.get(id) ?? [])
        if (!hops.has(n)) {
          hops.set(n, d);
          out.push(n);
        }
    front = out;
  }
  return hops;
}

/** Rank of a block in a left-to-right zone column: the Internet side first, the internal side last. */
function sideRank(block: Block): number {
  if (block.node?.kind !== 'hardware-load-balancer') return 1;
  return block.node.side === 'external' ? 0 : block.node.side === 'internal' ? 2 : 1;
}

/** Which way a link between two blocks of one group points (from the upper or left one). */
function orient(
  a: Block,
  b: Block,
  dir: Direction,
  servedPool: ReadonlyMap<string, string>,
  hops: ReadonlyMap<string, number>,
): [Block, Block] {
  if (dir === 'LR') return sideRank(a) <= sideRank(b) ? [a, b] : [b, a];
  const isLb = (x: Block) => x.node?.kind === 'hardware-load-balancer';
  // A load balancer sits between its clients (above: other pools, such as a Director pool) and what it
  // serves (below: its pool, and the servers that reach the pool through it).
  if (isLb(a) !== isLb(b)) {
    const [lb, other] = isLb(a) ? [a, b] : [b, a];
    return servedPool.get(lb.id) === other.id || other.node ? [lb, other] : [other, lb];
  }
  const tier = (x: Block) => (x.node ? TIER[x.node.kind] : 1);
  if (tier(a) !== tier(b)) return tier(a) < tier(b) ? [a, b] : [b, a];
  // Same tier: a pool above the servers it uses; of two servers, the one nearer a pool or load balancer (a
  // Mediation Server above its media gateway).
  if (!a.node !== !b.node) return a.node ? [b, a] : [a, b];
  const far = (x: Block) => hops.get(x.id) ?? Infinity;
  return far(b) < far(a) ? [b, a] : [a, b];
}

/** One group's blocks placed by dagre: corners relative to the group's corner, and the group's size. */
function layoutGroup(
  blocks: readonly Block[],
  pairs: readonly [string, string][],
  dir: Direction,
  servedPool: ReadonlyMap<string, string>,
  hops: ReadonlyMap<string, number>,
): { at: Map<string, Position>; size: Size } {
  const g = new Graph({ multigraph: false });
  g.setGraph({ rankdir: dir, nodesep: NODE_SEP, ranksep: RANK_SEP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = new Map(blocks.map((b) => [b.id, b]));
  for (const b of blocks) g.setNode(b.id, { width: b.size.width, height: b.size.height });
  for (const [x, y] of pairs) {
    const a = byId.get(x);
    const b = byId.get(y);
    if (!a || !b) continue;
    const [from, to] = orient(a, b, dir, servedPool, hops);
    g.setEdge(from.id, to.id);
  }
  layout(g);
  const raw = new Map<string, Position>();
  let minX = Infinity;
  let minY = Infinity;
  for (const b of blocks) {
    const { x, y } = g.node(b.id);
    const at = { x: snap(x - b.size.width / 2), y: snap(y - b.size.height / 2) };
    raw.set(b.id, at);
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
  }
  const at = new Map<string, Position>();
  let width = 0;
  let height = 0;
  for (const b of blocks) {
    const p = raw.get(b.id)!;
    const q = { x: p.x - minX, y: p.y - minY };
    at.set(b.id, q);
    width = Math.max(width, q.x + b.size.width);
    height = Math.max(height, q.y + b.size.height);
  }
  return { at, size: { width, height } };
}

export function autoLayout(plan: Plan): Plan {
  const poolIds = new Set(plan.pools.map((p) => p.id));
  const members = new Map<string, PlanNode[]>();
  for (const n of plan.nodes) if (n.pool !== undefined && poolIds.has(n.pool)) members.set(n.pool, [...(members.get(n.pool) ?? []), n]);
  const grids = new Map(plan.pools.map((p) => [p.id, poolGrid(members.get(p.id) ?? [])]));
  const zoned = zonesShown(plan);

  const blocks: Block[] = [];
  const blockOf = new Map<string, string>();
  for (const pool of plan.pools) {
    const own = members.get(pool.id) ?? [];
    blocks.push({
      id: pool.id,
      size: grids.get(pool.id)!.size,
      zone: zoned ? poolZone(own) : 'internal',
      site: mostCommon(
        own.map((m) => m.site ?? ''),
        '',
      ),
    });
  }
  for (const n of plan.nodes) {
    if (n.pool !== undefined && poolIds.has(n.pool)) {
      blockOf.set(n.id, n.pool);
      continue;
    }
    blockOf.set(n.id, n.id);
    blocks.push({ id: n.id, size: NODE_SIZE, zone: zoned ? zoneOf(n) : 'internal', site: n.site ?? '', node: n });
  }
  const { pairs, servedPool } = blockLinks(plan, blockOf, poolIds);
  const hops = hopsFromCore(blocks, pairs);

  // Sites in the plan's order, the central site first.
  const siteOrder = ['', ...(plan.sites ?? []).map((s) => s.id)];
  const siteRank = (s: string) => (siteOrder.includes(s) ? siteOrder.indexOf(s) : siteOrder.length);
  const sites = (zone: Zone) =>
    [...new Set(blocks.filter((b) => b.zone === zone).map((b) => b.site))].sort((a, b) => siteRank(a) - siteRank(b) || (a < b ? -1 : 1));

  const corner = new Map<string, Position>();
  const columns = zoned ? ZONE_COLUMNS : (['internal'] as const);
  // Each column's groups, laid out; placed from the right (the internal network) to the left, so that
  // a column can face what it links to on its right.
  const laid = new Map<Zone, { blocks: Block[]; at: Map<string, Position>; size: Size }[]>();
  for (const zone of columns) {
    const dir: Direction = zone === 'internal' ? 'TB' : 'LR';
    laid.set(
      zone,
      sites(zone).map((site) => {
        const group = blocks.filter((b) => b.zone === zone && b.site === site);
        return { blocks: group, ...layoutGroup(group, pairs, dir, servedPool, hops) };
      }),
    );
  }
  const top = zoned ? ZONE_HEADER + ZONE_PADDING : 0;
  const widths = new Map<Zone, number>();
  const contentHeight = new Map<Zone, number>();
  const sizeOf = new Map(blocks.map((b) => [b.id, b.size]));
  const centreY = (id: string) => corner.get(id)!.y + sizeOf.get(id)!.height / 2;
  for (const zone of [...columns].reverse()) {
    let x = 0;
    let bottom = 0;
    for (const group of laid.get(zone)!) {
      // Down so that the group's links to what is already placed run level, on average.
      const ids = new Set(group.blocks.map((b) => b.id));
      const shifts: number[] = [];
      for (const [a, b] of pairs) {
        const [mine, other] = ids.has(a) ? [a, b] : ids.has(b) ? [b, a] : [undefined, undefined];
        if (!mine || !other || !corner.has(other)) continue;
        shifts.push(centreY(other) - (group.at.get(mine)!.y + sizeOf.get(mine)!.height / 2) - top);
      }
      const dy = shifts.length ? Math.max(0, snap(shifts.reduce((s, v) => s + v, 0) / shifts.length)) : 0;
      for (const b of group.blocks) {
        const p = group.at.get(b.id)!;
        // Relative to the column's left edge for now.
        corner.set(b.id, { x: x + p.x, y: top + dy + p.y });
      }
      x += group.size.width + SITE_GAP;
      bottom = Math.max(bottom, dy + group.size.height);
    }
    widths.set(zone, Math.max(0, x - SITE_GAP));
    contentHeight.set(zone, bottom);
  }
  // The columns side by side, left to right.
  const regions = new Map<Zone, Box>();
  const height = Math.max(MIN_REGION_HEIGHT, ...[...contentHeight.values()].map((h) => snap(h + ZONE_HEADER + 2 * ZONE_PADDING)));
  let left = 0;
  for (const zone of columns) {
    const inner = widths.get(zone)!;
    const width = zoned ? Math.max(EMPTY_ZONE_WIDTH, snap(inner + 2 * ZONE_PADDING)) : inner;
    const pad = zoned ? snap((width - inner) / 2) : 0;
    for (const group of laid.get(zone)!)
      for (const b of group.blocks) {
        const c = corner.get(b.id)!;
        corner.set(b.id, { x: left + pad + c.x, y: c.y });
      }
    regions.set(zone, { x: left, y: 0, width, height });
    left += width + COLUMN_GAP;
  }

  const pools: Pool[] = plan.pools.map((p) => {
    const size = grids.get(p.id)!.size;
    const at = corner.get(p.id)!;
    return { ...p, position: movedTo(p.position, at.x, at.y), size: resizedTo(p.size, size.width, size.height) };
  });
  const nodes: PlanNode[] = plan.nodes.map((n) => {
    const block = blockOf.get(n.id)!;
    const origin = corner.get(block)!;
    const offset = block === n.id ? { x: 0, y: 0 } : grids.get(block)!.offsets.get(n.id)!;
    return { ...n, position: movedTo(n.position, origin.x + offset.x, origin.y + offset.y) };
  });
  const next = { ...plan, nodes, pools };
  return zoned ? withZoneLayout(next, regions) : next;
}
