/**
 * Free space on the canvas: where a group of boxes (a paste, a new server) can go without covering
 * another server or pool, as near as possible to where it was asked to go.
 */
import { GRID, POOL_HEADER, POOL_PADDING, unionBoxes } from './geometry';
import type { Box } from './geometry';
import type { Position } from './plan';

/** Space kept between a placed box and anything already there. */
export const PLACEMENT_GAP = 24;
/** How far the search looks, in grid steps each way (64 steps: 1,024 canvas units). */
export const SEARCH_RADIUS = 64;

/** True when the two boxes overlap, or come closer than `gap` to each other. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The part of a pool's box where members go: inside its padding, below its title. */
export function poolInterior(box: Box): Box {
  return {
    x: box.x + POOL_PADDING,
    y: box.y + POOL_HEADER + POOL_PADDING,
    width: Math.max(0, box.width - 2 * POOL_PADDING),
    height: Math.max(0, box.height - 2 * POOL_PADDING - POOL_HEADER),
  };
}

function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

let offsetsCache: { radius: number; offsets: Position[] } | undefined;

/** Grid offsets within `radius` steps, nearest first (ties: less vertical movement, then left before right, up before down). */
function offsetsByDistance(radius: number): Position[] {
  if (offsetsCache?.radius === radius) return offsetsCache.offsets;
  const offsets: Position[] = [];
  for (let i = -radius; i <= radius; i++) for (let j = -radius; j <= radius; j++) offsets.push({ x: i, y: j });
  offsets.sort((a, b) => a.x * a.x + a.y * a.y - (b.x * b.x + b.y * b.y) || Math.abs(a.y) - Math.abs(b.y) || a.x - b.x || a.y - b.y);
  offsetsCache = { radius, offsets };
  return offsets;
}

export interface FreeOffsetOptions {
  /** Where the whole group must stay (a pool's interior). */
  within?: Box;
  gap?: number;
  step?: number;
  radius?: number;
}

/**
 * The smallest shift (on the grid) that puts every box of `group` clear of every obstacle (by `gap`)
 * and, when given, inside `within`. Undefined when no such shift lies within the search radius.
 */
export function findFreeOffset(group: readonly Box[], obstacles: readonly Box[], options: FreeOffsetOptions = {}): Position | undefined {
  const bounds = unionBoxes(group);
  if (!bounds) return { x: 0, y: 0 };
  const gap = options.gap ?? PLACEMENT_GAP;
  const step = options.step ?? GRID;
  const radius = options.radius ?? SEARCH_RADIUS;
  const reach = radius * step + gap;
  // Only obstacles the group could meet anywhere in the search area are tested.
  const area: Box = { x: bounds.x - reach, y: bounds.y - reach, width: bounds.width + 2 * reach, height: bounds.height + 2 * reach };
  const near = obstacles.filter((o) => boxesOverlap(o, area));
  for (const o of offsetsByDistance(radius)) {
    const dx = o.x * step;
    const dy = o.y * step;
    const shifted = { x: bounds.x + dx, y: bounds.y + dy, width: bounds.width, height: bounds.height };
    if (options.within && !inside(shifted, options.within)) continue;
    if (!near.some((b) => boxesOverlap(shifted, b, gap))) {
      // The bounds are clear, so every box in them is (the common case: one test per offset).
      return { x: dx, y: dy };
    }
    if (group.length === 1) continue;
    const clear = group.every((g) => {
      const box = { x: g.x + dx, y: g.y + dy, width: g.width, height: g.height };
      return !near.some((b) => boxesOverlap(box, b, gap));
    });
    if (clear) return { x: dx, y: dy };
  }
  return undefined;
}

/**
 * Where a group of a pool's new members goes: the nearest free spot inside the pool's interior; when
 * the interior is full, the nearest free spot with the pool grown downwards (as little as it takes);
 * failing that, the nearest free spot anywhere.
 */
export function freeOffsetInPool(group: readonly Box[], obstacles: readonly Box[], poolBox: Box): Position {
  const bounds = unionBoxes(group);
  if (!bounds) return { x: 0, y: 0 };
  const interior = poolInterior(poolBox);
  for (let grow = 0; grow <= 8; grow++) {
    const within = { ...interior, height: interior.height + grow * (bounds.height + PLACEMENT_GAP) };
    const found = findFreeOffset(group, obstacles, { within });
    if (found) return found;
  }
  return findFreeOffset(group, obstacles) ?? { x: 0, y: 0 };
}
