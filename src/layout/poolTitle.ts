/**
 * The part of a pool's title bar that its name and configuration take: the router keeps links out
 * of it, so that no line runs through a pool's title, on the canvas or in the exports. One box
 * covers the title as both draw it (the export: name, then the configuration below it; the canvas:
 * both on one line, a little larger), so the routes are the same for both.
 */
import { membersByPool, poolBox } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import { POOL_KIND_INFO } from '../domain/kinds';
import { poolTemplateKind } from '../domain/plan';
import type { PlanNode, Pool } from '../domain/plan';
import { textWidth } from '../io/svgText';

/** The pool's second title line: its configuration and, where planned, its users. */
export function poolSubtitle(pool: Pool): string {
  const label = POOL_KIND_INFO[poolTemplateKind(pool)]?.label ?? String(pool.edition);
  if (pool.users === undefined) return label;
  return `${label} · ${pool.users.toLocaleString('en-US')} ${pool.users === 1 ? 'user' : 'users'}`;
}

/** Left inset of the title text, and room kept after it. */
const INSET = 14;
const AFTER = 12;
const CANVAS_FONT = 1.2;
/**
 * The text's top and bottom inside the title bar (the export's name from 5 to its configuration's
 * descent at 36; the canvas's from 8 to 26). Not the bar's full height: members sit 24 below it, and
 * the router keeps its buffer round both, so a member right under the title stays reachable.
 */
const TOP = 4;
const BOTTOM = 36;

/** The title text's width by pool (a plan's pools are not changed in place: an edit makes a new one). */
const textWidths = new WeakMap<Pool, number>();

function titleTextWidth(pool: Pool): number {
  let w = textWidths.get(pool);
  if (w !== undefined) return w;
  const name = String(pool.name);
  const sub = poolSubtitle(pool);
  const exportWidth = Math.max(textWidth(name, 13, true), textWidth(sub, 11));
  // The canvas uses the system's sans-serif, which may run a fifth wider than the export's (DejaVu Sans against Arial).
  const canvasWidth = CANVAS_FONT * (textWidth(name, 14, true) + textWidth(sub, 12)) + 8;
  w = Math.max(exportWidth, canvasWidth);
  textWidths.set(pool, w);
  return w;
}

/** The title's box inside the pool's box `box`: from the pool's left edge to the end of its text, over the text's lines. */
export function poolTitleBox(pool: Pool, box: Box): Box {
  const width = Math.min(box.width, INSET + titleTextWidth(pool) + AFTER);
  return { x: box.x, y: box.y + TOP, width, height: Math.max(0, Math.min(BOTTOM, box.height) - TOP) };
}

/** Every pool's title box, by pool id. */
export function poolTitleBoxes(plan: { pools?: readonly Pool[]; nodes: readonly Pick<PlanNode, 'position' | 'pool'>[] }): Map<string, Box> {
  const out = new Map<string, Box>();
  if (!plan.pools?.length) return out;
  const members = membersByPool(plan as { nodes: PlanNode[] });
  for (const pool of plan.pools) out.set(pool.id, poolTitleBox(pool, poolBox(pool, members.get(pool.id) ?? [])));
  return out;
}
