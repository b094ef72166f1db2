/**
 * Where the planner puts what it makes: a board of servers, pools and links on the layout grid, with the
 * zone regions in columns (the Internet, the perimeter network, the internal network) around what each holds.
 */
import { LAYOUT_COLUMN, LAYOUT_ROW, NODE_SIZE, POOL_PADDING, snap } from '../domain/geometry';
import { buildNode } from '../domain/kinds';
import type { NodeKind, OcsVersion, PlanNode, Pool, Zone, ZoneLayout } from '../domain/plan';
import { withPoolBox } from '../domain/templateParts';
import { ZONE_COLUMNS, ZONE_HEADER, ZONE_PADDING } from '../domain/zones';

export const COL = LAYOUT_COLUMN;
export const ROW = LAYOUT_ROW;
/** From a load balancer's top to the first row of the pool below it: room for the pool's title bar. */
export const LB_TO_MEMBERS = ROW + 40;
/** Between two bands of a site (a pool's bottom border and what follows). */
export const BAND_GAP = 72;
/** Where the first band starts: below the zone regions' title bars. */
export const TOP = ZONE_HEADER + ZONE_PADDING + 16;

export interface NodeSpec {
  id: string;
  kind: NodeKind;
  host: string;
  x: number;
  y: number;
  why: string;
  fields?: Partial<PlanNode>;
}

export class Board {
  readonly nodes: PlanNode[] = [];
  readonly pools: Pool[] = [];
  readonly pairs: [string, string][] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly ocsVersion: OcsVersion,
    readonly domain: string,
  ) {}

  node(spec: NodeSpec): string {
    const position = { x: snap(spec.x, 8), y: snap(spec.y, 8) };
    const node = buildNode(
      spec.kind,
      this.ocsVersion,
      { id: spec.id, name: `${spec.host}.${this.domain}`, position, pool: spec.fields?.pool },
      spec.fields,
    );
    node.why = spec.why;
    this.nodes.push(node);
    return spec.id;
  }

  link(a: string, b: string): this {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (a !== b && !this.seen.has(key)) {
      this.seen.add(key);
      this.pairs.push([a, b]);
    }
    return this;
  }

  /** Adds a pool boxed around its members (already placed). */
  pool(pool: Pool): Pool {
    const boxed = withPoolBox(
      pool,
      this.nodes.filter((n) => n.pool === pool.id),
    );
    this.pools.push(boxed);
    return boxed;
  }

  /** The lowest edge of what was placed so far: the nodes' and the pools' bottom borders. */
  bottom(ids?: ReadonlySet<string>): number {
    let y = -Infinity;
    for (const n of this.nodes) if (!ids || ids.has(n.id)) y = Math.max(y, n.position.y + NODE_SIZE.height);
    for (const p of this.pools) if (!ids || ids.has(p.id)) y = Math.max(y, (p.position?.y ?? 0) + (p.size?.height ?? 0));
    return y;
  }

  /** The zone regions as columns around what each zone holds, from `left` to `right` per zone; all as tall as the whole. */
  zoneLayout(columns: Record<Zone, { left: number; right: number }>): ZoneLayout[] {
    const height = snap(this.bottom() + ZONE_PADDING + POOL_PADDING, 8);
    return ZONE_COLUMNS.map((id) => ({
      id,
      position: { x: columns[id].left, y: 0 },
      size: { width: columns[id].right - columns[id].left, height },
    }));
  }
}
