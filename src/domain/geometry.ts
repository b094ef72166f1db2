/** Sizes and box arithmetic shared by the canvas, the SVG export and the pool layout. */
import type { Plan, PlanNode, Pool, Position, Size } from './plan';

/** Every server node is drawn at this size (canvas units). */
export const NODE_SIZE: Size = { width: 184, height: 64 };
/** Space between a pool's border and its members. */
export const POOL_PADDING = 24;
/** Height of a pool's title bar, above its members. */
export const POOL_HEADER = 40;
/** A new, empty pool's size. */
export const DEFAULT_POOL_SIZE: Size = { width: 480, height: 280 };
export const GRID = 16;
/** The layout grid of generated plans (templates, fixes, large plans): one column and one row of servers. */
export const LAYOUT_COLUMN = 216;
export const LAYOUT_ROW = 140;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function nodeBox(node: Pick<PlanNode, 'position'>): Box {
  return { x: node.position.x, y: node.position.y, ...NODE_SIZE };
}

export function nodeCenter(node: Pick<PlanNode, 'position'>): Position {
  return { x: node.position.x + NODE_SIZE.width / 2, y: node.position.y + NODE_SIZE.height / 2 };
}

export function unionBoxes(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function containsPoint(box: Box, p: Position): boolean {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}

/** The box that just holds the given members, with padding and room for the title. */
export function boxAroundMembers(members: readonly Pick<PlanNode, 'position'>[]): Box | undefined {
  const u = unionBoxes(members.map(nodeBox));
  if (!u) return undefined;
  return {
    x: u.x - POOL_PADDING,
    y: u.y - POOL_PADDING - POOL_HEADER,
    width: u.width + 2 * POOL_PADDING,
    height: u.height + 2 * POOL_PADDING + POOL_HEADER,
  };
}

/**
 * A pool's box as drawn: its own position and size where it has them,
 * grown to hold all its members; where it has none, the box around its members.
 */
export function poolBox(pool: Pool, members: readonly Pick<PlanNode, 'position'>[]): Box {
  const around = boxAroundMembers(members);
  if (pool.position && pool.size) {
    // Field by field: unknown fields of a position or size (a `width` in a position) are not part of the box.
    const own: Box = { x: pool.position.x, y: pool.position.y, width: pool.size.width, height: pool.size.height };
    return around ? unionBoxes([own, around])! : own;
  }
  if (around) return around;
  const size = pool.size ?? DEFAULT_POOL_SIZE;
  return { x: pool.position?.x ?? 0, y: pool.position?.y ?? 0, width: size.width, height: size.height };
}

/** Members of every pool, in one pass over the nodes. */
export function membersByPool(plan: Pick<Plan, 'nodes'>): Map<string, PlanNode[]> {
  const map = new Map<string, PlanNode[]>();
  for (const n of plan.nodes) {
    if (n.pool === undefined) continue;
    const list = map.get(n.pool);
    if (list) list.push(n);
    else map.set(n.pool, [n]);
  }
  return map;
}

/** The bounding box of everything in the plan. */
export function planBounds(plan: Plan): Box | undefined {
  const members = membersByPool(plan);
  const boxes: Box[] = plan.nodes.map(nodeBox);
  for (const pool of plan.pools) boxes.push(poolBox(pool, members.get(pool.id) ?? []));
  return unionBoxes(boxes);
}

export function snap(value: number, grid = GRID): number {
  return Math.round(value / grid) * grid;
}

/**
 * A position moved to (x, y), keeping every other field it carries (such as `z`, unknown to this app):
 * positions and sizes are never rebuilt from their known fields alone.
 */
export function movedTo(position: Position | undefined, x: number, y: number): Position {
  return { ...position, x, y };
}

/** A size set to (width, height), keeping every other field it carries. */
export function resizedTo(size: Size | undefined, width: number, height: number): Size {
  return { ...size, width, height };
}
