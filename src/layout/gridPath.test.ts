import { describe, expect, it } from 'vitest';
import { gridPath } from './gridPath';
import { BUFFER, segmentHits } from './routeGeometry';
import type { Rect } from './routeGeometry';

const box = (x: number, y: number, w = 184, h = 64): Rect => ({ x1: x, y1: y, x2: x + w, y2: y + h });
const centre = (r: Rect) => ({ x: (r.x1 + r.x2) / 2, y: (r.y1 + r.y2) / 2 });
const win = (m: number, ...rs: Rect[]): Rect => ({
  x1: Math.min(...rs.map((r) => r.x1)) - m,
  y1: Math.min(...rs.map((r) => r.y1)) - m,
  x2: Math.max(...rs.map((r) => r.x2)) + m,
  y2: Math.max(...rs.map((r) => r.y2)) + m,
});

describe('the router’s grid search', () => {
  it('goes round a box in the way with the fewest bends, BUFFER clear of it, from centre to centre', () => {
    const A = box(0, 0);
    const B = box(600, 0);
    const wall = box(300, -40, 184, 144);
    const path = gridPath(centre(A), centre(B), A, B, win(200, A, B), [wall])!;
    expect(path[0]).toEqual(centre(A));
    expect(path[path.length - 1]).toEqual(centre(B));
    for (let i = 1; i < path.length; i++) {
      expect(path[i].x === path[i - 1].x || path[i].y === path[i - 1].y).toBe(true);
      expect(segmentHits(path[i - 1], path[i], wall, BUFFER)).toBe(false);
    }
    // Out of A's bottom (or top), past the wall, into B's: two bends, the fewest a way round has.
    const bends = path.slice(2).filter((p, i) => (p.x === path[i + 1].x) !== (path[i + 1].x === path[i].x)).length;
    expect(bends).toBe(2);
  });

  it('finds no path out of a ring of boxes, and none on a grid too large to walk', () => {
    const A = box(0, 0);
    const ring = [box(-200, -80, 584, 40), box(-200, 104, 584, 40), box(-200, -80, 40, 224), box(344, -80, 40, 224)];
    const B = box(800, 0);
    expect(gridPath(centre(A), centre(B), A, B, win(300, A, B), ring)).toBeUndefined();
    // Boxes on a diagonal: each adds lines of its own on both axes, 600 and more each way.
    const many = Array.from({ length: 300 }, (_, i) => box(1000 + i * 300, 400 + i * 200));
    expect(gridPath(centre(A), centre(B), A, B, win(10_000, A, B, ...many), many)).toBeUndefined();
  });
});
