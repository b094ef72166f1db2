/**
 * How much of a large plan the canvas draws (its level of detail), and framing a plan without asking
 * React Flow (which, at low zoom, does not hold every server: see Canvas).
 *
 * - `full`: every server as its node (name, kind, icon, link handles). Plans over VISIBLE_ONLY_SERVERS
 *   render only the nodes and links in view (React Flow's onlyRenderVisibleElements).
 * - `boxes`: plans over LOD_SERVERS, below LOD_ZOOM: each server a plain box of the same size and
 *   colours, with grey bars where its text would be (about 5 px high there), no handles, no badge;
 *   links without the gap stroke. Still React Flow nodes: they can be dragged, selected and linked.
 * - `picture`: plans over PICTURE_SERVERS, below LOD_ZOOM: no server or link is a DOM element; one
 *   canvas layer (PlanPicture) draws pools, boxes and links the way `boxes` does. Zooming in past
 *   LOD_ZOOM brings back the nodes in view.
 */
import { createContext } from 'react';
import { getViewportForBounds } from '@xyflow/react';
import type { Viewport } from '@xyflow/react';
import { NODE_SIZE, unionBoxes } from '../../domain/geometry';
import type { Box } from '../../domain/geometry';
import { allPoolBoxes } from '../../domain/operations';
import type { Plan } from '../../domain/plan';
import { zoneBoxes } from '../../domain/zones';
import { zoneNodeId } from './ZoneNode';

export type Detail = 'full' | 'boxes' | 'picture';

/** Below this zoom a server's 12 px name is under 5 px high: large plans draw boxes instead. */
export const LOD_ZOOM = 0.4;
export const LOD_SERVERS = 500;
export const PICTURE_SERVERS = 4000;
export const VISIBLE_ONLY_SERVERS = 500;
/** The farthest the canvas zooms out: a 10,000-server plan fits a laptop's screen. */
export const MIN_ZOOM = 0.01;
/** How the canvas frames a plan when it is opened. */
export const FIT = { padding: 0.15, minZoom: MIN_ZOOM, maxZoom: 1 } as const;

export function detailOf(zoom: number, servers: number): Detail {
  if (servers <= LOD_SERVERS || zoom >= LOD_ZOOM) return 'full';
  return servers > PICTURE_SERVERS ? 'picture' : 'boxes';
}

/** The detail each server node and link reads (one context value, not a subscription per node). */
export const DetailContext = createContext<Detail>('full');

/** The boxes of the given plan objects (servers, pools, zones by their flow ids), or of everything drawn. */
export function planBounds(plan: Plan, ids?: readonly string[]): Box | undefined {
  const want = ids ? new Set(ids) : undefined;
  const boxes: Box[] = [];
  for (const n of plan.nodes) if (!want || want.has(n.id)) boxes.push({ ...n.position, ...NODE_SIZE });
  for (const [id, box] of allPoolBoxes(plan)) if (!want || want.has(id)) boxes.push(box);
  for (const [zone, box] of zoneBoxes(plan) ?? []) if (!want || want.has(zoneNodeId(zone))) boxes.push(box);
  return unionBoxes(boxes);
}

/** The viewport that frames `bounds` in a pane of `width` × `height`, as React Flow's fitView would. */
export function viewportFor(
  bounds: Box | undefined,
  width: number,
  height: number,
  options: { padding: number; minZoom: number; maxZoom: number } = FIT,
): Viewport | undefined {
  if (!bounds || width <= 0 || height <= 0) return undefined;
  return getViewportForBounds(bounds, width, height, options.minZoom, options.maxZoom, options.padding);
}
