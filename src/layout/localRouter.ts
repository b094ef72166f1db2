/**
 * The local link router: orthogonal routes around the servers and the pools' titles, each link
 * routed on its own against the obstacles near it. Obstacles sit in a spatial hash, so the cost of a
 * link depends on what is around it, not on the size of the plan: a pass is linear in the links, and
 * a moved server re-routes only its own links and the links whose routes its old or its new box
 * touches. (libavoid, the router it replaces, rebuilds one visibility graph for the whole plan: 1.7 s
 * at 1,000 servers and as much again for every move; see docs/performance.md.)
 *
 * A link is a polyline between the centres of its two boxes, cut back to their borders. For each
 * link the router weighs the few shapes a person would draw (a straight line where the boxes face
 * each other, an L, a Z with its middle run in the gap between the boxes at a few offsets, a C just
 * beside either box or beside what was in the way), each kept BUFFER away from every other box and
 * pool title, scored by length, bends, leaving a box by a side that does not face the other one, and
 * running along another link; a run along another link is then moved aside where that costs less.
 * Where no shape is clear, a path on the grid of lines beside the nearby obstacles (gridPath.ts), in
 * a window that grows until one is found.
 */
import { NODE_SIZE, poolBox } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import type { Pool, Position } from '../domain/plan';
import { gridPath } from './gridPath';
import { poolTitleBox } from './poolTitle';
import { BEND, BUFFER, CLEAR, grow, rectOf, sameRect, segmentHits, STUB } from './routeGeometry';
import type { Rect } from './routeGeometry';
import { clipToBorders, withoutStraightPoints } from './routes';
import type { LinkRouter, Route, RoutedPlan } from './routes';

/** Lines closer than this, side by side, read as one. */
const NUDGE = 10;
/** The spatial hash's cell, in canvas units. */
const CELL = 256;
/** What leaving or entering a box by a side that does not face the other box costs. */
const SIDE = 70;
/** What each unit run along (or within NUDGE of) another link costs. */
const OVERLAP = 3;
/**
 * Past this many hash cells a segment (or a search window) is checked against every obstacle rather
 * than cell by cell, and a route is kept in a short list of wide ones rather than in every cell it
 * crosses: a plan's coordinates run to a million, and a line across them would cross millions of cells.
 */
const WIDE = 256;

interface Obstacle extends Rect {
  key: string;
}
/** One run of a routed link: horizontal (o = 0, at y = c) or vertical (o = 1, at x = c), from lo to hi. */
interface Seg {
  o: 0 | 1;
  c: number;
  lo: number;
  hi: number;
  from: string;
  to: string;
}
/** A route weighed: its polyline from centre to centre, the part drawn, its cost and how much of it lies along other links. */
interface Judged {
  pts: Position[];
  route: Route;
  cost: number;
  overlap: number;
}
/** The sideways moves tried on a run that lies along another link. */
const SHIFTS = [NUDGE, -NUDGE, 2 * NUDGE, -2 * NUDGE, 3 * NUDGE, -3 * NUDGE];
interface LinkEntry {
  from: string;
  to: string;
  route: Route;
  segs: Seg[];
  /** The spatial-hash cells the route passes, for finding the links an obstacle's change touches. */
  cells: number[];
  /** Part of the route crosses more than WIDE cells: it is in wideLinks, not in those cells. */
  wide?: boolean;
}

const cellOf = (v: number) => Math.max(-32767, Math.min(32767, Math.floor(v / CELL)));
const cellKey = (cx: number, cy: number) => (cx + 32768) * 65536 + (cy + 32768);

const cellsIn = (r: Rect) => (cellOf(r.x2) - cellOf(r.x1) + 1) * (cellOf(r.y2) - cellOf(r.y1) + 1);

function forEachCell(r: Rect, fn: (key: number) => void) {
  const cx2 = cellOf(r.x2);
  const cy2 = cellOf(r.y2);
  for (let cx = cellOf(r.x1); cx <= cx2; cx++) for (let cy = cellOf(r.y1); cy <= cy2; cy++) fn(cellKey(cx, cy));
}

const boxOfAt = (at: Position): Rect => ({ x1: at.x, y1: at.y, x2: at.x + NODE_SIZE.width, y2: at.y + NODE_SIZE.height });

