/**
 * The links' routes on the canvas. The router (libavoid, WebAssembly) loads after the first screen;
 * it keeps one model of the plan and re-routes what moved after each change: within the frame in
 * small plans, and once the pointer rests (150 ms without change) where a routing pass costs more
 * than a frame allows. Each link subscribes to its own route, so only links whose route changed
 * re-render. Until a route is known (or while its servers are moved and it is stale) a link is a
 * straight line between the borders of its servers.
 */
import wasmUrl from 'libavoid-js/libavoid.wasm?url';
import { NODE_SIZE } from '../../domain/geometry';
import type { Plan, Position } from '../../domain/plan';
import type { LinkRouter, Route, RouteMap } from '../../layout/routes';

export interface RoutedLink {
  route: Route;
  /** The centres of its two servers when it was routed. */
  from: Position;
  to: Position;
}

type Listener = () => void;

const routes = new Map<string, RoutedLink>();
const listeners = new Map<string, Set<Listener>>();
let router: LinkRouter | undefined;
let loading: Promise<LinkRouter> | undefined;
let pending: Pick<Plan, 'nodes' | 'links'> | undefined;
let routed: Pick<Plan, 'nodes' | 'links'> | undefined;
let frame = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** What the last routing pass cost, in ms. */
let lastCost = 0;
/** A pass that costs more than this waits for the pointer to rest. */
const FRAME_BUDGET = 8;
const REST = 150;

export function subscribeRoute(id: string, listener: Listener): () => void {
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
  };
}

export function getRoute(id: string): RoutedLink | undefined {
  return routes.get(id);
}

const centre = (p: Position): Position => ({ x: p.x + NODE_SIZE.width / 2, y: p.y + NODE_SIZE.height / 2 });

function sameRoute(a: Route, b: Route): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i].x && p.y === b[i].y);
}

function run() {
  frame = 0;
  timer = undefined;
  const plan = pending;
  if (!router || !plan || plan === routed) return;
  const start = performance.now();
  const next = router.route(plan);
  routed = plan;
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const changed: string[] = [];
  for (const link of plan.links) {
    const r = next.get(link.id);
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!r || !a || !b) continue;
    const old = routes.get(link.id);
    const from = centre(a.position);
    const to = centre(b.position);
    if (old && sameRoute(old.route, r) && old.from.x === from.x && old.from.y === from.y && old.to.x === to.x && old.to.y === to.y) continue;
    routes.set(link.id, { route: r, from, to });
    changed.push(link.id);
  }
  for (const id of [...routes.keys()]) {
    if (next.has(id)) continue;
    routes.delete(id);
    changed.push(id);
  }
  lastCost = performance.now() - start;
  for (const id of changed) listeners.get(id)?.forEach((l) => l());
}

function schedule() {
  if (!router) return;
  if (lastCost <= FRAME_BUDGET) {
    if (!frame && !timer) frame = requestAnimationFrame(run);
    return;
  }
  if (frame) cancelAnimationFrame(frame);
  frame = 0;
  if (timer) clearTimeout(timer);
  timer = setTimeout(run, REST);
}

/** The router, loaded on first use (its module and WebAssembly are chunks of their own). */
export function loadLinkRouter(): Promise<LinkRouter> {
  loading ??= import('../../layout/avoidRouter').then((m) => m.loadRouter(wasmUrl)).then((r) => (router = r));
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Routes the links of `plan` as soon as the router allows (see the module's note). */
export function routeLinks(plan: Pick<Plan, 'nodes' | 'links'>) {
  pending = plan;
  if (router) schedule();
  else
    void loadLinkRouter().then(
      () => schedule(),
      () => undefined, // Without the router links stay straight.
    );
}

/** The routes of `plan` now, for an export: the canvas's router brought up to date. */
export async function routesNow(plan: Pick<Plan, 'nodes' | 'links'>): Promise<RouteMap | undefined> {
  try {
    await loadLinkRouter();
  } catch {
    return undefined;
  }
  pending = plan;
  run();
  return new Map([...routes].map(([id, r]) => [id, r.route]));
}

/** For tests and the page API: how long the last routing pass took, in ms. */
export function lastRoutingCost(): number {
  return lastCost;
}
