/** The servers of an Enterprise pool that use its database are linked to its back end. */
import type { PlanNode } from '../../domain/plan';
import { edit } from '../draft';
import { finding, list, names, nameOf, poolName, server } from '../format';
import type { PlanIndex, PoolInfo } from '../planIndex';
import { reaches, USES_DATABASE } from '../planIndex';
import { SOURCES } from '../sources';
import type { Finding, RuleDefinition } from '../types';

/** The members of a pool that must be linked to its back end. */
export function databaseUsers(info: PoolInfo): PlanNode[] {
  return info.members.filter((n) => USES_DATABASE.has(n.kind));
}

/** Back ends in no pool of the plan that servers of this pool are linked to: the pool's back end, standing outside it. */
export function strayBackEnds(ctx: PlanIndex, info: PoolInfo): PlanNode[] {
  const users = databaseUsers(info);
  if (users.length === 0) return [];
  return ctx.ofKind('back-end-sql').filter((sql) => ctx.poolOf(sql) === undefined && users.some((n) => reaches(ctx, n, sql)));
}

/**
 * Whether a stray back end can join the pool without serving another pool afterwards:
 * none of its servers is in another pool.
 */
export function canJoin(ctx: PlanIndex, sql: PlanNode, info: PoolInfo): boolean {
  return ctx.neighbors(sql.id).every((n) => {
    if (n.kind === 'hardware-load-balancer') return true;
    const theirs = ctx.poolOf(n);
    return theirs === undefined || theirs === info;
  });
}

/** "sql01.contoso.com stands outside the pool" / "sql01 and sql02 stand outside the pool". */
export function standOutside(strays: readonly PlanNode[]): string {
  return `${names(strays)} ${strays.length > 1 ? 'stand' : 'stands'} outside the pool`;
}

export const eeBackendLink: RuleDefinition = {
  id: 'EE-BACKEND-LINK',
  severity: 'warning',
  title: 'The Front Ends and conferencing servers of a pool are linked to its back end',
  source: SOURCES[2],
  sources: { '2007': SOURCES[4] },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (!info.isEnterprise || info.backEnds.length === 0) continue;
      const unlinked = databaseUsers(info).filter((n) => !info.backEnds.some((sql) => reaches(ctx, n, sql)));
      if (unlinked.length === 0) continue;
      const many = unlinked.length > 1;
      const strays = strayBackEnds(ctx, info).filter((sql) => unlinked.some((n) => reaches(ctx, n, sql)));
      const outside =
        strays.length > 0
          ? ` ${many ? 'They are' : 'It is'} linked to ${names(strays)}, which ${strays.length > 1 ? 'stand' : 'stands'} outside the pool and is not its back end.`
          : '';
      out.push(
        finding(
          eeBackendLink,
          `${list(unlinked.map((n) => server(n, ctx.ocsVersion)))} of pool ${poolName(info)} ${many ? 'are' : 'is'} not linked to the pool's back end ${names(info.backEnds)}: the drawing does not show how ${many ? 'they reach their' : 'it reaches its'} database.${outside} Link ${many ? 'them' : 'it'} to ${info.backEnds.length === 1 ? nameOf(info.backEnds[0]) : 'the back end'}.`,
          unlinked,
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info || info.backEnds.length !== 1) return [];
    const [sql] = info.backEnds;
    const unlinked = databaseUsers(info).filter((n) => !reaches(ctx, n, sql));
    if (unlinked.length === 0) return [];
    return [
      {
        id: 'link-back-end',
        label: `Link ${names(unlinked)} to ${nameOf(sql)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const n of unlinked) d.link(n.id, sql.id);
          }),
      },
    ];
  },
};
