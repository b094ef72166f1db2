/**
 * Measurement of drawn routes, for tests and checks: sample each polyline and find the server boxes
 * (other than its two ends) that it passes through.
 */
import type { Box } from '../domain/geometry';
import type { Position } from '../domain/plan';

/** Points every `step` units along the polyline. */
export function samplePolyline(points: readonly Position[], step = 2): Position[] {
  const out: Position[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 0; k <= n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return out;
}

/** Whether p lies strictly inside the box, `inset` units from its border. */
export function strictlyInside(b: Box, p: Position, inset = 1): boolean {
  return p.x > b.x + inset && p.x < b.x + b.width - inset && p.y > b.y + inset && p.y < b.y + b.height - inset;
}
