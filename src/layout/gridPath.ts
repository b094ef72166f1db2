/**
 * The link router's fallback, where none of the shapes it tries is clear: a path on a grid of the
 * lines beside the obstacles in a window round the two boxes.
 */
import type { Position } from '../domain/plan';
import { BEND, BUFFER, CLEAR, STUB } from './routeGeometry';
import type { Rect } from './routeGeometry';

/** The largest grid the search walks (points). */
const MAX_GRID = 250_000;
/** How far from its own boxes a route bends at the nearest (the shapes keep STUB). */
const OWN = Math.max(BUFFER, STUB) + 1;

/** A binary heap of grid states by cost, for the fallback search. */
class Heap {
  private readonly keys: number[] = [];
  private readonly vals: number[] = [];
  get size() {
    return this.keys.length;
  }
  topKey(): number {
    return this.keys[0];
  }
  push(key: number, val: number) {
    const k = this.keys;
    const v = this.vals;
    let i = k.length;
    k.push(key);
    v.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p] <= key) break;
      k[i] = k[p];
      v[i] = v[p];
      i = p;
    }
    k[i] = key;
    v[i] = val;
  }
  pop(): number {
    const k = this.keys;
    const v = this.vals;
    const top = v[0];
    const lastK = k.pop()!;
    const lastV = v.pop()!;
    if (k.length > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= k.length) break;
        if (c + 1 < k.length && k[c + 1] < k[c]) c++;
        if (k[c] >= lastK) break;
        k[i] = k[c];
        v[i] = v[c];
        i = c;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}

/** The fallback search's state arrays, kept between searches and grown as needed (a stamp tells this search's entries). */
let dist = new Float64Array(0);
let prev = new Int32Array(0);
let stamp = new Uint32Array(0);
let generation = 0;
const DI = [1, -1, 0, 0];
const DJ = [0, 0, 1, -1];

/** Sorted, without repeats (values within half a unit count as one). */
function uniqueSorted(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1] > 0.5) out.push(v);
  return out;
}

/**
 * The path from the centre a of box A to the centre b of box B with the fewest bends, then the
 * shortest, on the lines just outside the obstacles' buffers (and midway between them) within the
 * window: an A* search over the grid those lines make. It leaves and enters A and B along their centre
 * lines and bends only OWN clear of them; undefined where no path is found, or where the grid would be
 * larger than MAX_GRID points.
 */
export function gridPath(a: Position, b: Position, A: Rect, B: Rect, win: Rect, blockers: readonly Rect[]): Position[] | undefined {
  const xs = [a.x, b.x, win.x1, win.x2];
  const ys = [a.y, b.y, win.y1, win.y2];
  for (const o of [...blockers, A, B]) {
    xs.push(o.x1 - BUFFER - CLEAR, o.x2 + BUFFER + CLEAR);
    ys.push(o.y1 - BUFFER - CLEAR, o.y2 + BUFFER + CLEAR);
  }
  const withMiddles = (list: number[]) => {
    const sorted = uniqueSorted(list);
    const out = [...sorted];
    for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > 4 * BUFFER) out.push((sorted[i] + sorted[i - 1]) / 2);
    return uniqueSorted(out);
  };
  const X = withMiddles(xs.filter((x) => x >= win.x1 && x <= win.x2));
  const Y = withMiddles(ys.filter((y) => y >= win.y1 && y <= win.y2));
  const nx = X.length;
  const ny = Y.length;
  if (nx * ny > MAX_GRID) return undefined;
  // A grid point inside an obstacle's buffer is blocked. Every obstacle has grid lines just outside its
  // buffer and at least one inside it, so a step between two free neighbours never crosses one.
  const free = new Uint8Array(nx * ny).fill(1);
  const firstAbove = (list: number[], v: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The link's own boxes are kept clear too, but for their centre lines: a route leaves each box along
  // one of them and bends only once past its buffer. Then every other obstacle.
  const block = (o: Rect, d: number) => {
    const i2 = firstAbove(X, o.x2 + d - 1e-6);
    const j1 = firstAbove(Y, o.y1 - d);
    const j2 = firstAbove(Y, o.y2 + d - 1e-6);
    for (let i = firstAbove(X, o.x1 - d); i < i2; i++) for (let j = j1; j < j2; j++) free[j * nx + i] = 0;
  };
  for (const [c, r] of [
    [a, A],
    [b, B],
  ] as const) {
    block(r, OWN);
    const ci = X.indexOf(c.x);
    const cj = Y.indexOf(c.y);
    for (let i = firstAbove(X, r.x1 - OWN); cj >= 0 && i < nx && X[i] < r.x2 + OWN; i++) free[cj * nx + i] = 1;
    for (let j = firstAbove(Y, r.y1 - OWN); ci >= 0 && j < ny && Y[j] < r.y2 + OWN; j++) free[j * nx + ci] = 1;
  }
  for (const o of blockers) block(o, BUFFER);
  const si = X.indexOf(a.x);
  const sj = Y.indexOf(a.y);
  const ti = X.indexOf(b.x);
  const tj = Y.indexOf(b.y);
  if (si < 0 || sj < 0 || ti < 0 || tj < 0) return undefined;
  // A*: state = point × direction of arrival (0 →, 1 ←, 2 ↓, 3 ↑; 4 at the start); the estimate is the
  // distance left, plus a bend where the point is on neither of the goal's lines.
  const n = nx * ny * 5;
  if (dist.length < n) {
    dist = new Float64Array(n);
    prev = new Int32Array(n);
    stamp = new Uint32Array(n);
  }
  const gen = ++generation;
  const bx = X[ti];
  const by = Y[tj];
  const h = (i: number, j: number) => Math.abs(X[i] - bx) + Math.abs(Y[j] - by) + (X[i] !== bx && Y[j] !== by ? BEND : 0);
  const heap = new Heap();
  const start = (sj * nx + si) * 5 + 4;
  dist[start] = 0;
  prev[start] = -1;
  stamp[start] = gen;
  heap.push(h(si, sj), start);
  const goal = tj * nx + ti;
  let found = -1;
  while (heap.size > 0) {
    const key = heap.topKey();
    const s = heap.pop();
    const pt = (s / 5) | 0;
    const i = pt % nx;
    const j = (pt / nx) | 0;
    const d = dist[s];
    if (key > d + h(i, j) + 1e-9) continue; // stale
    if (pt === goal) {
      found = s;
      break;
    }
    const dir = s % 5;
    for (let k = 0; k < 4; k++) {
      if (dir !== 4 && (dir ^ 1) === k) continue; // no turning back
      const i2 = i + DI[k];
      const j2 = j + DJ[k];
      if (i2 < 0 || j2 < 0 || i2 >= nx || j2 >= ny) continue;
      const p2 = j2 * nx + i2;
      if (!free[p2] && p2 !== goal) continue;
      const nd = d + Math.abs(X[i2] - X[i]) + Math.abs(Y[j2] - Y[j]) + (dir !== 4 && dir !== k ? BEND : 0);
      const s2 = p2 * 5 + k;
      if (stamp[s2] === gen && nd >= dist[s2]) continue;
      stamp[s2] = gen;
      dist[s2] = nd;
      prev[s2] = s;
      heap.push(nd + h(i2, j2), s2);
    }
  }
  if (found < 0) return undefined;
  const pts: Position[] = [];
  for (let s = found; s >= 0; s = prev[s]) {
    const pt = (s / 5) | 0;
    pts.push({ x: X[pt % nx], y: Y[(pt / nx) | 0] });
  }
  return pts.reverse();
}
