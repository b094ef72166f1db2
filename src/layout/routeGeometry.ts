/** The geometry the link router works in: boxes as corner pairs, and the rules of room and cost it keeps. */
import type { Box } from '../domain/geometry';
import type { Position } from '../domain/plan';

/** Room kept between a line and a box it passes. */
export const BUFFER = 10;
/** What a bend costs, in units of length. */
export const BEND = 40;
/** The shortest run out of a box before a bend. */
export const STUB = 12;
/** Past the lines just outside an obstacle's buffer, so that a line on them clears it. */
export const CLEAR = 4;

/** A box by its corners. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const rectOf = (b: Box): Rect => ({ x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height });
export const grow = (r: Rect, d: number): Rect => ({ x1: r.x1 - d, y1: r.y1 - d, x2: r.x2 + d, y2: r.y2 + d });
export const sameRect = (a: Rect, b: Rect) => a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2;

/** Whether the orthogonal segment p→q comes closer than `d` to the inside of r. */
export function segmentHits(p: Position, q: Position, r: Rect, d: number): boolean {
  const lox = Math.min(p.x, q.x);
  const hix = Math.max(p.x, q.x);
  const loy = Math.min(p.y, q.y);
  const hiy = Math.max(p.y, q.y);
  const e = 1e-6;
  return hix > r.x1 - d + e && lox < r.x2 + d - e && hiy > r.y1 - d + e && loy < r.y2 + d - e;
}
