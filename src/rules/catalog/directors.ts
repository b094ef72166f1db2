/** Director pools: no Standard Edition Director arrays on R2, no users. */
import { edit } from '../draft';
import { count, finding, list, nameOf, poolName } from '../format';
import { R_SOURCES } from '../../domain/sources';
import type { PoolInfo } from '../planIndex';
import { isDirectorPool } from '../perimeterNodes';
import type { Finding, RuleDefinition } from '../types';

export const directorSeArray: RuleDefinition = {
  id: 'DIRECTOR-SE-ARRAY',
  severity: 'error',
  title: 'OCS 2007 R2: no array of Standard Edition Directors',
  source: R_SOURCES.R32,
  check(ctx) {
    if (ctx.ocsVersion !== '2007-r2' || !ctx.pools.some((p) => !p.isEnterprise && isDirectorPool(p))) return [];
    const out: Finding[] = [];
    for (const lb of ctx.ofKind('hardware-load-balancer')) {
      const pools = new Set<PoolInfo>();
      const servers = [];
      for (const n of ctx.neighbors(lb.id)) {
        if (n.kind !== 'standard-edition-server') continue;
        const info = ctx.poolOf(n);
        if (!info || info.isEnterprise || !isDirectorPool(info)) continue;
        pools.add(info);
        servers.push(n);
      }
      if (pools.size < 2) continue;
      out.push(
        finding(
          directorSeArray,
          `Load balancer ${nameOf(lb)} balances ${count(pools.size, 'Standard Edition Director')} (${list([...pools].map((p) => poolName(p)))}). An array of Standard Edition Directors is supported on OCS 2007 only; on OCS 2007 R2 a Director is one Standard Edition Server or an Enterprise pool: make the Director an Enterprise pool with several Front Ends.`,
          [lb, ...servers],
        ),
      );
    }
    return out;
  },
};

export const directorHostsUsers: RuleDefinition = {
  id: 'DIRECTOR-HOSTS-USERS',
  severity: 'warning',
  title: 'A Director hosts no users',
  source: R_SOURCES.R32,
  sources: { '2007': R_SOURCES.R31 },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      const users = info.pool.users;
      if (!isDirectorPool(info) || users === undefined || !(users > 0)) continue;
      out.push(
        finding(
          directorHostsUsers,
          `Director pool ${poolName(info)} is planned for ${count(users, 'user')}. A Director is a Standard Edition Server or Enterprise pool that does not host users: home them on a user pool and set the Director's users to 0.`,
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
        id: 'no-users',
        label: `Set the users of ${poolName(info)} to 0`,
        apply: (plan) => edit(plan, (d) => d.updatePool(info.pool.id, (p) => ({ ...p, users: 0 }))),
      },
    ];
  },
};
