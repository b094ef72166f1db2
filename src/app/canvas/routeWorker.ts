/**
 * The link router in a Web Worker: a routing pass over a large plan takes from tens of milliseconds
 * to seconds (libavoid rebuilds its visibility graph), which would stall the page's drags. The
 * worker keeps one router, brought up to date with each plan it is sent, and answers with every
 * link's route.
 */
import wasmUrl from 'libavoid-js/libavoid.wasm?url';
import { loadRouter } from '../../layout/avoidRouter';
import type { LinkRouter, RoutedPlan } from '../../layout/routes';
import type { RouteReply, RouteRequest } from './routeMessages';

let router: Promise<LinkRouter> | undefined;

self.onmessage = async (event: MessageEvent<RouteRequest>) => {
  const { seq, plan } = event.data;
  let reply: RouteReply;
  try {
    router ??= loadRouter(wasmUrl);
    const routes = (await router).route(plan satisfies RoutedPlan);
    reply = { seq, routes: [...routes] };
  } catch (error) {
    router = undefined;
    reply = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
