/** Enterprise Voice: the Mediation Server's next hop, its gateway (1:1 before Lync 2010), and basic gateways' Mediation Servers. */
import type { PlanNode } from '../../domain/plan';
import { edit } from '../draft';
import { finding, nameOf, names, poolName, server } from '../format';
import type { PlanIndex, PoolInfo } from '../planIndex';
import type { Finding, Fix, RuleDefinition } from '../types';
import { linkedOfKind, linkedPools, poolNextHop } from './linked';
import { R_SOURCES } from '../../domain/sources';

/** A gateway that needs a Mediation Server: `basic`, the default. */
export function isBasicGateway(node: PlanNode): boolean {
  return node.kind === 'media-gateway' && (node.gatewayType ?? 'basic') === 'basic';
}

/** The pools a new link could make the next hop of a server: those with a next hop, user pools first. */
function candidatePools(ctx: PlanIndex, preferred: readonly PoolInfo[]): { info: PoolInfo; hop: PlanNode }[] {
  const ordered = [...preferred, ...ctx.pools.filter((p) => (p.pool.purpose ?? 'users') === 'users'), ...ctx.pools];
  const out: { info: PoolInfo; hop: PlanNode }[] = [];
  for (const info of ordered) {
    if (out.some((c) => c.info === info)) continue;
    const hop = poolNextHop(ctx, info);
    if (hop) out.push({ info, hop });
  }
  return out;
}

export const mediationNextHop: RuleDefinition = {
  id: 'MEDIATION-NEXT-HOP',
  severity: 'error',
  title: 'A Mediation Server has a pool as its internal next hop',
  source: R_SOURCES.R35,
  sources: { '2007': R_SOURCES.R34 },
  check(ctx) {
    const out: Finding[] = [];
    for (const med of ctx.ofKind('mediation-server')) {
      if (linkedPools(ctx, med).length > 0) continue;
      out.push(
        finding(
          mediationNextHop,
          `${server(med, ctx.ocsVersion)} is not linked to a pool. Its internal next hop is a pool (its load balancer, a Front End or a Standard Edition Server) or a Director: link it to one.`,
          [med],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const med = ctx.node(f.nodes[0]);
    if (!med) return [];
    return candidatePools(ctx, [])
      .slice(0, 3)
      .map(({ info, hop }): Fix => ({
        id: `link-${info.pool.id}`,
        label: `Link ${nameOf(med)} to ${hop.kind === 'hardware-load-balancer' ? `the load balancer of ${poolName(info)}` : nameOf(hop)}`,
        apply: (plan) => edit(plan, (d) => d.link(med.id, hop.id)),
      }));
  },
};

export const mediationGateway1to1: RuleDefinition = {
  id: 'MEDIATION-GATEWAY-1TO1',
  severity: 'error',
  title: 'One Mediation Server per basic media gateway',
  source: R_SOURCES.R38,
  check(ctx) {
    const out: Finding[] = [];
    for (const med of ctx.ofKind('mediation-server')) {
      const gws = linkedOfKind(ctx, med, 'media-gateway').filter(isBasicGateway);
      if (gws.length < 2) continue;
      out.push(
        finding(
          mediationGateway1to1,
          `${server(med, ctx.ocsVersion)} is linked to ${gws.length} basic media gateways (${names(gws)}). Before Lync Server 2010 a Mediation Server serves exactly one basic gateway: add a Mediation Server for each.`,
          [med, ...gws],
        ),
      );
    }
    for (const gw of ctx.ofKind('media-gateway')) {
      if (!isBasicGateway(gw)) continue;
      const meds = linkedOfKind(ctx, gw, 'mediation-server');
      if (meds.length < 2) continue;
      out.push(
        finding(
          mediationGateway1to1,
          `${server(gw, ctx.ocsVersion)} is linked to ${meds.length} Mediation Servers (${names(meds)}). A basic media gateway pairs with exactly one Mediation Server: keep one link.`,
          [gw, ...meds],
        ),
      );
    }
    return out;
  },
};

export const gatewayNeedsMediation: RuleDefinition = {
  id: 'GATEWAY-NEEDS-MEDIATION',
  severity: 'error',
  title: 'A basic media gateway has a Mediation Server',
  source: R_SOURCES.R34,
  check(ctx) {
    const out: Finding[] = [];
    for (const gw of ctx.ofKind('media-gateway')) {
      if (!isBasicGateway(gw) || linkedOfKind(ctx, gw, 'mediation-server').length > 0) continue;
      out.push(
        finding(
          gatewayNeedsMediation,
          `${server(gw, ctx.ocsVersion)} is a basic media gateway with no Mediation Server. A basic gateway reaches OCS only through a Mediation Server: add one and link it (basic-hybrid and advanced gateways carry their own).`,
          [gw],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const gw = ctx.node(f.nodes[0]);
    if (!gw) return [];
    const target = candidatePools(ctx, linkedPools(ctx, gw))[0];
    return [
      {
        id: 'add-mediation',
        label: target
          ? `Add a Mediation Server for ${nameOf(gw)}, linked to it and to ${poolName(target.info)}`
          : `Add a Mediation Server for ${nameOf(gw)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            const near = target
              ? { x: (gw.position.x + target.hop.position.x) / 2, y: (gw.position.y + target.hop.position.y) / 2 }
              : gw.position;
            const med = d.addNode('mediation-server', near);
            d.link(med.id, gw.id);
            if (target) d.link(med.id, target.hop.id);
          }),
      },
    ];
  },
};

export const mediationNeedsGateway: RuleDefinition = {
  id: 'MEDIATION-NEEDS-GATEWAY',
  severity: 'warning',
  title: 'A Mediation Server has a media gateway',
  source: R_SOURCES.R34,
  check(ctx) {
    const out: Finding[] = [];
    for (const med of ctx.ofKind('mediation-server')) {
      if (linkedOfKind(ctx, med, 'media-gateway').length > 0) continue;
      out.push(
        finding(
          mediationNeedsGateway,
          `${server(med, ctx.ocsVersion)} is linked to no media gateway: it carries no calls. Link it to the gateway it serves.`,
          [med],
        ),
      );
    }
    return out;
  },
};
