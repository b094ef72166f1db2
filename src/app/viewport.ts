/** The canvas's React Flow instance, for commands that work on the view (zoom, centre, frame). */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Position } from '../domain/plan';
import { MIN_ZOOM, planBounds, viewportFor } from './canvas/detail';
import { planStore } from './stores';

let instance: ReactFlowInstance | null = null;
let paneElement: HTMLElement | null = null;

export function registerFlow(flow: ReactFlowInstance | null, pane: HTMLElement | null) {
  instance = flow;
  paneElement = pane;
}

export function flow(): ReactFlowInstance | null {
  return instance;
}

/** The canvas point at the centre of what the user sees. */
export function viewCenter(): Position {
  if (!instance || !paneElement) return { x: 0, y: 0 };
  const r = paneElement.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}

/**
 * Frames the given servers and pools (all of the plan when none are given), from the plan's boxes:
 * at low zoom a large plan's servers are not all React Flow nodes (see canvas/detail.ts).
 */
function frame(ids: string[] | undefined, options: { padding: number; maxZoom: number; duration: number }) {
  if (!instance || !paneElement) return;
  const pane = paneElement.getBoundingClientRect();
  const viewport = viewportFor(planBounds(planStore.getState().plan, ids), pane.width, pane.height, { ...options, minZoom: MIN_ZOOM });
  if (viewport) void instance.setViewport(viewport, { duration: options.duration });
}

export function frameNodes(ids: string[]) {
  if (ids.length > 0) frame(ids, { padding: 0.4, duration: 250, maxZoom: 1.2 });
}

/** Zoom to fit: the whole plan. */
export function frameAll() {
  frame(undefined, { padding: 0.15, duration: 200, maxZoom: 2.5 });
}
