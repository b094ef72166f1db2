/**
 * Immutable plan editing for fixes: a draft copies the plan's lists, replaces (never mutates) the objects
 * it changes, and hands out new ids, names and free positions.
 */
import type { Box } from '../domain/geometry';
import {
  boxAroundMembers,
  LAYOUT_COLUMN,
  LAYOUT_ROW,
  membersByPool,
  NODE_SIZE,
  nodeBox,
  POOL_HEADER,
  POOL_PADDING,
  poolBox,
  snap,
  unionBoxes,
} from '../domain/geometry';
import { buildNode, KIND_INFO } from '../domain/kinds';
import { idFactory, nextName, planDomain, takenNames } from '../domain/names';
import type { Link, NodeKind, Plan, PlanNode, Pool, Position } from '../domain/plan';

/** Horizontal and vertical step between placed nodes: the layout grid of geometry.ts. */
export const COLUMN = LAYOUT_COLUMN;
export const ROW = LAYOUT_ROW;
const GAP = 16;
/** How many slots either side of the wanted spot a pool's free slot is looked for. */
const WINDOW = 6;

export class PlanDraft {
  private nodes: PlanNode[];
  private pools: Pool[];
  private links: Link[];
  private newId?: (prefix: string) => string;
  private taken?: Set<string>;
  private domain?: string;

  constructor(private readonly base: Plan) {
    this.nodes = [...base.nodes];
    this.pools = [...base.pools];
    this.links = [...base.links];
  }

  node(id: string): PlanNode | undefined {
    return this.nodes.find((n) => n.id === id);
  }

  updateNode(id: string, change: (node: PlanNode) => PlanNode): this {
    this.nodes = this.nodes.map((n) => (n.id === id ? change(n) : n));
    return this;
  }

  updatePool(id: string, change: (pool: Pool) => Pool): this {
    this.pools = this.pools.map((p) => (p.id === id ? change(p) : p));
    return this;
  }

  /** Removes nodes and every link touching them. */
  removeNodes(ids: Iterable<string>): this {
    const gone = new Set(ids);
    this.nodes = this.nodes.filter((n) => !gone.has(n.id));
    this.links = this.links.filter((l) => !gone.has(l.from) && !gone.has(l.to));
    return this;
  }

  removeLinks(remove: (link: Link) => boolean): this {
    this.links = this.links.filter((l) => !remove(l));
    return this;
  }

  /** Removes every link between two nodes. */
  unlink(a: string, b: string): this {
    return this.removeLinks((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
  }

  /** Links two nodes unless they already are. */
  link(a: string, b: string): this {
    if (a === b) return this;
    if (this.links.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a))) return this;
    this.links = [...this.links, { id: this.id('l'), from: a, to: b }];
    return this;
  }

  /** A new id, unique in the plan. */
  id(prefix: string): string {
    this.newId ??= idFactory(this.base);
    return this.newId(prefix);
  }

  /** A new server name for a kind (`fe05.contoso.com`), unique in the plan. */
  name(kind: NodeKind): string {
    return this.freeName(KIND_INFO[kind].namePrefix);
  }

  /** `prefix01.domain`, `prefix02.domain`, ...: the first name no node or pool of the draft uses. */
  freeName(prefix: string): string {
    this.taken ??= takenNames({ nodes: this.nodes, pools: this.pools });
    this.domain ??= planDomain(this.base);
    return nextName(prefix, this.domain, this.taken);
  }

  /**
   * Adds a server of a kind, named and placed at the free spot nearest `near`
   * (in `pool` when given: inside its box, which grows where it is full; never over another node, nor inside another pool's box).
   */
  addNode(kind: NodeKind, near: Position, pool?: string, fields: Partial<PlanNode> = {}): PlanNode {
    const node = buildNode(
      kind,
      this.base.ocsVersion,
      {
        id: this.id(KIND_INFO[kind].namePrefix),
        name: this.name(kind),
        position: pool !== undefined ? this.spotInPool(near, pool) : this.freeSpot(near),
        pool,
      },
      fields,
    );
    if (pool !== undefined) node.pool = pool;
    this.nodes = [...this.nodes, node];
    return node;
  }

  /** The grid spot nearest `near` where a node touches no other node and no box of a pool other than `pool`. */
  freeSpot(near: Position, pool?: string): Position {
    const obstacles: Box[] = this.nodes.map((n) => grow(nodeBox(n), GAP));
    const members = membersByPool({ nodes: this.nodes });
    for (const p of this.pools) if (p.id !== pool) obstacles.push(grow(poolBox(p, members.get(p.id) ?? []), GAP));
    const start = { x: snap(near.x), y: snap(near.y) };
    for (let ring = 0; ring <= 40; ring++) {
      for (const [dx, dy] of ringOffsets(ring)) {
        const spot = { x: start.x + dx * COLUMN, y: start.y + dy * ROW };
        const box = { ...spot, ...NODE_SIZE };
        if (!obstacles.some((o) => overlaps(o, box))) return spot;
      }
    }
    return start;
  }

