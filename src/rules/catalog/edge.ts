/** Edge Servers: what they need around them (reverse proxy, Access Edge, next hop, Director), their services and NAT. */
import { EDGE_SERVICE_LABELS } from '../../domain/kinds';
import type { EdgeService, PlanNode } from '../../domain/plan';
import { EDGE_SERVICES, zoneOf } from '../../domain/plan';
import { centre, edit, ROW } from '../draft';
import { setOnFirstNode } from '../nodeFix';
import { finding, list, names, nameOf, poolName, server } from '../format';
import { R_SOURCES } from '../../domain/sources';
import type { PlanIndex } from '../planIndex';
import { loadBalancersOf } from '../planIndex';
import { edgeServers, edgeServicesOf, isDirectorPool, reachesPool, runs, siteKey, userPools, webEntry } from '../perimeterNodes';
import type { Finding, RuleDefinition } from '../types';

const serviceList = (services: readonly EdgeService[]) => list(services.map((s) => EDGE_SERVICE_LABELS[s]));

export const edgeNeedsReverseProxy: RuleDefinition = {
  id: 'EDGE-NEEDS-REVERSE-PROXY',
  severity: 'error',
  title: 'Edge Servers come with a reverse proxy in the perimeter network',
  source: R_SOURCES.R21,
  sources: { '2007': R_SOURCES.R20 },
  check(ctx) {
    const edges = edgeServers(ctx);
    if (edges.length === 0) return [];
    if (ctx.ofKind('reverse-proxy').some((rp) => zoneOf(rp) === 'perimeter')) return [];
    return [
      finding(
        edgeNeedsReverseProxy,
        `The plan has ${edges.length > 1 ? `Edge Servers (${names(edges)})` : `Edge Server ${nameOf(edges[0])}`} but no reverse proxy in the perimeter network. External users reach address books, meeting content and group expansion through an HTTP reverse proxy: add one in the perimeter network and link it to the pool's Web Components.`,
        edges,
      ),
    ];
  },
  fixes(ctx) {
    const edges = edgeServers(ctx);
    const at = centre([...edges]);
    if (!at) return [];
    const target = userPools(ctx)
      .map((p) => webEntry(ctx, p))
      .find((n): n is PlanNode => n !== undefined);
    return [
      {
        id: 'add-reverse-proxy',
        label: target
          ? `Add a reverse proxy in the perimeter network, linked to ${nameOf(target)}`
          : 'Add a reverse proxy in the perimeter network',
        apply: (plan) =>
          edit(plan, (d) => {
            const rp = d.addNode('reverse-proxy', { x: at.x, y: at.y + ROW }, undefined, { zone: 'perimeter' });
            if (target) d.link(rp.id, target.id);
          }),
      },
    ];
  },
};

export const edgeNeedsAccess: RuleDefinition = {
  id: 'EDGE-NEEDS-ACCESS',
  severity: 'error',
  title: 'OCS 2007: an Access Edge service for every external scenario',
  source: R_SOURCES.R20,
  check(ctx) {
    if (ctx.ocsVersion !== '2007') return [];
    const edges = edgeServers(ctx);
    if (edges.length === 0 || edges.some((e) => runs(e, 'access'))) return [];
    return [
      finding(
        edgeNeedsAccess,
        `${names(edges)} ${edges.length > 1 ? 'run' : 'runs'} ${serviceList([...new Set(edges.flatMap((e) => edgeServicesOf(e)))])}, but no Edge Server runs the Access Edge service, which is required for all external user scenarios. Add the Access Edge service to an Edge Server.`,
        edges,
      ),
    ];
  },
  fixes(ctx, f) {
    const edge = ctx.node(f.nodes[0]);
    if (!edge) return [];
    return [
      {
        id: 'add-access',
        label: `Run the Access Edge service on ${nameOf(edge)}`,
        apply: (plan) =>
          edit(plan, (d) =>
            d.updateNode(edge.id, (n) => ({
              ...n,
              edgeServices: EDGE_SERVICES.filter((s) => s === 'access' || edgeServicesOf(n).includes(s)),
            })),
          ),
      },
    ];
  },
};

