/**
 * The network zones as drawn regions: the Internet, the perimeter network between its two firewalls,
 * and the internal network, in columns from left to right. A region is layout only: a node's zone is
 * its `zone` field, changed by a user's drop into another region, never read from where a loaded
 * plan's nodes happen to lie.
 */
import { containsPoint, membersByPool, nodeBox, nodeCenter, poolBox, snap, unionBoxes } from './geometry';
import type { Box } from './geometry';
import { defaultZone, KINDS, kindLabel, zoneAllowed } from './kinds';
import { zoneOf, ZONES } from './plan';
import { mostCommon } from './mostCommon';
import type { NodeKind, OcsVersion, Plan, PlanNode, Position, Zone, ZoneLayout } from './plan';

/** The regions from left to right: the Internet, the perimeter network, the internal network. */
export const ZONE_COLUMNS: readonly Zone[] = ['external', 'perimeter', 'internal'];

export const ZONE_LABELS: Record<Zone, string> = {
  external: 'Internet',
  perimeter: 'Perimeter network',
  internal: 'Internal network',
};

/** Space between a region's border and what it holds. */
export const ZONE_PADDING = 48;
/** Height of a region's title bar. */
export const ZONE_HEADER = 40;
/** Width of a region with nothing in it. */
export const EMPTY_ZONE_WIDTH = 320;
export const MIN_ZONE_SIZE = { width: 240, height: 200 };
const MIN_HEIGHT = 480;

export type ZoneBoxes = ReadonlyMap<Zone, Box>;

/** Whether the regions are drawn: the plan has a node outside the internal network, or a saved region layout. */
export function zonesShown(plan: Pick<Plan, 'nodes' | 'zones'>): boolean {
  return (plan.zones?.length ?? 0) > 0 || plan.nodes.some((n) => zoneOf(n) !== 'internal');
}

interface Range {
  min: number;
  max: number;
}

/** The zone a pool is drawn in: that of most of its members (the first on a tie), the internal network for an empty pool. */
export function poolZone(members: readonly Pick<PlanNode, 'zone'>[]): Zone {
  return mostCommon(members.map(zoneOf), 'internal');
}

/** What each zone holds, as boxes: a pool in its members' zone (they are inside its box). */
function contentByZone(plan: Plan): Map<Zone, Box[]> {
  const byZone = new Map<Zone, Box[]>(ZONES.map((z) => [z, []]));
  const members = membersByPool(plan);
  const pools = new Set(plan.pools.map((p) => p.id));
  for (const pool of plan.pools) {
    const own = members.get(pool.id) ?? [];
    byZone.get(poolZone(own))!.push(poolBox(pool, own));
  }
  for (const n of plan.nodes) {
    if (n.pool !== undefined && pools.has(n.pool)) continue;
    byZone.get(zoneOf(n))!.push(nodeBox(n));
  }
  return byZone;
}

/** Left and right edge of each column, from what each zone holds; undefined when the zones' contents are not in column order. */
function columnEdges(ranges: readonly (Range | undefined)[]): [number, number][] | undefined {
  const filled = ranges.flatMap((r, i) => (r ? [i] : []));
  if (filled.length === 0) return undefined;
  const edges: [number, number][] = ranges.map(() => [0, 0]);
  for (const i of filled) edges[i] = [ranges[i]!.min - ZONE_PADDING, ranges[i]!.max + ZONE_PADDING];
  for (let k = 0; k + 1 < filled.length; k++) {
    const a = filled[k];
    const b = filled[k + 1];
    const left = ranges[a]!.max;
    const right = ranges[b]!.min;
    const empties = b - a - 1;
    if (empties === 0) {
      if (right - left < ZONE_PADDING) return undefined;
      const mid = (left + right) / 2;
      edges[a][1] = mid;
      edges[b][0] = mid;
      continue;
    }
    // Empty zones between two filled ones share the gap.
    const inner = right - left - 2 * ZONE_PADDING;
    if (inner < MIN_ZONE_SIZE.width * empties) return undefined;
    const step = inner / empties;
    edges[a][1] = left + ZONE_PADDING;
    for (let e = 1; e <= empties; e++) edges[a + e] = [left + ZONE_PADDING + (e - 1) * step, left + ZONE_PADDING + e * step];
    edges[b][0] = right - ZONE_PADDING;
  }
  for (let i = filled[0] - 1; i >= 0; i--) edges[i] = [edges[i + 1][0] - EMPTY_ZONE_WIDTH, edges[i + 1][0]];
  for (let i = filled[filled.length - 1] + 1; i < ranges.length; i++) edges[i] = [edges[i - 1][1], edges[i - 1][1] + EMPTY_ZONE_WIDTH];
  return edges;
}

