/** One back end serves one pool. */
import type { Plan, PlanNode } from '../../domain/plan';
import { edit } from '../draft';
import { finding, list, names, nameOf, poolName, server } from '../format';
import type { PlanIndex, PoolInfo } from '../planIndex';
import { SOURCES } from '../sources';
import type { Finding, RuleDefinition } from '../types';

/** The pools whose servers a back end is linked to (load balancers serve no pool), with those servers. */
function servedPools(ctx: PlanIndex, sql: PlanNode): Map<PoolInfo, PlanNode[]> {
  const served = new Map<PoolInfo, PlanNode[]>();
  for (const n of ctx.neighbors(sql.id)) {
    if (n.kind === 'hardware-load-balancer') continue;
    const info = ctx.poolOf(n);
    if (!info) continue;
    const list = served.get(info);
    if (list) list.push(n);
    else served.set(info, [n]);
  }
  return served;
}

/** Fast test: is the back end linked to a server of a pool other than `own`? */
function servesOtherPool(ctx: PlanIndex, sql: PlanNode, own: PoolInfo | undefined): boolean {
  for (const n of ctx.neighbors(sql.id)) {
    if (n.kind === 'hardware-load-balancer') continue;
    const info = ctx.poolOf(n);
    if (info !== undefined && info !== own) return true;
  }
  return false;
}

export const eeBackendShared: RuleDefinition = {
  id: 'EE-BACKEND-SHARED',
  severity: 'error',
  title: 'A back end serves one pool only',
  source: SOURCES[1],
  check(ctx) {
    const out: Finding[] = [];
    const r2 = ctx.ocsVersion === '2007-r2';
    for (const sql of ctx.ofKind('back-end-sql')) {
      const own = ctx.poolOf(sql);
      if (!servesOtherPool(ctx, sql, own)) continue;
      const served = servedPools(ctx, sql);
      const others = [...served.keys()].filter((p) => p !== own);
      if (others.length === 0 || (!own && others.length === 1)) continue;
      const foreign = others.flatMap((p) => served.get(p)!);
      const whose = own ? `${server(sql, ctx.ocsVersion)}, the back end of ${poolName(own)},` : `${server(sql, ctx.ocsVersion)}`;
      const pools = others.map((p) => `${poolName(p)} (${names(served.get(p)!)})`);
      const why = r2
        ? 'OCS 2007 R2 does not support one back end for several pools'
        : 'OCS 2007 R2 does not support one back end for several pools, and OCS 2007 is not confirmed to';
      out.push(
        finding(
          eeBackendShared,
          `${whose} also serves ${own ? '' : 'servers of '}${list(pools)}. ${why}: give each pool a back end of its own and link its servers to it.`,
          [sql, ...foreign],
          own?.pool.id,
          r2 ? 'error' : 'warning',
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const sql = ctx.node(f.nodes[0]);
    if (!sql || sql.kind !== 'back-end-sql') return [];
    const own = ctx.poolOf(sql);
    const served = servedPools(ctx, sql);
    const keepFor = (keep: PoolInfo) => (plan: Plan) =>
      edit(plan, (d) => {
        if (!own) d.updateNode(sql.id, (n) => ({ ...n, pool: keep.pool.id }));
        for (const [p, servers] of served) if (p !== keep) for (const n of servers) d.unlink(sql.id, n.id);
      });
    if (own) return [{ id: 'unlink-others', label: `Unlink ${nameOf(sql)} from the servers of other pools`, apply: keepFor(own) }];
    return [...served.keys()].map((p) => ({
      id: `keep-for-${p.pool.id}`,
      label: `Make ${nameOf(sql)} the back end of ${poolName(p)} only`,
      apply: keepFor(p),
    }));
  },
};