export const edgeInternalHop: RuleDefinition = {
  id: 'EDGE-INTERNAL-HOP',
  severity: 'error',
  title: 'An Edge Server has an internal next hop',
  source: R_SOURCES.R32,
  sources: { '2007': R_SOURCES.R24 },
  check(ctx) {
    const out: Finding[] = [];
    for (const edge of edgeServers(ctx)) {
      if (reachesPool(ctx, edge)) continue;
      out.push(
        finding(
          edgeInternalHop,
          `${server(edge, ctx.ocsVersion)} is not linked to a Director, an Enterprise pool or a Standard Edition Server. Its internal interface forwards traffic to one of them (the next hop): link it to the Director's load balancer, or to a pool.`,
          [edge],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const edge = ctx.node(f.nodes[0]);
    if (!edge) return [];
    const hop = nextHop(ctx);
    if (!hop) return [];
    return [
      {
        id: 'link-next-hop',
        label: `Link ${nameOf(edge)} to ${nameOf(hop)}`,
        apply: (plan) => edit(plan, (d) => d.link(edge.id, hop.id)),
      },
    ];
  },
};

/** The node an Edge Server should forward to: a Director pool's entry, else a user pool's. */
function nextHop(ctx: PlanIndex): PlanNode | undefined {
  const pools = [...ctx.pools.filter(isDirectorPool), ...userPools(ctx)];
  for (const info of pools) {
    const servers = info.isEnterprise ? info.frontEnds : info.standardServers;
    if (servers.length === 0) continue;
    return directorBalancer(ctx, servers) ?? servers[0];
  }
  return undefined;
}

/** The pool load balancer in front of the servers (one without a `side`: not an Edge load balancer). */
function directorBalancer(ctx: PlanIndex, servers: readonly PlanNode[]): PlanNode | undefined {
  for (const s of servers) {
    const lb = loadBalancersOf(ctx, s.id).find((n) => n.side === undefined && servers.every((o) => ctx.neighbors(o.id).includes(n)));
    if (lb) return lb;
  }
  return undefined;
}

/** The Director Front Ends an Edge Server is linked to straight (or through its own Edge load balancer), each with its pool's load balancer. */
function straightToDirector(ctx: PlanIndex, edge: PlanNode): { from: PlanNode; fe: PlanNode; lb: PlanNode }[] {
  const out: { from: PlanNode; fe: PlanNode; lb: PlanNode }[] = [];
  const sources = [edge, ...loadBalancersOf(ctx, edge.id).filter((lb) => lb.side !== undefined)];
  for (const from of sources) {
    for (const fe of ctx.neighbors(from.id)) {
      if (fe.kind !== 'front-end-server') continue;
      const info = ctx.poolOf(fe);
      if (!info || !isDirectorPool(info)) continue;
      const lb = directorBalancer(ctx, info.frontEnds);
      if (lb) out.push({ from, fe, lb });
    }
  }
  return out;
}

export const edgeDirectorVip: RuleDefinition = {
  id: 'EDGE-DIRECTOR-VIP',
  severity: 'error',
  title: "An Edge Server's next hop is the Director's load balancer, not one Director",
  source: R_SOURCES.R20,
  check(ctx) {
    const out: Finding[] = [];
    for (const edge of edgeServers(ctx)) {
      const straight = straightToDirector(ctx, edge);
      if (straight.length === 0) continue;
      const { fe, lb } = straight[0];
      const pool = ctx.poolOf(fe)!;
      out.push(
        finding(
          edgeDirectorVip,
          `${server(edge, ctx.ocsVersion)} is linked straight to ${names([...new Set(straight.map((s) => s.fe))])} of Director pool ${poolName(pool)}. Use the virtual IP address of the Director array for the next hop: link it to the load balancer ${nameOf(lb)} instead.`,
          [edge, ...straight.map((s) => s.fe)],
          pool.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const edge = ctx.node(f.nodes[0]);
    if (!edge) return [];
    const straight = straightToDirector(ctx, edge);
    if (straight.length === 0) return [];
    const lb = straight[0].lb;
    return [
      {
        id: 'link-load-balancer',
        label: `Link ${nameOf(edge)} to the Director's load balancer ${nameOf(lb)} instead of ${names([...new Set(straight.map((s) => s.fe))])}`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const s of straight) {
              d.unlink(s.from.id, s.fe.id);
              d.link(s.from.id, s.lb.id);
            }
          }),
      },
    ];
  },
};

/** 2007: whether the plan's user pools run the conferencing a service needs (Director pools do not count). */
function userPoolsRun(ctx: PlanIndex, kind: 'web-conferencing-server' | 'av-conferencing-server'): boolean {
  return userPools(ctx).some((p) => p.kind === 'standard' || p.kind === 'consolidated' || p.dedicated.some((n) => n.kind === kind));
}

const COUNTERPART: Partial<Record<EdgeService, { kind: 'web-conferencing-server' | 'av-conferencing-server'; what: string }>> = {
  'web-conferencing': { kind: 'web-conferencing-server', what: 'Web Conferencing' },
  av: { kind: 'av-conferencing-server', what: 'A/V Conferencing' },
};

export const edge2007Counterpart: RuleDefinition = {
  id: 'EDGE-2007-COUNTERPART',
  severity: 'error',
  title: 'OCS 2007: a conferencing Edge service has its conferencing server in a user pool',
  source: R_SOURCES.R24,
  check(ctx) {
    if (ctx.ocsVersion !== '2007') return [];
    const out: Finding[] = [];
    for (const service of ['web-conferencing', 'av'] as const) {
      const edges = edgeServers(ctx).filter((e) => runs(e, service));
      const counterpart = COUNTERPART[service]!;
      if (edges.length === 0 || userPoolsRun(ctx, counterpart.kind)) continue;
      out.push(
        finding(
          edge2007Counterpart,
          `${names(edges)} ${edges.length > 1 ? 'run' : 'runs'} the ${EDGE_SERVICE_LABELS[service]} service, but no user pool runs ${counterpart.what} (a consolidated pool, a Standard Edition Server or ${counterpart.what === 'A/V Conferencing' ? 'an' : 'a'} ${counterpart.what} Server; Director pools do not count). Add ${counterpart.what} to a user pool, or remove the service.`,
          edges,
        ),
      );
    }
    return out;
  },
};

/** Whether a site other than the central one runs exactly Web Conferencing and A/V Edge: a remote-site Edge Server. */
function remoteConferencingEdge(ctx: PlanIndex, edge: PlanNode): boolean {
  const s = edgeServicesOf(edge);
  return siteKey(ctx, edge) !== '' && s.length === 2 && s.includes('web-conferencing') && s.includes('av');
}

export const edgeR2Services: RuleDefinition = {
  id: 'EDGE-R2-SERVICES',
  severity: 'warning',
  title: 'OCS 2007 R2: an Edge Server runs all three edge services',
  source: R_SOURCES.R21,
  check(ctx) {
    if (ctx.ocsVersion !== '2007-r2') return [];
    const out: Finding[] = [];
    for (const edge of edgeServers(ctx)) {
      const s = edgeServicesOf(edge);
      if (s.length === EDGE_SERVICES.length || remoteConferencingEdge(ctx, edge)) continue;
      const missing = EDGE_SERVICES.filter((x) => !s.includes(x));
      out.push(
        finding(
          edgeR2Services,
          `${server(edge, ctx.ocsVersion)} runs only ${serviceList(s)}. On OCS 2007 R2 one Edge Server runs the Access, Web Conferencing and A/V Edge services together (only a remote-site Edge Server may run just Web Conferencing and A/V Edge): add ${serviceList(missing)}.`,
          [edge],
        ),
      );
    }
    return out;
  },
  fixes: setOnFirstNode('all-services', (node) => `Run all three edge services on ${nameOf(node)}`, { edgeServices: [...EDGE_SERVICES] }),
};

/** Edge Servers running A/V Edge, by site. */
function avBySite(ctx: PlanIndex): Map<string, PlanNode[]> {
  const out = new Map<string, PlanNode[]>();
  for (const edge of edgeServers(ctx)) {
    if (!runs(edge, 'av')) continue;
    const key = siteKey(ctx, edge);
    const list = out.get(key);
    if (list) list.push(edge);
    else out.set(key, [edge]);
  }
  return out;
}

export const edgeAvNat: RuleDefinition = {
  id: 'EDGE-AV-NAT',
  severity: 'error',
  title: "NAT on the A/V Edge's external address only where supported",
  source: R_SOURCES.R14,
  sources: { '2007': R_SOURCES.R26 },
  check(ctx) {
    const out: Finding[] = [];
    const bySite = ctx.ocsVersion === '2007-r2' ? avBySite(ctx) : undefined;
    for (const edge of edgeServers(ctx)) {
      const nat = edge.avNat ?? 'none';
      if (nat === 'none') continue;
      let why: string | undefined;
      if (ctx.ocsVersion === '2007')
        why = 'On OCS 2007 the external interface of the A/V Edge service needs a publicly routable IP address, not behind NAT.';
      else if (nat === 'source') why = 'Source NAT on the A/V Edge external address is not supported.';
      else if ((bySite!.get(siteKey(ctx, edge)) ?? []).length > 1)
        why =
          'NAT on the A/V Edge external address is supported in a single-server Edge deployment only, and this site has several Edge Servers running A/V Edge.';
      if (!why) continue;
      out.push(
        finding(
          edgeAvNat,
          `${server(edge, ctx.ocsVersion)} has ${nat} NAT on its A/V Edge external address. ${why} Give it a public address without NAT.`,
          [edge],
        ),
      );
    }
    return out;
  },
  fixes: setOnFirstNode('no-nat', (node) => `Give ${nameOf(node)} a public A/V Edge address without NAT`, { avNat: 'none' }),
};

export const edgeDirectorRecommended: RuleDefinition = {
  id: 'EDGE-DIRECTOR-RECOMMENDED',
  severity: 'info',
  title: 'A Director is recommended with Edge Servers',
  source: R_SOURCES.R32,
  sources: { '2007': R_SOURCES.R31 },
  check(ctx) {
    const edges = edgeServers(ctx);
    if (edges.length === 0 || ctx.pools.some(isDirectorPool)) return [];
    return [
      finding(
        edgeDirectorRecommended,
        `The plan has ${edges.length > 1 ? 'Edge Servers' : 'an Edge Server'} but no Director. A Director between the Edge Servers and the pools authenticates external users and shields the pools from unauthenticated traffic: Microsoft recommends one.`,
        edges,
      ),
    ];
  },
};
