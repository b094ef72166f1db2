/** What the page and the routing worker say to each other. */
import type { Pool } from '../../domain/plan';
import type { Route, RoutedPlan } from '../../layout/routes';

/**
 * The whole plan (when it is opened, and after any change but a move), or just the servers that
 * moved since the last request, as [id, x, y], with the pools where they changed too (a pool's box
 * grows with its members).
 */
export type RouteRequest = { seq: number; plan: RoutedPlan } | { seq: number; moves: [string, number, number][]; pools?: readonly Pool[] };

/**
 * The routes that changed since the worker's last reply, each with the centres of its two servers
 * as routed ([id, route, fromX, fromY, toX, toY]), and the links that have no route any more.
 */
export type RouteReply =
  { seq: number; changed: [string, Route, number, number, number, number][]; removed: string[] } | { seq: number; error: string };