/**
 * The regions the app draws when a plan has no layout of its own: columns from the Internet on the
 * left to the internal network on the right, each around what its zone holds where the plan is laid
 * out that way; else the internal network around everything with the other two to its left.
 */
export function defaultZoneLayout(plan: Plan): Map<Zone, Box> {
  const content = contentByZone(plan);
  const all = unionBoxes([...content.values()].flat()) ?? { x: 0, y: 0, width: 2 * EMPTY_ZONE_WIDTH, height: 0 };
  const top = snap(all.y - ZONE_PADDING - ZONE_HEADER);
  const height = snap(Math.max(all.height + 2 * ZONE_PADDING + ZONE_HEADER, MIN_HEIGHT));
  const ranges = ZONE_COLUMNS.map((z) => {
    const u = unionBoxes(content.get(z)!);
    return u ? { min: u.x, max: u.x + u.width } : undefined;
  });
  const edges = columnEdges(ranges) ?? [
    [all.x - ZONE_PADDING - 2 * EMPTY_ZONE_WIDTH, all.x - ZONE_PADDING - EMPTY_ZONE_WIDTH],
    [all.x - ZONE_PADDING - EMPTY_ZONE_WIDTH, all.x - ZONE_PADDING],
    [all.x - ZONE_PADDING, all.x + all.width + ZONE_PADDING],
  ];
  const out = new Map<Zone, Box>();
  ZONE_COLUMNS.forEach((z, i) => {
    const x = snap(edges[i][0]);
    out.set(z, { x, y: top, width: Math.max(snap(edges[i][1]) - x, MIN_ZONE_SIZE.width), height });
  });
  return out;
}

/** Room a region keeps around what it grew to hold. */
const GROW_MARGIN = 16;

/**
 * The regions grown to hold what lies in them, as a pool grows to hold its members: each region takes
 * in every server and pool of its zone whose centre is inside the region's own box (one dragged out of
 * it does not drag the region along; where it is dropped decides its zone). Where a region grows into
 * its neighbour column, the neighbour gives way as far as what it holds allows; regions that shared
 * their top and bottom keep sharing them.
 */
function grownToHold(plan: Plan, own: Map<Zone, Box>): Map<Zone, Box> {
  const content = contentByZone(plan);
  const out = new Map<Zone, Box>();
  const held = new Map<Zone, Box | undefined>();
  for (const [zone, box] of own) {
    const inside = content.get(zone)!.filter((b) => containsPoint(box, { x: b.x + b.width / 2, y: b.y + b.height / 2 }));
    const u = unionBoxes(inside);
    held.set(zone, u);
    if (!u) {
      out.set(zone, box);
      continue;
    }
    const need: Box = {
      x: u.x - GROW_MARGIN,
      y: u.y - GROW_MARGIN - ZONE_HEADER,
      width: u.width + 2 * GROW_MARGIN,
      height: u.height + 2 * GROW_MARGIN + ZONE_HEADER,
    };
    out.set(zone, unionBoxes([box, need])!);
  }
  // A column that grew over its neighbour's edge: the neighbour's edge moves back as far as what it holds leaves room
  // (an empty one keeps its minimum width).
  for (let i = 0; i + 1 < ZONE_COLUMNS.length; i++) {
    const [za, zb] = [ZONE_COLUMNS[i], ZONE_COLUMNS[i + 1]];
    const a = out.get(za)!;
    const b = out.get(zb)!;
    const ownA = own.get(za)!;
    const ownB = own.get(zb)!;
    if (ownA.x + ownA.width > ownB.x || a.x + a.width <= b.x) continue;
    const aHeld = held.get(za);
    const bHeld = held.get(zb);
    if (a.x + a.width > ownA.x + ownA.width) {
      const edge = Math.min(a.x + a.width, bHeld ? bHeld.x - GROW_MARGIN : b.x + b.width - MIN_ZONE_SIZE.width);
      if (edge > b.x) out.set(zb, { ...b, x: edge, width: b.x + b.width - edge });
    } else {
      const edge = Math.max(b.x, aHeld ? aHeld.x + aHeld.width + GROW_MARGIN : a.x + MIN_ZONE_SIZE.width);
      if (edge < a.x + a.width) out.set(za, { ...a, width: edge - a.x });
    }
  }
  const boxes = [...own.values()];
  const aligned = boxes.every((b) => b.y === boxes[0].y && b.height === boxes[0].height);
  if (aligned) {
    const span = unionBoxes([...out.values()])!;
    for (const [zone, b] of out) out.set(zone, { ...b, y: span.y, height: span.height });
  }
  return out;
}

