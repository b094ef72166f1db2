/** Communicator Web Access: its pool, its load balancer, its reverse proxy. */
import type { CwaUsers, PlanNode } from '../../domain/plan';
import { finding, names, server } from '../format';
import { commonLoadBalancer } from '../planIndex';
import type { Finding, RuleDefinition } from '../types';
import { linkedOfKind, linkedPools } from './linked';
import { R_SOURCES } from '../../domain/sources';

const cwaUsersOf = (node: PlanNode): CwaUsers => node.cwaUsers ?? 'both';

const USERS_LABEL: Record<CwaUsers, string> = {
  internal: 'internal users',
  external: 'external users',
  both: 'internal and external users',
};

export const cwaNeedsPool: RuleDefinition = {
  id: 'CWA-NEEDS-POOL',
  severity: 'error',
  title: 'Communicator Web Access signs in to a pool',
  source: R_SOURCES.R50,
  sources: { '2007': R_SOURCES.R48 },
  check(ctx) {
    const out: Finding[] = [];
    for (const cwa of ctx.ofKind('cwa-server')) {
      if (linkedPools(ctx, cwa).length > 0) continue;
      out.push(
        finding(
          cwaNeedsPool,
          `${server(cwa, ctx.ocsVersion)} is not linked to a pool or Standard Edition Server. Communicator Web Access is not stand-alone: link it to the pool its users sign in to.`,
          [cwa],
        ),
      );
    }
    return out;
  },
};

export const cwaArrayLb: RuleDefinition = {
  id: 'CWA-ARRAY-LB',
  severity: 'error',
  title: 'Communicator Web Access servers of one kind share a hardware load balancer',
  source: R_SOURCES.R51,
  sources: { '2007': R_SOURCES.R12 },
  check(ctx) {
    const out: Finding[] = [];
    const groups = new Map<CwaUsers, PlanNode[]>();
    for (const cwa of ctx.ofKind('cwa-server')) {
      const list = groups.get(cwaUsersOf(cwa)) ?? [];
      list.push(cwa);
      groups.set(cwaUsersOf(cwa), list);
    }
    for (const [users, servers] of groups) {
      if (servers.length < 2) continue;
      const lb = commonLoadBalancer(ctx, servers);
      if (lb && (lb.balancing ?? 'hardware') === 'hardware') continue;
      out.push(
        finding(
          cwaArrayLb,
          `The Communicator Web Access servers for ${USERS_LABEL[users]} (${names(servers)}) are not all behind one hardware load balancer. Communicator Web Access needs session affinity; software load balancing and DNS are not supported: link them all to one hardware load balancer.`,
          servers,
        ),
      );
    }
    return out;
  },
};

export const cwaExternalRp: RuleDefinition = {
  id: 'CWA-EXTERNAL-RP',
  severity: 'warning',
  title: 'Communicator Web Access for external users is published by the reverse proxy',
  source: R_SOURCES.R49,
  check(ctx) {
    const out: Finding[] = [];
    for (const cwa of ctx.ofKind('cwa-server')) {
      if (cwaUsersOf(cwa) === 'internal' || linkedOfKind(ctx, cwa, 'reverse-proxy').length > 0) continue;
      out.push(
        finding(
          cwaExternalRp,
          `${server(cwa, ctx.ocsVersion)} serves external users but is not linked to a reverse proxy. Publish it to the Internet through the reverse proxy in the perimeter network (or set it to internal users only).`,
          [cwa],
        ),
      );
    }
    return out;
  },
};