export function createLocalRouter(): LinkRouter {
  const obstacles = new Map<string, Obstacle>();
  const hash = new Map<number, Set<Obstacle>>();
  const nodeAt = new Map<string, Position>();
  const titleRects = new Map<string, Rect>();
  /** Each server's pool, each pool's members, and the pool each title was measured for. */
  const nodePool = new Map<string, string | undefined>();
  const poolMembers = new Map<string, Set<string>>();
  const poolSeen = new Map<string, Pool>();
  const links = new Map<string, LinkEntry>();
  const routeCells = new Map<number, Set<string>>();
  const segIndex = new Map<number, Seg[]>();
  /** Routes and runs too long for the cell indexes (see WIDE), checked one by one. */
  const wideLinks = new Set<string>();
  const wideSegs = new Set<Seg>();

  const addObstacle = (key: string, r: Rect) => {
    const o: Obstacle = { key, ...r };
    obstacles.set(key, o);
    forEachCell(grow(r, BUFFER), (c) => {
      let set = hash.get(c);
      if (!set) hash.set(c, (set = new Set()));
      set.add(o);
    });
  };
  const removeObstacle = (key: string) => {
    const o = obstacles.get(key);
    if (!o) return;
    obstacles.delete(key);
    forEachCell(grow(o, BUFFER), (c) => {
      const set = hash.get(c);
      if (!set) return;
      set.delete(o);
      if (set.size === 0) hash.delete(c);
    });
  };

  /** The last obstacle a segment was found to hit (the router's detours go round it). */
  let lastHit: Obstacle | undefined;
  /**
   * The obstacles the link being routed does not avoid: its own two servers, and whatever overlaps
   * them (a server dropped onto another, or onto a pool's title, cannot be left without crossing it).
   */
  let ignored = new Set<string>();
  /** Whether p→q stays BUFFER clear of every obstacle but the ignored ones. */
  const segmentClear = (p: Position, q: Position): boolean => {
    const cx1 = cellOf(Math.min(p.x, q.x) - BUFFER);
    const cy1 = cellOf(Math.min(p.y, q.y) - BUFFER);
    const cx2 = cellOf(Math.max(p.x, q.x) + BUFFER);
    const cy2 = cellOf(Math.max(p.y, q.y) + BUFFER);
    if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > Math.max(WIDE, obstacles.size)) {
      for (const o of obstacles.values())
        if (!ignored.has(o.key) && segmentHits(p, q, o, BUFFER)) {
          lastHit = o;
          return false;
        }
      return true;
    }
    for (let cx = cx1; cx <= cx2; cx++)
      for (let cy = cy1; cy <= cy2; cy++) {
        const set = hash.get(cellKey(cx, cy));
        if (!set) continue;
        for (const o of set) {
          if (ignored.has(o.key)) continue;
          if (segmentHits(p, q, o, BUFFER)) {
            lastHit = o;
            return false;
          }
        }
      }
    return true;
  };

  /** The keys of the overlap index a run is filed under: its line's NUDGE band and each cell along it (a run across more than WIDE cells is kept in wideSegs instead). */
  const segKeys = (o: 0 | 1, c: number, lo: number, hi: number, fn: (key: number) => void) => {
    const cb = Math.floor(c / NUDGE);
    const a2 = cellOf(hi);
    const a1 = cellOf(lo);
    if (a2 - a1 >= WIDE) return false;
    for (let a = a1; a <= a2; a++) fn((((cb * 73856093) ^ (a * 19349663)) >>> 0) * 2 + o);
    return true;
  };
  /** How much of the run lies along (within NUDGE of) runs of other links. */
  const overlapOf = (o: 0 | 1, c: number, lo: number, hi: number): number => {
    let total = 0;
    const seen = new Set<Seg>();
    const add = (s: Seg) => {
      if (s.o !== o || seen.has(s) || Math.abs(s.c - c) >= NUDGE) return;
      seen.add(s);
      const len = Math.min(hi, s.hi) - Math.max(lo, s.lo);
      if (len > 0) total += len;
    };
    for (const s of wideSegs) add(s);
    if (cellOf(hi) - cellOf(lo) >= WIDE) {
      for (const list of segIndex.values()) for (const s of list) add(s);
      return total;
    }
    for (const dc of [-NUDGE, 0, NUDGE])
      segKeys(o, c + dc, lo, hi, (key) => {
        const list = segIndex.get(key);
        if (list) for (const s of list) add(s);
      });
    return total;
  };

  const register = (id: string, e: LinkEntry) => {
    const cells = new Set<number>();
    for (let i = 1; i < e.route.length; i++) {
      const p = e.route[i - 1];
      const q = e.route[i];
      const r = { x1: Math.min(p.x, q.x), y1: Math.min(p.y, q.y), x2: Math.max(p.x, q.x), y2: Math.max(p.y, q.y) };
      if (cellsIn(r) > WIDE) e.wide = true;
      else forEachCell(r, (c) => cells.add(c));
      if (p.x !== q.x && p.y !== q.y) continue; // A straight line that is not orthogonal (a fallback) is not indexed as a run.
      const s: Seg =
        p.y === q.y
          ? { o: 0, c: p.y, lo: r.x1, hi: r.x2, from: e.from, to: e.to }
          : { o: 1, c: p.x, lo: r.y1, hi: r.y2, from: e.from, to: e.to };
      e.segs.push(s);
      const filed = segKeys(s.o, s.c, s.lo, s.hi, (key) => {
        let list = segIndex.get(key);
        if (!list) segIndex.set(key, (list = []));
        list.push(s);
      });
      if (!filed) wideSegs.add(s);
    }
    if (e.wide) wideLinks.add(id);
    e.cells = [...cells];
    for (const c of e.cells) {
      let set = routeCells.get(c);
      if (!set) routeCells.set(c, (set = new Set()));
      set.add(id);
    }
    links.set(id, e);
  };
  const unregister = (id: string) => {
    const e = links.get(id);
    if (!e) return;
    wideLinks.delete(id);
    for (const s of e.segs)
      if (!wideSegs.delete(s))
        segKeys(s.o, s.c, s.lo, s.hi, (key) => {
          const list = segIndex.get(key);
          if (!list) return;
          const i = list.indexOf(s);
          if (i >= 0) list.splice(i, 1);
          if (list.length === 0) segIndex.delete(key);
        });
    for (const c of e.cells) {
      const set = routeCells.get(c);
      set?.delete(id);
      if (set?.size === 0) routeCells.delete(c);
    }
    links.delete(id);
  };

  const boxAsGeometry = (r: Rect): Box => ({ x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1 });

  /**
   * The cost of the polyline `pts` (centre to centre) for the link being routed, clipped to its boxes, or
   * undefined where it is blocked, re-enters a box or bends too close to one.
   */
  const judge = (pts: Position[], A: Rect, B: Rect, vertical: boolean | undefined): Judged | undefined => {
    const route = clipToBorders(pts, boxAsGeometry(A), boxAsGeometry(B));
    if (route.length < 2) return undefined;
    let cost = 0;
    let overlap = 0;
    for (let i = 1; i < route.length; i++) {
      const p = route[i - 1];
      const q = route[i];
      const len = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
      if (route.length > 2 && (i === 1 || i === route.length - 1) && len < STUB) return undefined;
      if (!segmentClear(p, q)) return undefined;
      // After leaving its own box a route does not pass through it again (nor through the other end's before it arrives).
      if ((i > 1 && segmentHits(p, q, A, 0)) || (i < route.length - 1 && segmentHits(p, q, B, 0))) return undefined;
      cost += len;
      overlap +=
        p.y === q.y ? overlapOf(0, p.y, Math.min(p.x, q.x), Math.max(p.x, q.x)) : overlapOf(1, p.x, Math.min(p.y, q.y), Math.max(p.y, q.y));
    }
    cost += OVERLAP * overlap;
    cost += BEND * (route.length - 2);
    if (vertical !== undefined) {
      const firstVertical = route[0].x === route[1].x;
      const lastVertical = route[route.length - 2].x === route[route.length - 1].x;
      if (firstVertical !== vertical) cost += SIDE;
      if (lastVertical !== vertical) cost += SIDE;
    }
    return { pts, route, cost, overlap };
  };

  /** The shapes a person would draw between the two boxes. */
  const candidates = (a: Position, b: Position, A: Rect, B: Rect): Position[][] => {
    const out: Position[][] = [];
    const ox1 = Math.max(A.x1, B.x1);
    const ox2 = Math.min(A.x2, B.x2);
    const oy1 = Math.max(A.y1, B.y1);
    const oy2 = Math.min(A.y2, B.y2);
    // Facing each other: one straight run, at one centre's line if the other box spans it, else mid-overlap.
    if (ox2 - ox1 > 2 * STUB) {
      for (const x of [a.x, b.x, (ox1 + ox2) / 2])
        if (x > ox1 + STUB && x < ox2 - STUB)
          out.push([
            { x, y: a.y },
            { x, y: b.y },
          ]);
    }
    if (oy2 - oy1 > 2 * STUB) {
      for (const y of [a.y, b.y, (oy1 + oy2) / 2])
        if (y > oy1 + STUB && y < oy2 - STUB)
          out.push([
            { x: a.x, y },
            { x: b.x, y },
          ]);
    }
    out.push([a, { x: b.x, y: a.y }, b], [a, { x: a.x, y: b.y }, b]);
    // Z shapes: the middle run in the gap between the boxes, at its middle and a few offsets either side.
    const zs = (lo: number, hi: number): number[] => {
      if (hi - lo < 2 * STUB) return [];
      const mid = (lo + hi) / 2;
      const list = [mid];
      for (let k = 1; k <= 3; k++) for (const m of [mid - k * NUDGE, mid + k * NUDGE]) if (m > lo + STUB && m < hi - STUB) list.push(m);
      return list;
    };
    const gapX = A.x2 <= B.x1 ? [A.x2, B.x1] : B.x2 <= A.x1 ? [B.x2, A.x1] : undefined;
    if (gapX) for (const m of zs(gapX[0], gapX[1])) out.push([a, { x: m, y: a.y }, { x: m, y: b.y }, b]);
    const gapY = A.y2 <= B.y1 ? [A.y2, B.y1] : B.y2 <= A.y1 ? [B.y2, A.y1] : undefined;
    if (gapY) for (const m of zs(gapY[0], gapY[1])) out.push([a, { x: a.x, y: m }, { x: b.x, y: m }, b]);
    return out;
  };

  /** The fallback: fewest bends and shortest length on the lines beside the obstacles in a window round the boxes. */
  const search = (a: Position, b: Position, A: Rect, B: Rect, margin: number): Position[] | undefined => {
    const win: Rect = {
      x1: Math.min(A.x1, B.x1) - margin,
      y1: Math.min(A.y1, B.y1) - margin,
      x2: Math.max(A.x2, B.x2) + margin,
      y2: Math.max(A.y2, B.y2) + margin,
    };
    const near: Obstacle[] = [];
    const seen = new Set<Obstacle>();
    const consider = (o: Obstacle) => {
      if (seen.has(o)) return;
      seen.add(o);
      if (o.x2 + BUFFER > win.x1 && o.x1 - BUFFER < win.x2 && o.y2 + BUFFER > win.y1 && o.y1 - BUFFER < win.y2) near.push(o);
    };
    if (cellsIn(win) > Math.max(WIDE, obstacles.size)) for (const o of obstacles.values()) consider(o);
    else
      forEachCell(win, (c) => {
        const set = hash.get(c);
        if (set) for (const o of set) consider(o);
      });
    const blockers = near.filter((o) => !ignored.has(o.key));
    return gridPath(a, b, A, B, win, blockers);
  };

  /**
   * A run moved sideways by d: a middle run freely, the first or last one only as far as its pin stays
   * on its box's side (STUB from the corners); undefined where it cannot move so.
   */
  const shifted = (pts: Position[], k: number, d: number, A: Rect, B: Rect): Position[] | undefined => {
    const p = pts[k];
    const q = pts[k + 1];
    const horizontal = p.y === q.y;
    const out = pts.slice();
    const within = (v: number, r: Rect) => (horizontal ? v > r.y1 + STUB && v < r.y2 - STUB : v > r.x1 + STUB && v < r.x2 - STUB);
    const v = (horizontal ? p.y : p.x) + d;
    if (k === 0 && !within(v, A)) return undefined;
    if (k + 1 === pts.length - 1 && !within(v, B)) return undefined;
    out[k] = horizontal ? { x: p.x, y: v } : { x: v, y: p.y };
    out[k + 1] = horizontal ? { x: q.x, y: v } : { x: v, y: q.y };
    return out;
  };

  /** Moves runs that lie along other links aside, a NUDGE at a time, where that lowers the cost. */
  const refine = (j: Judged, A: Rect, B: Rect, vertical: boolean | undefined): Judged => {
    let best = j;
    for (let pass = 0; pass < 3 && best.overlap > 0; pass++) {
      let improved = false;
      for (let k = 0; k + 1 < best.pts.length; k++)
        for (const d of SHIFTS) {
          const pts = shifted(best.pts, k, d, A, B);
          const next = pts && judge(pts, A, B, vertical);
          if (next && next.cost < best.cost - 0.5) {
            best = next;
            improved = true;
            break;
          }
        }
      if (!improved) break;
    }
    return best;
  };

  const routeLink = (from: string, to: string): Route => {
    const pa = nodeAt.get(from)!;
    const pb = nodeAt.get(to)!;
    const A = boxOfAt(pa);
    const B = boxOfAt(pb);
    ignored = new Set([from, to]);
    for (const r of [A, B])
      forEachCell(r, (c) => {
        for (const o of hash.get(c) ?? []) if (segmentHits({ x: r.x1, y: r.y1 }, { x: r.x2, y: r.y2 }, o, 0)) ignored.add(o.key);
      });
    const a = { x: (A.x1 + A.x2) / 2, y: (A.y1 + A.y2) / 2 };
    const b = { x: (B.x1 + B.x2) / 2, y: (B.y1 + B.y2) / 2 };
    const gx = Math.max(0, Math.max(A.x1, B.x1) - Math.min(A.x2, B.x2));
    const gy = Math.max(0, Math.max(A.y1, B.y1) - Math.min(A.y2, B.y2));
    const vertical = gx === gy ? undefined : gy > gx;
    let best: Judged | undefined;
    const blockers = new Set<Rect>();
    for (const pts of candidates(a, b, A, B)) {
      lastHit = undefined;
      const j = judge(pts, A, B, vertical);
      if (j && (!best || j.cost < best.cost)) best = j;
      if (lastHit) blockers.add(lastHit);
    }
    // Blocked: a C or a Z whose middle run passes just beside the link's own boxes or beside what was in the way.
    if (!best) {
      const xs = new Set<number>();
      const ys = new Set<number>();
      for (const r of [A, B, ...blockers]) {
        xs.add(r.x1 - BUFFER - CLEAR).add(r.x2 + BUFFER + CLEAR);
        ys.add(r.y1 - BUFFER - CLEAR).add(r.y2 + BUFFER + CLEAR);
      }
      for (const m of xs) {
        const j = judge([a, { x: m, y: a.y }, { x: m, y: b.y }, b], A, B, vertical);
        if (j && (!best || j.cost < best.cost)) best = j;
      }
      for (const m of ys) {
        const j = judge([a, { x: a.x, y: m }, { x: b.x, y: m }, b], A, B, vertical);
        if (j && (!best || j.cost < best.cost)) best = j;
      }
    }
    if (best) return refine(best, A, B, vertical).route;
    for (const margin of [2 * NODE_SIZE.height, 3 * NODE_SIZE.width, 12 * NODE_SIZE.width]) {
      const pts = search(a, b, A, B, margin);
      if (!pts) continue;
      const j = judge(withoutStraightPoints(pts), A, B, undefined);
      if (j) return refine(j, A, B, undefined).route;
    }
    // Walled in: a straight line, as without a router.
    return clipToBorders([a, b], boxAsGeometry(A), boxAsGeometry(B));
  };

  /** Whether the route comes within `d` of r. */
  const routeNear = (route: Route, r: Rect, d: number) => {
    for (let i = 1; i < route.length; i++) if (segmentHits(route[i - 1], route[i], r, d)) return true;
    return false;
  };

  return {
    route(plan: RoutedPlan) {
      const changed: Rect[] = [];
      const moved = new Set<string>();
      const seen = new Set<string>();
      const poolsTouched = new Set<string>();
      const join = (id: string, pool: string | undefined) => {
        const was = nodePool.get(id);
        if (was === pool && nodePool.has(id)) return;
        if (was !== undefined) {
          poolMembers.get(was)?.delete(id);
          poolsTouched.add(was);
        }
        if (pool !== undefined) {
          let set = poolMembers.get(pool);
          if (!set) poolMembers.set(pool, (set = new Set()));
          set.add(id);
          poolsTouched.add(pool);
        }
        nodePool.set(id, pool);
      };
      for (const n of plan.nodes) {
        if (seen.has(n.id)) continue;
        seen.add(n.id);
        join(n.id, n.pool);
        const at = nodeAt.get(n.id);
        if (at && at.x === n.position.x && at.y === n.position.y) continue;
        if (at) {
          changed.push(boxOfAt(at));
          removeObstacle(n.id);
        }
        const next = { x: n.position.x, y: n.position.y };
        nodeAt.set(n.id, next);
        addObstacle(n.id, boxOfAt(next));
        changed.push(boxOfAt(next));
        moved.add(n.id);
        if (n.pool !== undefined) poolsTouched.add(n.pool);
      }
      for (const [id, at] of nodeAt) {
        if (seen.has(id)) continue;
        changed.push(boxOfAt(at));
        removeObstacle(id);
        nodeAt.delete(id);
        join(id, undefined);
        nodePool.delete(id);
        moved.add(id);
      }
      // Pool titles: re-measured for pools that changed, or whose members moved, came or went.
      const pools = new Map<string, Pool>();
      for (const p of plan.pools ?? []) if (!pools.has(p.id)) pools.set(p.id, p);
      for (const [id, p] of pools) if (poolSeen.get(id) !== p) poolsTouched.add(id);
      for (const id of poolSeen.keys()) if (!pools.has(id)) poolsTouched.add(id);
      for (const id of poolsTouched) {
        const pool = pools.get(id);
        const old = titleRects.get(id);
        let next: Rect | undefined;
        if (pool) {
          const members = [...(poolMembers.get(id) ?? [])].map((m) => ({ position: nodeAt.get(m)! }));
          next = rectOf(poolTitleBox(pool, poolBox(pool, members)));
          poolSeen.set(id, pool);
        } else poolSeen.delete(id);
        if (old && next && sameRect(old, next)) continue;
        if (old) {
          changed.push(old);
          removeObstacle(`title:${id}`);
          titleRects.delete(id);
        }
        if (next) {
          titleRects.set(id, next);
          addObstacle(`title:${id}`, next);
          changed.push(next);
        }
      }
      const wanted = new Map<string, { from: string; to: string }>();
      const dirty = new Set<string>();
      for (const l of plan.links) {
        if (l.from === l.to || !seen.has(l.from) || !seen.has(l.to) || wanted.has(l.id)) continue;
        wanted.set(l.id, l);
        const e = links.get(l.id);
        if (!e || e.from !== l.from || e.to !== l.to || moved.has(l.from) || moved.has(l.to)) dirty.add(l.id);
      }
      for (const id of [...links.keys()]) if (!wanted.has(id)) unregister(id);
      // Routes that an obstacle's old or new place touches: they may now be blocked, or have room to run straighter.
      const reach = BUFFER + 4 * NUDGE;
      for (const r of changed) {
        for (const id of wideLinks) if (!dirty.has(id) && routeNear(links.get(id)!.route, r, reach)) dirty.add(id);
        forEachCell(grow(r, reach), (c) => {
          const ids = routeCells.get(c);
          if (!ids) return;
          for (const id of ids) if (!dirty.has(id) && routeNear(links.get(id)!.route, r, reach)) dirty.add(id);
        });
      }
      for (const id of dirty) unregister(id);
      for (const [id, l] of wanted) {
        if (!dirty.has(id)) continue;
        register(id, { from: l.from, to: l.to, route: routeLink(l.from, l.to), segs: [], cells: [] });
      }
      const out = new Map<string, Route>();
      for (const id of wanted.keys()) out.set(id, links.get(id)!.route);
      return out;
    },
    dispose() {
      obstacles.clear();
      hash.clear();
      nodeAt.clear();
      titleRects.clear();
      nodePool.clear();
      poolMembers.clear();
      poolSeen.clear();
      links.clear();
      routeCells.clear();
      segIndex.clear();
      wideLinks.clear();
      wideSegs.clear();
    },
  };
}