  /** Makes an existing node a member of a pool, moved to a free spot in the pool's box (near `near`). */
  moveIntoPool(id: string, pool: string, near: Position): this {
    const position = this.spotInPool(near, pool, id);
    return this.updateNode(id, (n) => ({ ...n, pool, position }));
  }

  /**
   * A spot for a new member of `poolId`: `near` itself, or a slot of the pool's grid (one column and row
   * apart, from its top-left member slot), inside its box where one is free, else in a slot just right of or
   * below the box, so that the box grows to hold it. Never over a node; and the grown box covers no
   * node outside the pool and no other pool. The nearest such slot to `near` wins. `ignore`: a node
   * that is being moved (it is no obstacle).
   */
  spotInPool(near: Position, poolId: string, ignore?: string): Position {
    const pool = this.pools.find((p) => p.id === poolId);
    if (!pool) return this.freeSpot(near, poolId);
    const members: PlanNode[] = [];
    const outsiders: Box[] = [];
    for (const n of this.nodes) {
      if (n.id === ignore) continue;
      if (n.pool === poolId) members.push(n);
      else outsiders.push(grow(nodeBox(n), GAP));
    }
    const byPool = membersByPool({ nodes: this.nodes.filter((n) => n.id !== ignore) });
    for (const p of this.pools) if (p.id !== poolId) outsiders.push(grow(poolBox(p, byPool.get(p.id) ?? []), GAP));
    const taken = members.map((n) => grow(nodeBox(n), GAP));
    const box = poolBox(pool, members);
    // Growing the box must not swallow anything; what already overlaps it is only an obstacle to the slots themselves.
    const clear = outsiders.filter((o) => !overlaps(o, box));
    const x0 = box.x + POOL_PADDING;
    const y0 = box.y + POOL_PADDING + POOL_HEADER;
    // The slots of the box and one more column and row beyond it, within a window around `near` (a box may be huge).
    const columns = Math.max(1, Math.ceil(box.width / COLUMN)) + 1;
    const rows = Math.max(1, Math.ceil(box.height / ROW)) + 1;
    const window = (at: number, from: number, step: number, count: number): [number, number] => {
      const k = Math.min(Math.max(0, Math.round((at - from) / step)), count - 1);
      return [Math.max(0, k - WINDOW), Math.min(count - 1, k + WINDOW)];
    };
    const [i0, i1] = window(near.x, x0, COLUMN, columns);
    const [j0, j1] = window(near.y, y0, ROW, rows);
    let best: { spot: Position; score: number } | undefined;
    const candidates: Position[] = [{ x: snap(near.x), y: snap(near.y) }];
    // Counted loops: at huge coordinates `i + 1 === i` in floating point.
    for (let dj = 0; dj <= Math.min(j1 - j0, 2 * WINDOW); dj++)
      for (let di = 0; di <= Math.min(i1 - i0, 2 * WINDOW); di++) candidates.push({ x: x0 + (i0 + di) * COLUMN, y: y0 + (j0 + dj) * ROW });
    for (const spot of candidates) {
      const own = { ...spot, ...NODE_SIZE };
      if (taken.some((t) => overlaps(t, own)) || outsiders.some((o) => overlaps(o, own))) continue;
      const inside =
        own.x >= x0 &&
        own.y >= y0 &&
        own.x + own.width <= box.x + box.width - POOL_PADDING &&
        own.y + own.height <= box.y + box.height - POOL_PADDING;
      if (!inside && clear.some((o) => overlaps(o, unionBoxes([box, boxAroundMembers([{ position: spot }])!])!))) continue;
      const dx = spot.x - near.x;
      const dy = spot.y - near.y;
      // Any free spot inside the box beats every spot that makes the box grow.
      const score = (inside ? 0 : 1e12) + dx * dx + dy * dy;
      if (!best || score < best.score) best = { spot, score };
    }
    return best?.spot ?? this.freeSpot(near, poolId);
  }

  result(): Plan {
    return { ...this.base, nodes: this.nodes, pools: this.pools, links: this.links };
  }
}

function grow(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Offsets on the square ring at distance `r`: the same row first, then nearer rows, right before left. */
function ringOffsets(r: number): [number, number][] {
  if (r === 0) return [[0, 0]];
  const out: [number, number][] = [];
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (Math.max(Math.abs(dx), Math.abs(dy)) === r) out.push([dx, dy]);
  const rank = ([dx, dy]: [number, number]) => Math.abs(dy) * 1000 + (dy < 0 ? 500 : 0) + Math.abs(dx) * 2 + (dx < 0 ? 1 : 0);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** The mean position of some nodes, or undefined for none. */
export function centre(nodes: readonly PlanNode[]): Position | undefined {
  if (nodes.length === 0) return undefined;
  let x = 0;
  let y = 0;
  for (const n of nodes) {
    x += n.position.x;
    y += n.position.y;
  }
  return { x: x / nodes.length, y: y / nodes.length };
}

/** Runs edits on a draft of the plan and returns the new plan. */
export function edit(plan: Plan, change: (draft: PlanDraft) => void): Plan {
  const draft = new PlanDraft(plan);
  change(draft);
  return draft.result();
}
