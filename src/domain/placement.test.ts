import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, findFreeOffset, freeOffsetInPool, offsetBelow, PLACEMENT_GAP, poolInterior } from './placement';
import type { Box } from './geometry';

const box = (x: number, y: number, width = 184, height = 64): Box => ({ x, y, width, height });

describe('free space', () => {
  it('a group already clear stays where it is', () => {
    expect(findFreeOffset([box(0, 0)], [box(400, 0)])).toEqual({ x: 0, y: 0 });
  });

  it('a box on top of another moves the least distance that clears it, by the gap', () => {
    const offset = findFreeOffset([box(0, 0)], [box(0, 0)])!;
    // Clearing downwards (64 + gap) is shorter than sideways (184 + gap).
    expect(offset.x).toBe(0);
    expect(Math.abs(offset.y)).toBeGreaterThanOrEqual(64 + PLACEMENT_GAP);
    expect(Math.abs(offset.y)).toBeLessThan(64 + PLACEMENT_GAP + 16);
  });

  it('never lands on an obstacle (any obstacles, any group)', () => {
    const boxes = fc
      .record({ x: fc.integer({ min: -400, max: 400 }), y: fc.integer({ min: -400, max: 400 }) })
      .map(({ x, y }) => box(x, y));
    fc.assert(
      fc.property(fc.array(boxes, { minLength: 1, maxLength: 3 }), fc.array(boxes, { maxLength: 30 }), (group, obstacles) => {
        const offset = findFreeOffset(group, obstacles);
        if (!offset) return;
        for (const g of group) {
          const moved = { ...g, x: g.x + offset.x, y: g.y + offset.y };
          for (const o of obstacles) expect(boxesOverlap(moved, o, PLACEMENT_GAP)).toBe(false);
        }
      }),
    );
  });

  it('inside a pool: the nearest free spot in its interior; when that is full, the pool grows downwards', () => {
    const pool: Box = { x: 0, y: 0, width: 480, height: 280 };
    const interior = poolInterior(pool);
    const first = box(interior.x, interior.y);
    const offset = freeOffsetInPool([first], [first], pool);
    const placed = { ...first, x: first.x + offset.x, y: first.y + offset.y };
    expect(placed.x).toBeGreaterThanOrEqual(interior.x);
    expect(placed.x + placed.width).toBeLessThanOrEqual(interior.x + interior.width);
    expect(placed.y + placed.height).toBeLessThanOrEqual(interior.y + interior.height);

    // A full interior: the new box goes below, where the pool will grow.
    const full = [first, box(interior.x + 208, interior.y), box(interior.x, interior.y + 96), box(interior.x + 208, interior.y + 96)];
    const o2 = freeOffsetInPool([first], full, pool);
    const below = first.y + o2.y;
    expect(below).toBeGreaterThan(interior.y + interior.height - 64);
    expect(first.x + o2.x).toBeGreaterThanOrEqual(interior.x);
    for (const b of full) expect(boxesOverlap({ ...first, x: first.x + o2.x, y: below }, b, PLACEMENT_GAP)).toBe(false);
  });
});

describe('a group too large to search for', () => {
  it('goes below everything, clear of it', () => {
    const obstacles = Array.from({ length: 40 }, (_, i) => box((i % 8) * 220, Math.floor(i / 8) * 100));
    const group = obstacles.map((b) => ({ ...b }));
    const wide = [...group, box(3000, 0)];
    expect(findFreeOffset(wide, obstacles)).toBeUndefined();
    const offset = offsetBelow(wide, obstacles);
    for (const g of wide) for (const o of obstacles) expect(boxesOverlap({ ...g, y: g.y + offset.y }, o, PLACEMENT_GAP)).toBe(false);
  });
});
