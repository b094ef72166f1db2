/**
 * The links' routes on the canvas. The router (libavoid, WebAssembly) runs in a Web Worker
 * (routeWorker), loaded after the first screen; a pass over a plan takes from a few milliseconds to
 * about two seconds at 1,000 servers, so it never runs in the page's thread. After each change of
 * the plan the newest positions go to the worker as soon as it is free (changes made meanwhile are
 * folded into one pass): small plans re-route while the pointer moves, large ones catch up once it
 * rests. Each link subscribes to its own route, so only links whose route changed re-render. Until
 * a route is known (or while its servers are moved and it is stale) a link is a straight line
 * between the borders of its servers.
 */
import { NODE_SIZE } from '../../domain/geometry';
import type { Plan, Position } from '../../domain/plan';
import { borderPoint } from '../../layout/routes';
import type { Route, RouteMap, RoutedPlan } from '../../layout/routes';
import type { RouteReply, RouteRequest } from './routeMessages';

export interface RoutedLink {
  route: Route;
  /** The centres of its two servers when it was routed. */
  from: Position;
  to: Position;
}

type Listener = () => void;

const routes = new Map<string, RoutedLink>();
const listeners = new Map<string, Set<Listener>>();
let worker: Worker | undefined;
let broken = false;
let seq = 0;
/** The pass the worker is on: its number and the plan it was sent. */
let inFlight: { seq: number; plan: RoutedPlan; started: number } | undefined;
let pending: RoutedPlan | undefined;
let routed: RoutedPlan | undefined;
const waiters: { plan: RoutedPlan; resolve: (r: RouteMap | undefined) => void }[] = [];
/** What the last routing pass took, in ms (in the worker, as the page saw it). */
let lastCost = 0;
let rest: ReturnType<typeof setTimeout> | undefined;
/**
 * Above this many links a pass takes a large part of a second or more: the plan goes to the worker
 * once the pointer rests (no change for REST ms), and a pass that comes back after the plan changed
 * again is dropped rather than drawn mid-drag (re-rendering hundreds of links would stall a move).
 */
const LIVE_LINKS = 150;
const REST = 150;
const large = (plan: RoutedPlan) => plan.links.length > LIVE_LINKS;
/**
 * Plans with more links are not routed: their links stay straight. A pass grows faster than the
 * plan (about 2 s at 1,142 links, in the worker), and while it runs it takes a processor from the
 * page: at 3,000 servers (3,428 links) on two busy processors, drags measured 1.8× to 4× the bare
 * page's time per move with the worker busy.
 */
export const MAX_ROUTED_LINKS = 2000;
const unrouted = (plan: RoutedPlan) => plan.links.length > MAX_ROUTED_LINKS;
/** The newest plan is not routed: a pass still under way for an earlier one is not drawn. */
let routingOff = false;

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

const serverBox = (c: Position) => ({ x: c.x - NODE_SIZE.width / 2, y: c.y - NODE_SIZE.height / 2, ...NODE_SIZE });
const near = (a: Position, b: Position) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

/**
 * The line a link is drawn as, between servers centred on `from` and `to`: its route, if it was
 * routed for servers where they are now, else straight from border to border.
 */
export function routeOrLine(id: string, from: Position, to: Position): Route {
  const r = routes.get(id);
  if (r && near(r.from, from) && near(r.to, to)) return r.route;
  return [borderPoint(serverBox(from), to), borderPoint(serverBox(to), from)];
}

const centre = (p: Position): Position => ({ x: p.x + NODE_SIZE.width / 2, y: p.y + NODE_SIZE.height / 2 });

function sameRoute(a: Route, b: Route): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i].x && p.y === b[i].y);
}

function apply(plan: RoutedPlan, next: Map<string, Route>) {
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
    if (old && sameRoute(old.route, r) && old.from.x === from.x && old.from.y === from.y && old.to.x === to.x && old.to.y === to.y)
      continue;
    routes.set(link.id, { route: r, from, to });
    changed.push(link.id);
  }
  for (const id of [...routes.keys()]) {
    if (next.has(id)) continue;
    routes.delete(id);
    changed.push(id);
  }
  for (const id of changed) listeners.get(id)?.forEach((l) => l());
}

function settleWaiters(plan: RoutedPlan | undefined) {
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (plan !== undefined && waiters[i].plan !== plan) continue;
    waiters[i].resolve(plan === undefined ? undefined : new Map([...routes].map(([id, r]) => [id, r.route])));
    waiters.splice(i, 1);
  }
}

function fail() {
  broken = true;
  worker?.terminate();
  worker = undefined;
  inFlight = undefined;
  settleWaiters(undefined); // Without the router links stay straight.
}

function ensureWorker(): Worker | undefined {
  if (worker || broken) return worker;
  try {
    worker = new Worker(new URL('./routeWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    fail();
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<RouteReply>) => {
    const done = inFlight;
    inFlight = undefined;
    if (!done || event.data.seq !== done.seq) return;
    if ('error' in event.data) {
      fail();
      return;
    }
    lastCost = performance.now() - done.started;
    const stale = routingOff || (large(done.plan) && pending !== undefined && pending !== done.plan);
    if (!stale || waiters.some((w) => w.plan === done.plan)) apply(done.plan, new Map(event.data.routes));
    settleWaiters(done.plan);
    if (pending && large(pending) && !waiters.length) schedule();
    else send();
  };
  worker.onerror = () => fail();
  return worker;
}

/** Sends the newest plan when the worker is free. */
function send() {
  if (inFlight || !pending || pending === routed) return;
  const w = ensureWorker();
  if (!w) return;
  const plan: RoutedPlan = {
    nodes: pending.nodes.map((n) => ({ id: n.id, position: { x: n.position.x, y: n.position.y }, pool: n.pool })),
    links: pending.links.map((l) => ({ id: l.id, from: l.from, to: l.to })),
    pools: pending.pools,
  };
  inFlight = { seq: ++seq, plan: pending, started: performance.now() };
  pending = undefined;
  w.postMessage({ seq, plan } satisfies RouteRequest);
}

/** Sends the pending plan once nothing has changed for REST ms. */
function schedule() {
  if (rest) clearTimeout(rest);
  rest = setTimeout(() => {
    rest = undefined;
    send();
  }, REST);
}

/** Routes the links of `plan` as soon as the worker is free (large plans: once the pointer rests; see the module's note). */
export function routeLinks(plan: Pick<Plan, 'nodes' | 'links' | 'pools'>) {
  routingOff = unrouted(plan);
  if (routingOff) {
    pending = undefined;
    if (rest) clearTimeout(rest);
    if (routes.size > 0) apply({ nodes: [], links: [] }, new Map());
    routed = plan;
    return;
  }
  pending = plan;
  if (large(plan) && routed !== undefined) schedule();
  else send();
}

/** The routes of `plan`, for an export or a print: as on the canvas once the worker has routed it. */
export function routesNow(plan: Pick<Plan, 'nodes' | 'links' | 'pools'>): Promise<RouteMap | undefined> {
  if (broken || unrouted(plan)) return Promise.resolve(undefined);
  if (routed === plan && !inFlight) return Promise.resolve(new Map([...routes].map(([id, r]) => [id, r.route])));
  return new Promise((resolve) => {
    waiters.push({ plan, resolve });
    if (inFlight?.plan !== plan) {
      pending = plan;
      send();
    }
  });
}

/** For tests and the page API: how long the last routing pass took, in ms. */
export function lastRoutingCost(): number {
  return lastCost;
}
