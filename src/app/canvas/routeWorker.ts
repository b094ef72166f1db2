/**
 * The link router in a Web Worker: routing a whole plan takes up to about half a second at 10,000
 * servers, which would stall the page. The worker keeps the plan as it was last told and one router
 * (localRouter.ts), which re-routes only what a change touches; it answers with the routes that
 * changed.
 */
import { nodeCenter } from '../../domain/geometry';
import { createLocalRouter } from '../../layout/localRouter';
import type { Route, RoutedPlan } from '../../layout/routes';
import type { RouteReply, RouteRequest } from './routeMessages';

type Node = RoutedPlan['nodes'][number];

const router = createLocalRouter();
let plan: { nodes: Node[]; links: RoutedPlan['links']; pools?: RoutedPlan['pools'] } = { nodes: [], links: [] };
let index = new Map<string, number>();
let last = new Map<string, Route>();

self.onmessage = (event: MessageEvent<RouteRequest>) => {
  const request = event.data;
  let reply: RouteReply;
  try {
    if ('plan' in request) {
      plan = { nodes: [...request.plan.nodes], links: request.plan.links, pools: request.plan.pools };
      index = new Map(plan.nodes.map((n, i) => [n.id, i]));
    } else {
      for (const [id, x, y] of request.moves) {
        const i = index.get(id);
        if (i !== undefined) plan.nodes[i] = { ...plan.nodes[i], position: { x, y } };
      }
      if (request.pools) plan.pools = request.pools;
    }
    const routes = router.route(plan);
    const changed: [string, Route, number, number, number, number][] = [];
    const centre = (id: string) => nodeCenter(plan.nodes[index.get(id)!]);
    for (const l of plan.links) {
      const r = routes.get(l.id);
      if (!r || last.get(l.id) === r) continue;
      const a = centre(l.from);
      const b = centre(l.to);
      changed.push([l.id, r, a.x, a.y, b.x, b.y]);
    }
    const removed = [...last.keys()].filter((id) => !routes.has(id));
    last = routes;
    reply = { seq: request.seq, changed, removed };
  } catch (error) {
    reply = { seq: request.seq, error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
