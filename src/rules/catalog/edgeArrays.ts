/** Edge arrays: behind one internal and one external hardware load balancer, identical members. */
import { EDGE_SERVICE_LABELS } from '../../domain/kinds';
import type { PlanNode } from '../../domain/plan';
import { EDGE_SERVICES } from '../../domain/plan';
import { finding, list, names, nameOf } from '../format';
import { R_SOURCES } from '../../domain/sources';
import type { PlanIndex } from '../planIndex';
import { loadBalancersOf } from '../planIndex';
import { edgeServers, edgeServicesOf, isPoolEntry, runs, siteKey } from '../perimeterNodes';
import type { Finding, RuleDefinition } from '../types';

/**
 * The Edge arrays of a plan: per site, the Edge Servers that run a same service, where two or more do
 * (one group per distinct set of members). Two 2007 Edge computers with different roles are no array.
 */
export function edgeArrays(ctx: PlanIndex): PlanNode[][] {
  const bySite = new Map<string, PlanNode[]>();
  for (const edge of edgeServers(ctx)) {
    const key = siteKey(ctx, edge);
    const list = bySite.get(key);
    if (list) list.push(edge);
    else bySite.set(key, [edge]);
  }
  const arrays: PlanNode[][] = [];
  for (const edges of bySite.values()) {
    if (edges.length < 2) continue;
    const seen = new Set<string>();
    for (const service of EDGE_SERVICES) {
      const members = edges.filter((e) => runs(e, service));
      const key = members.map((m) => m.id).join('\u0000');
      if (members.length < 2 || seen.has(key)) continue;
      seen.add(key);
      arrays.push(members);
    }
  }
  return arrays;
}

/** The load balancer of a side that every member is linked to, if any. */
function sharedBalancer(ctx: PlanIndex, members: readonly PlanNode[], side: 'internal' | 'external'): PlanNode | undefined {
  return loadBalancersOf(ctx, members[0].id).find((lb) => lb.side === side && members.every((m) => ctx.neighbors(m.id).includes(lb)));
}

export const edgeArrayLb: RuleDefinition = {
  id: 'EDGE-ARRAY-LB',
  severity: 'error',
  title: 'An Edge array sits between an internal and an external hardware load balancer',
  source: R_SOURCES.R11,
  sources: { '2007': R_SOURCES.R9 },
  check(ctx) {
    const out: Finding[] = [];
    for (const members of edgeArrays(ctx)) {
      const missing = (['internal', 'external'] as const).filter((side) => !sharedBalancer(ctx, members, side));
      if (missing.length === 0) continue;
      out.push(
        finding(
          edgeArrayLb,
          `Edge Servers ${names(members)} form an array (they run the same edge services in one site), but they are not all linked to one ${list(
            missing.map((s) => `side "${s}"`),
            'and one',
          )} hardware load balancer. Put the array between an internal and an external hardware load balancer, and set each one's side.`,
          members,
          undefined,
          ctx.ocsVersion === '2007-r2' ? 'error' : 'warning',
        ),
      );
    }
    return out;
  },
};

export const edgeArrayIdentical: RuleDefinition = {
  id: 'EDGE-ARRAY-IDENTICAL',
  severity: 'error',
  title: 'Edge Servers behind one load balancer run the same services',
  source: R_SOURCES.R14,
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    if (edgeServers(ctx).length < 2) return out;
    for (const lb of ctx.ofKind('hardware-load-balancer')) {
      const edges = ctx.neighbors(lb.id).filter((n) => n.kind === 'edge-server');
      // A pool's load balancer is the Edge Servers' next hop, not one they sit behind.
      if (edges.length < 2 || isPoolEntry(ctx, lb)) continue;
      const sets = new Set(edges.map((e) => serviceKey(e)));
      const key = edges.map((e) => e.id).join('\u0000');
      if (sets.size < 2 || seen.has(key)) continue;
      seen.add(key);
      out.push(
        finding(
          edgeArrayIdentical,
          `The Edge Servers behind ${nameOf(lb)} run different services (${edges.map((e) => `${nameOf(e)}: ${list(edgeServicesOf(e).map((s) => EDGE_SERVICE_LABELS[s]))}`).join('; ')}). Every Edge Server behind one load balancer is configured identically: give them the same services.`,
          edges,
        ),
      );
    }
    return out;
  },
};

function serviceKey(edge: PlanNode): string {
  return EDGE_SERVICES.filter((s) => edgeServicesOf(edge).includes(s)).join(',');
}
