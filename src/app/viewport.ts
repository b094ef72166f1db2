/** The canvas's React Flow instance, for commands that work on the view (zoom, centre, frame). */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Position } from '../domain/plan';

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

export function frameNodes(ids: string[]) {
  if (!instance || ids.length === 0) return;
  void instance.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.4, duration: 250, maxZoom: 1.2 });
}
