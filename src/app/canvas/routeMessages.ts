/** What the page and the routing worker say to each other. */
import type { Route, RoutedPlan } from '../../layout/routes';

export interface RouteRequest {
  seq: number;
  plan: RoutedPlan;
}

export type RouteReply = { seq: number; routes: [string, Route][] } | { seq: number; error: string };
