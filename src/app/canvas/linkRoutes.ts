/**
 * The links' routes on the canvas. The router (localRouter.ts) runs in a Web Worker (routeWorker),
 * loaded after the first screen. After each change of the plan, what changed goes to the worker as
 * soon as it is free (changes made meanwhile are folded into one request): the whole plan when it
 * is opened or its links, servers or pools change otherwise, and only the moved servers' positions
 * during a drag, so a move costs the page a small message at any size. The worker answers with the
 * routes that changed, and each link subscribes to its own route, so only those links re-render.
 * Until a route is known (or while its servers are moved and it is stale) a link is a straight line
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
/** The request the worker is on: its number, the plan it stands for, and whether it carried the whole plan. */
let inFlight: { seq: number; plan: RoutedPlan; started: number; whole: boolean } | undefined;
let pending: RoutedPlan | undefined;
/** The plan the worker was last told of, and the last one whose routes were applied. */
let told: RoutedPlan | undefined;
let routed: RoutedPlan | undefined;
const waiters: { plan: RoutedPlan; resolve: (r: RouteMap | undefined) => void }[] = [];
/** What the last request took, in ms (in the worker, as the page saw it). */
let lastCost = 0;

export function subscribeRoute(id: string, listener: Listener): () => void {
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
  };
}

const everyRoute = new Set<Listener>();

/** Called once after each batch of changed routes (the picture of the whole plan redraws then). */
export function subscribeRoutes(listener: Listener): () => void {
  everyRoute.add(listener);
  return () => everyRoute.delete(listener);
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

function apply(plan: RoutedPlan, reply: Extract<RouteReply, { changed: unknown }>) {
  routed = plan;
  const changed: string[] = [];
  for (const [id, route, fx, fy, tx, ty] of reply.changed) {
    routes.set(id, { route, from: { x: fx, y: fy }, to: { x: tx, y: ty } });
    changed.push(id);
  }
  for (const id of reply.removed) if (routes.delete(id)) changed.push(id);
  for (const id of changed) listeners.get(id)?.forEach((l) => l());
  if (changed.length > 0) everyRoute.forEach((l) => l());
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
  told = undefined;
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
    apply(done.plan, event.data);
    // For the bench and for profiles: each pass, from the request to its routes applied.
    performance.measure('ocs-links-routed', {
      start: done.started,
      detail: { whole: done.whole, links: done.plan.links.length, changed: event.data.changed.length },
    });
    settleWaiters(done.plan);
    send();
  };
  worker.onerror = () => fail();
  return worker;
}

/** The servers that only moved since `before` ([id, x, y]), or undefined where anything else changed. */
export function movesSince(before: RoutedPlan, now: RoutedPlan): [string, number, number][] | undefined {
  if (before.links !== now.links || before.nodes.length !== now.nodes.length) return undefined;
  const moves: [string, number, number][] = [];
  for (let i = 0; i < now.nodes.length; i++) {
    const a = before.nodes[i];
    const b = now.nodes[i];
    if (a === b) continue;
    if (a.id !== b.id || a.pool !== b.pool) return undefined;
    if (a.position.x !== b.position.x || a.position.y !== b.position.y) moves.push([b.id, b.position.x, b.position.y]);
  }
  return moves;
}

/** Sends the newest plan (or what moved in it) when the worker is free. */
function send() {
  if (inFlight || !pending || pending === routed) return;
  const w = ensureWorker();
  if (!w) return;
  const plan = pending;
  pending = undefined;
  const moves = told ? movesOf(told, plan) : undefined;
  let request: RouteRequest;
  if (moves) request = { seq: ++seq, moves, ...(plan.pools !== told?.pools ? { pools: plan.pools } : {}) };
  else
    request = {
      seq: ++seq,
      plan: {
        nodes: plan.nodes.map((n) => ({ id: n.id, position: { x: n.position.x, y: n.position.y }, pool: n.pool })),
        links: plan.links.map((l) => ({ id: l.id, from: l.from, to: l.to })),
        pools: plan.pools,
      },
    };
  told = plan;
  inFlight = { seq, plan, started: performance.now(), whole: !moves };
  w.postMessage(request);
}

/** The last movesSince worked out, kept for the send that follows (a drag step asks twice). */
let lastMoves: { before: RoutedPlan; now: RoutedPlan; moves: [string, number, number][] | undefined } | undefined;

function movesOf(before: RoutedPlan, now: RoutedPlan) {
  if (lastMoves?.before !== before || lastMoves.now !== now) lastMoves = { before, now, moves: movesSince(before, now) };
  return lastMoves.moves;
}

let deferred = false;

/**
 * Sends the whole plan once the page that draws it is idle (at most 300 ms later): copying a large
 * plan to the worker, and drawing the routes that come back, should not hold up its first picture.
 */
function sendWhenIdle() {
  if (deferred) return;
  deferred = true;
  const go = () => {
    if (!deferred) return;
    deferred = false;
    send();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 300 });
  else {
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 300);
  }
}

/** Routes the links of `plan` as soon as the worker is free (what moved at once; a new plan once the page is idle). */
export function routeLinks(plan: Pick<Plan, 'nodes' | 'links' | 'pools'>) {
  pending = plan;
  if (told && movesOf(told, plan)) send();
  else sendWhenIdle();
}

/** The routes of `plan`, for an export or a print: as on the canvas once the worker has routed it. */
export function routesNow(plan: Pick<Plan, 'nodes' | 'links' | 'pools'>): Promise<RouteMap | undefined> {
  if (broken) return Promise.resolve(undefined);
  if (routed === plan && !inFlight) return Promise.resolve(new Map([...routes].map(([id, r]) => [id, r.route])));
  return new Promise((resolve) => {
    waiters.push({ plan, resolve });
    if (inFlight?.plan !== plan) {
      pending = plan;
      send();
    }
  });
}

/** For tests and the page API: how long the last routing request took, in ms. */
export function lastRoutingCost(): number {
  return lastCost;
}
