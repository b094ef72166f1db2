/**
 * Link routes: what the canvas and every export draw for a link. A route is a polyline from the
 * border of one server's box to the border of the other's. The router that makes them
 * (localRouter.ts) sits behind `LinkRouter`; where a link has no route yet (the canvas before its
 * worker answers), it is a straight line between the two borders.
 */
import { nodeBox, NODE_SIZE } from '../domain/geometry';
import type { Box } from '../domain/geometry';
import type { Link, PlanNode, Pool, Position } from '../domain/plan';

export type Route = readonly Position[];
export type RouteMap = ReadonlyMap<string, Route>;

/** What a router needs of a plan: the servers (with their pools), the links, and the pools, whose titles links keep out of. */
export interface RoutedPlan {
  nodes: readonly (Pick<PlanNode, 'id' | 'position'> & Partial<Pick<PlanNode, 'pool'>>)[];
  links: readonly Pick<Link, 'id' | 'from' | 'to'>[];
  pools?: readonly Pool[];
}

export interface LinkRouter {
  /** Every link's route for the plan as it is now (incremental: only what moved is re-routed). */
  route(plan: RoutedPlan): Map<string, Route>;
  /** Frees the router's memory. */
  dispose(): void;
}

/** The point where the ray from the box's centre towards `toward` leaves the box. */
export function borderPoint(box: Box, toward: Position): Position {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(Math.abs(box.width / 2 / (dx || 1e-9)), Math.abs(box.height / 2 / (dy || 1e-9)));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** A straight line from border to border between two servers. */
export function straightRoute(a: Pick<PlanNode, 'position'>, b: Pick<PlanNode, 'position'>): Route {
  const A = nodeBox(a);
  const B = nodeBox(b);
  const ca = { x: A.x + NODE_SIZE.width / 2, y: A.y + NODE_SIZE.height / 2 };
  const cb = { x: B.x + NODE_SIZE.width / 2, y: B.y + NODE_SIZE.height / 2 };
  return [borderPoint(A, cb), borderPoint(B, ca)];
}

const inside = (b: Box, p: Position) => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;

/** Where segment p→q (p inside the box, q outside) crosses the box's border. */
function exitPoint(b: Box, p: Position, q: Position): Position {
  let t = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  if (dx > 0) t = Math.min(t, (b.x + b.width - p.x) / dx);
  if (dx < 0) t = Math.min(t, (b.x - p.x) / dx);
  if (dy > 0) t = Math.min(t, (b.y + b.height - p.y) / dy);
  if (dy < 0) t = Math.min(t, (b.y - p.y) / dy);
  return { x: p.x + dx * t, y: p.y + dy * t };
}

/** The polyline with the parts inside its start box and its end box cut off: it ends at their borders. */
export function clipToBorders(points: readonly Position[], from: Box, to: Box): Position[] {
  let pts = [...points];
  const cutStart = (list: Position[], box: Box): Position[] => {
    let i = 0;
    while (i < list.length - 1 && inside(box, list[i + 1])) i++;
    if (i >= list.length - 1 || !inside(box, list[i])) return list.slice(i);
    return [exitPoint(box, list[i], list[i + 1]), ...list.slice(i + 1)];
  };
  pts = cutStart(pts, from);
  pts = cutStart(pts.reverse(), to).reverse();
  return withoutStraightPoints(pts);
}

/** The polyline without points that repeat or lie on a straight horizontal or vertical run. */
export function withoutStraightPoints(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** The route as an SVG path's data. */
export function routePath(route: Route, digits = 2): string {
  const k = 10 ** digits;
  const n = (v: number) => String(Math.round(v * k) / k || 0);
  return route.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
}

/** The middle of the route's longest segment (where its label goes), and whether that segment is vertical. */
export function labelAnchor(route: Route): { x: number; y: number; vertical: boolean } {
  let best = 0;
  let at = { x: route[0]?.x ?? 0, y: route[0]?.y ?? 0, vertical: false };
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1];
    const b = route[i];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len > best) {
      best = len;
      at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, vertical: Math.abs(b.x - a.x) < Math.abs(b.y - a.y) };
    }
  }
  return at;
}

/** Every link's route: the router's where it gives one, else a straight line. */
export function routesFor(plan: RoutedPlan, router?: LinkRouter): Map<string, Route> {
  const routed = router ? router.route(plan) : new Map<string, Route>();
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  for (const l of plan.links) {
    if (routed.has(l.id)) continue;
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (a && b) routed.set(l.id, straightRoute(a, b));
  }
  return routed;
}
