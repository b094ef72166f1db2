/** An Enterprise pool has Front Ends, preferably more than one. */
import { edit } from '../draft';
import { finding, nameOf, poolName } from '../format';
import { loadBalancersOf } from '../planIndex';
import { addFrontEnd, addLoadBalancer } from '../poolEdits';
import type { Finding, RuleDefinition } from '../types';

export const eeFrontendMissing: RuleDefinition = {
  id: 'EE-FRONTEND-MISSING',
  severity: 'error',
  title: 'An Enterprise pool has Front Ends',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (!info.isEnterprise || info.frontEnds.length > 0) continue;
      out.push(
        finding(
          eeFrontendMissing,
          `Enterprise pool ${poolName(info)} has no Front End Server. Add Front Ends (two or more behind a hardware load balancer for high availability).`,
          [],
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info) return [];
    return [
      {
        id: 'add-front-end',
        label: `Add a Front End Server to ${poolName(info)}`,
        apply: (plan) => edit(plan, (d) => addFrontEnd(d, ctx, info)),
      },
    ];
  },
};

export const eeSingleFe: RuleDefinition = {
  id: 'EE-SINGLE-FE',
  severity: 'info',
  title: 'An Enterprise pool with one Front End has no Front End redundancy',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (!info.isEnterprise || info.frontEnds.length !== 1) continue;
      const [fe] = info.frontEnds;
      out.push(
        finding(
          eeSingleFe,
          `Enterprise pool ${poolName(info)} has one Front End Server, ${nameOf(fe)}: if it fails, the pool is down. Add a second Front End behind a hardware load balancer.`,
          [fe],
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info || info.frontEnds.length !== 1) return [];
    const [fe] = info.frontEnds;
    const lbs = loadBalancersOf(ctx, fe.id);
    return [
      {
        id: 'add-front-end',
        label:
          lbs.length > 0
            ? `Add a second Front End Server to ${poolName(info)}`
            : `Add a second Front End Server and a hardware load balancer to ${poolName(info)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            const second = addFrontEnd(d, ctx, info);
            if (lbs.length > 0) return;
            const lb = addLoadBalancer(d, info, [fe, second]);
            d.link(fe.id, lb.id);
            d.link(second.id, lb.id);
          }),
      },
    ];
  },
};