/**
 * The regions as drawn: the plan's own layout, the default for any zone it does not lay out, each grown
 * to hold what lies in it; undefined when none are drawn.
 */
export function zoneBoxes(plan: Plan): Map<Zone, Box> | undefined {
  const own = ownZoneBoxes(plan);
  return own && grownToHold(plan, own);
}

/** The regions as laid out (the plan's own layout, the default for any zone it does not lay out), before they grow; undefined when none are drawn. */
function ownZoneBoxes(plan: Plan): Map<Zone, Box> | undefined {
  if (!zonesShown(plan)) return undefined;
  const own = new Map<Zone, ZoneLayout>();
  for (const z of plan.zones ?? []) if (ZONES.includes(z.id) && !own.has(z.id)) own.set(z.id, z);
  const complete = ZONES.every((z) => own.get(z)?.position && own.get(z)?.size);
  const defaults = complete ? undefined : defaultZoneLayout(plan);
  const out = new Map<Zone, Box>();
  for (const z of ZONE_COLUMNS) {
    const d = defaults?.get(z);
    const layout = own.get(z);
    out.set(z, {
      x: layout?.position?.x ?? d!.x,
      y: layout?.position?.y ?? d!.y,
      width: layout?.size?.width ?? d!.width,
      height: layout?.size?.height ?? d!.height,
    });
  }
  return out;
}

/** The plan with these region boxes as its own layout (unknown fields of a saved region are kept). */
export function withZoneLayout(plan: Plan, boxes: ZoneBoxes): Plan {
  const old = new Map((plan.zones ?? []).map((z) => [z.id, z]));
  const zones: ZoneLayout[] = ZONE_COLUMNS.map((id) => {
    const b = boxes.get(id)!;
    const prev = old.get(id);
    return { ...prev, id, position: { ...prev?.position, x: b.x, y: b.y }, size: { ...prev?.size, width: b.width, height: b.height } };
  });
  // Saved regions this app does not know (another zone id) stay.
  for (const z of plan.zones ?? []) if (!ZONE_COLUMNS.includes(z.id)) zones.push(z);
  const same =
    plan.zones?.length === zones.length &&
    zones.every((z, i) => {
      const p = plan.zones![i];
      return (
        p.id === z.id &&
        p.position?.x === z.position?.x &&
        p.position?.y === z.position?.y &&
        p.size?.width === z.size?.width &&
        p.size?.height === z.size?.height
      );
    });
  return same ? plan : { ...plan, zones };
}

/** The plan with one region moved or resized (the others keep their layout; each still grows to hold what lies in it). */
export function setZoneBox(plan: Plan, zone: Zone, box: Partial<Box>): Plan {
  const boxes = ownZoneBoxes(plan) ?? defaultZoneLayout(plan);
  const cur = boxes.get(zone)!;
  const next = new Map(boxes);
  next.set(zone, {
    x: box.x ?? cur.x,
    y: box.y ?? cur.y,
    width: Math.max(box.width ?? cur.width, MIN_ZONE_SIZE.width),
    height: Math.max(box.height ?? cur.height, MIN_ZONE_SIZE.height),
  });
  return withZoneLayout(plan, next);
}

