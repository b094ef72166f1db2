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
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
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

const CELL = 256;

/** Obstacles bucketed by a coarse grid, so a test looks only at the obstacles near a box. */
class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(
    boxes: readonly Box[],
    private readonly gap: number,
  ) {
    for (const b of boxes)
      this.forCells(b, (key) => {
        const list = this.cells.get(key);
        if (list) list.push(b);
        else this.cells.set(key, [b]);
      });
  }
  private forCells(b: Box, visit: (key: string) => void) {
    const g = this.gap;
    for (let i = Math.floor((b.x - g) / CELL); i <= Math.floor((b.x + b.width + g) / CELL); i++) {
      for (let j = Math.floor((b.y - g) / CELL); j <= Math.floor((b.y + b.height + g) / CELL); j++) visit(`${i},${j}`);
    }
  }
  /** True when the box comes within the gap of any obstacle. */
  hits(b: Box): boolean {
    let hit = false;
    this.forCells(b, (key) => {
      if (!hit && this.cells.get(key)?.some((o) => boxesOverlap(b, o, this.gap))) hit = true;
    });
    return hit;
  }
}

/**
 * The smallest shift (on the grid) that puts every box of `group` clear of every obstacle (by `gap`)
 * and, when given, inside `within`. Undefined when no such shift lies within the search radius
 * (or the group is too large for one to be searched for).
 */
export function findFreeOffset(group: readonly Box[], obstacles: readonly Box[], options: FreeOffsetOptions = {}): Position | undefined {
  const bounds = unionBoxes(group);
  if (!bounds) return { x: 0, y: 0 };
  const gap = options.gap ?? PLACEMENT_GAP;
  const step = options.step ?? GRID;
  const radius = options.radius ?? SEARCH_RADIUS;
  if (Math.max(bounds.width, bounds.height) > radius * step) return undefined;
  const reach = radius * step + gap;
  // Only obstacles the group could meet anywhere in the search area are indexed.
  const area: Box = { x: bounds.x - reach, y: bounds.y - reach, width: bounds.width + 2 * reach, height: bounds.height + 2 * reach };
  const index = new BoxIndex(
    obstacles.filter((o) => boxesOverlap(o, area)),
    gap,
  );
  let lastHit = 0;
  for (const o of offsetsByDistance(radius)) {
    const dx = o.x * step;
    const dy = o.y * step;
    const shifted = { x: bounds.x + dx, y: bounds.y + dy, width: bounds.width, height: bounds.height };
    if (options.within && !inside(shifted, options.within)) continue;
    if (group.length === 1) {
      if (!index.hits(shifted)) return { x: dx, y: dy };
      continue;
    }
    // The box that was in the way last time is likely in the way again: test it first.
    const moved = (g: Box): Box => ({ x: g.x + dx, y: g.y + dy, width: g.width, height: g.height });
    if (index.hits(moved(group[lastHit]))) continue;
    const blocked = group.findIndex((g) => index.hits(moved(g)));
    if (blocked < 0) return { x: dx, y: dy };
    lastHit = blocked;
  }
  return undefined;
}

/** A shift that puts the group below everything (for a group too large, or a canvas too full, to search). */
export function offsetBelow(group: readonly Box[], obstacles: readonly Box[], gap = PLACEMENT_GAP): Position {
  const bounds = unionBoxes(group);
  const all = unionBoxes(obstacles);
  if (!bounds || !all) return { x: 0, y: 0 };
  const dy = Math.max(0, Math.ceil((all.y + all.height + 2 * gap - bounds.y) / GRID) * GRID);
  return { x: 0, y: dy };
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
  return findFreeOffset(group, obstacles) ?? offsetBelow(group, obstacles);
}
