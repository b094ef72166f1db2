/** Front Ends behind one hardware load balancer; no software load balancing. */
import type { PlanNode } from '../../domain/plan';
import { BALANCING_LABELS } from '../../domain/kinds';
import { POOL_SERVER_KINDS } from '../../domain/plan';
import type { PlanDraft } from '../draft';
import { edit } from '../draft';
import { setOnFirstNode } from '../nodeFix';
import { finding, nameOf, names, poolName, server, list } from '../format';
import type { PlanIndex, PoolInfo } from '../planIndex';
import { commonLoadBalancer, loadBalancersOf } from '../planIndex';
import { addLoadBalancer } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';

export const eeLbMissing: RuleDefinition = {
  id: 'EE-LB-MISSING',
  severity: 'error',
  title: 'The Front Ends of a pool share one hardware load balancer',
  source: SOURCES[5],
  sources: { '2007': SOURCES[8] },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (!info.isEnterprise || info.frontEnds.length < 2 || commonLoadBalancer(ctx, info.frontEnds)) continue;
      const alone = info.frontEnds.filter((fe) => loadBalancersOf(ctx, fe.id).length === 0);
      const what =
        alone.length === info.frontEnds.length
          ? `The Front Ends of pool ${poolName(info)} (${names(alone)}) are not linked to a hardware load balancer.`
          : alone.length > 0
            ? `Front End${alone.length > 1 ? 's' : ''} ${names(alone)} of pool ${poolName(info)} ${alone.length > 1 ? 'are' : 'is'} not linked to a hardware load balancer.`
            : `The Front Ends of pool ${poolName(info)} are linked to different load balancers (${list(
                info.frontEnds.map((fe) => `${nameOf(fe)} to ${names(loadBalancersOf(ctx, fe.id))}`),
              )}).`;
      out.push(
        finding(
          eeLbMissing,
          `${what} Link every Front End of the pool to the same hardware load balancer.`,
          alone.length > 0 ? alone : info.frontEnds,
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info || info.frontEnds.length === 0) return [];
    const fixes: Fix[] = [
      {
        id: 'add-load-balancer',
        label: `Add a hardware load balancer for the Front Ends of ${poolName(info)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            const lb = addLoadBalancer(d, info, info.frontEnds);
            linkAllTo(d, ctx, info, lb);
          }),
      },
    ];
    const best = mostUsedLoadBalancer(ctx, info.frontEnds);
    if (best) {
      fixes.push({
        id: 'link-existing',
        label: `Link every Front End of ${poolName(info)} to ${nameOf(best)}`,
        apply: (plan) => edit(plan, (d) => linkAllTo(d, ctx, info, best)),
      });
    }
    return fixes;
  },
};

/** Links every Front End of the pool to `lb`, and removes their links to other load balancers. */
function linkAllTo(d: PlanDraft, ctx: PlanIndex, info: PoolInfo, lb: PlanNode): void {
  for (const fe of info.frontEnds) {
    for (const other of loadBalancersOf(ctx, fe.id)) if (other.id !== lb.id) d.unlink(fe.id, other.id);
    d.link(fe.id, lb.id);
  }
}

/** The load balancer linked to most of the servers (the first in plan order on a tie). */
function mostUsedLoadBalancer(ctx: PlanIndex, servers: readonly PlanNode[]): PlanNode | undefined {
  const counts = new Map<PlanNode, number>();
  for (const s of servers) for (const lb of loadBalancersOf(ctx, s.id)) counts.set(lb, (counts.get(lb) ?? 0) + 1);
  let best: PlanNode | undefined;
  for (const lb of ctx.ofKind('hardware-load-balancer')) {
    const c = counts.get(lb) ?? 0;
    if (c > 0 && (!best || c > counts.get(best)!)) best = lb;
  }
  return best;
}

const SERVER_KINDS = new Set<string>(POOL_SERVER_KINDS);

export const lbSoftware: RuleDefinition = {
  id: 'LB-SOFTWARE',
  severity: 'error',
  title: 'Only hardware load balancing is supported',
  source: SOURCES[11],
  sources: { '2007': SOURCES[8] },
  check(ctx) {
    const out: Finding[] = [];
    for (const lb of ctx.ofKind('hardware-load-balancer')) {
      const balancing = lb.balancing ?? 'hardware';
      if (balancing === 'hardware') continue;
      const served = ctx.neighbors(lb.id).filter((n) => SERVER_KINDS.has(n.kind));
      if (served.length === 0) continue;
      const how = BALANCING_LABELS[balancing] ?? balancing;
      out.push(
        finding(
          lbSoftware,
          `Load balancer ${nameOf(lb)} uses ${how} for ${list(served.map((n) => server(n, ctx.ocsVersion)))}. OCS 2007 and 2007 R2 support only hardware load balancing (DNS load balancing arrived with Lync Server 2010): use a hardware load balancer.`,
          [lb, ...served],
        ),
      );
    }
    return out;
  },
  fixes: setOnFirstNode('use-hardware', (node) => `Make ${nameOf(node)} a hardware load balancer`, { balancing: 'hardware' }),
};