/** The region that holds a point: the smallest, where regions overlap. */
export function zoneAtPoint(boxes: ZoneBoxes | undefined, point: Position): Zone | undefined {
  if (!boxes) return undefined;
  let best: Zone | undefined;
  let bestArea = Infinity;
  for (const [zone, box] of boxes) {
    if (!containsPoint(box, point)) continue;
    const area = box.width * box.height;
    if (area < bestArea) {
      best = zone;
      bestArea = area;
    }
  }
  return best;
}

/**
 * A node's zone after it moved from `from` to `to` (centres): the region it was moved into, when that
 * is another region than the one it started in; else its zone stays (moving within a region, or out
 * of every region, changes nothing, whatever region the node was drawn in).
 */
export function zoneAfterMove(zone: Zone, from: Position, to: Position, boxes: ZoneBoxes | undefined): Zone {
  const target = zoneAtPoint(boxes, to);
  if (target === undefined || target === zoneAtPoint(boxes, from)) return zone;
  return target;
}

/** The zone of a new node dropped with its centre at `at`: the region there, else its kind's own zone. */
export function zoneForDrop(kind: NodeKind, at: Position, boxes: ZoneBoxes | undefined): Zone {
  return zoneAtPoint(boxes, at) ?? defaultZone(kind);
}

function setZoneField(node: PlanNode, zone: Zone): PlanNode {
  return { ...node, zone };
}

/**
 * After a drag: every node that moved (itself, or with its pool) takes the zone of the region it was
 * moved into. `before` is the plan when the drag began, `boxes` the regions as they were drawn then.
 * When the regions were drawn from the default, the plan keeps that layout from now on, so they do
 * not shift under the user as the plan grows.
 */
export function dropIntoZones(before: Plan, after: Plan, boxes: ZoneBoxes | undefined): Plan {
  if (!boxes) return after;
  const start = new Map(before.nodes.map((n) => [n.id, n]));
  let nodes = after.nodes;
  let changed = false;
  for (let i = 0; i < after.nodes.length; i++) {
    const node = after.nodes[i];
    const old = start.get(node.id);
    if (!old || (old.position.x === node.position.x && old.position.y === node.position.y)) continue;
    const zone = zoneAfterMove(zoneOf(node), nodeCenter(old), nodeCenter(node), boxes);
    if (zone === zoneOf(node)) continue;
    if (!changed) {
      nodes = nodes.slice();
      changed = true;
    }
    nodes[i] = setZoneField(node, zone);
  }
  const next = changed ? { ...after, nodes } : after;
  return changed && !before.zones ? withZoneLayout(next, boxes) : next;
}

/** The zone each of these nodes would get if the one at `from` were moved to `to`, for those whose zone would change. */
export function zoneChanges(
  plan: Plan,
  ids: readonly string[],
  from: Position,
  to: Position,
  boxes: ZoneBoxes | undefined,
): { node: PlanNode; zone: Zone }[] {
  const target = zoneAtPoint(boxes, to);
  if (target === undefined || target === zoneAtPoint(boxes, from)) return [];
  const set = new Set(ids);
  const moved = plan.nodes.filter((n) => set.has(n.id) || (n.pool !== undefined && set.has(n.pool)));
  return moved.filter((n) => zoneOf(n) !== target).map((node) => ({ node, zone: target }));
}

const ZONE_PHRASES: Record<Zone, string> = {
  external: 'the Internet (external)',
  perimeter: 'the perimeter network',
  internal: 'the internal network',
};

function zoneList(zones: readonly Zone[]): string {
  const names = zones.map((z) => ZONE_PHRASES[z]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Why a node of this kind may not be in this zone (ZONE-PLACEMENT, from the kind registry's allowed zones); undefined when it may. */
export function zoneProblem(kind: NodeKind, zone: Zone, ocsVersion: OcsVersion, name?: string): string | undefined {
  if (zoneAllowed(kind, zone)) return undefined;
  const what = name ? `${name} (${kindLabel(kind, ocsVersion)})` : `A ${kindLabel(kind, ocsVersion)}`;
  return `${what} belongs in ${zoneList(KINDS[kind].zones)}, not in ${zoneList([zone])} (ZONE-PLACEMENT).`;
}
