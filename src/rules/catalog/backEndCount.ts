/** An Enterprise pool has exactly one back end. */
import type { PlanNode } from '../../domain/plan';
import { edit } from '../draft';
import { count, finding, names, nameOf, poolName } from '../format';
import { reaches } from '../planIndex';
import { addBackEnd, backEndSpot } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';
import { canJoin, databaseUsers, standOutside, strayBackEnds } from './backEndLink';

export const eeBackendMissing: RuleDefinition = {
  id: 'EE-BACKEND-MISSING',
  severity: 'error',
  title: 'An Enterprise pool has a back end',
  source: SOURCES[2],
  sources: { '2007': SOURCES[4] },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (!info.isEnterprise || info.backEnds.length > 0) continue;
      const strays = strayBackEnds(ctx, info);
      const message =
        strays.length > 0
          ? `Enterprise pool ${poolName(info)} has no Back-End SQL Server in it: ${standOutside(strays)}, although the pool's servers are linked to ${strays.length > 1 ? 'them' : 'it'}. Move ${strays.length > 1 ? 'one of them' : 'it'} into the pool.`
          : `Enterprise pool ${poolName(info)} has no Back-End SQL Server. Add a back end on a computer of its own to the pool and link the Front Ends to it.`;
      out.push(finding(eeBackendMissing, message, strays, info.pool.id));
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info) return [];
    // A back end linked to the pool that stands outside it is the pool's back end: move that one in.
    const movable = strayBackEnds(ctx, info).filter((sql) => canJoin(ctx, sql, info));
    if (movable.length > 0) {
      return movable.map((sql): Fix => {
        const unlinked = databaseUsers(info).filter((n) => !reaches(ctx, n, sql));
        return {
          id: `move-in-${sql.id}`,
          label: `Move ${nameOf(sql)} into ${poolName(info)}${unlinked.length > 0 ? ` and link ${names(unlinked)} to it` : ''}`,
          apply: (plan) =>
            edit(plan, (d) => {
              d.moveIntoPool(sql.id, info.pool.id, backEndSpot(info));
              for (const n of unlinked) d.link(n.id, sql.id);
            }),
        };
      });
    }
    return [
      {
        id: 'add-back-end',
        label: `Add a Back-End SQL Server to ${poolName(info)}, linked to its Front Ends`,
        apply: (plan) => edit(plan, (d) => addBackEnd(d, info)),
      },
    ];
  },
};

/**
 * The back ends of a pool as the computers the rule counts: back ends that share a `cluster` value are the
 * nodes of one active/passive SQL cluster and count as one [R2][R3]. Each entry: the nodes of one back end.
 */
export function countedBackEnds(backEnds: readonly PlanNode[]): PlanNode[][] {
  const byCluster = new Map<string, PlanNode[]>();
  const out: PlanNode[][] = [];
  for (const sql of backEnds) {
    const cluster = sql.cluster?.trim();
    if (!cluster) {
      out.push([sql]);
      continue;
    }
    const nodes = byCluster.get(cluster);
    if (nodes) nodes.push(sql);
    else {
      const fresh = [sql];
      byCluster.set(cluster, fresh);
      out.push(fresh);
    }
  }
  return out;
}

export const eeBackendMultiple: RuleDefinition = {
  id: 'EE-BACKEND-MULTIPLE',
  severity: 'error',
  title: 'An Enterprise pool has only one back end',
  source: SOURCES[2],
  sources: { '2007': SOURCES[4] },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (!info.isEnterprise || info.backEnds.length <= 1) continue;
      const counted = countedBackEnds(info.backEnds);
      if (counted.length <= 1) continue;
      out.push(
        finding(
          eeBackendMultiple,
          `Enterprise pool ${poolName(info)} has ${count(counted.length, 'Back-End SQL Server')} (${names(info.backEnds)}); a pool has exactly one back end (the nodes of one active/passive SQL cluster, with the same cluster name, count as one). Keep one and remove the others, or give clustered nodes the same cluster name.`,
          info.backEnds,
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info) return [];
    return info.backEnds.map((keep) => {
      const drop = info.backEnds.filter((n) => n !== keep);
      return {
        id: `keep-${keep.id}`,
        label: `Keep ${nameOf(keep)}, remove ${names(drop)} and link their servers to ${nameOf(keep)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const sql of drop) for (const n of ctx.neighbors(sql.id)) if (!drop.includes(n)) d.link(n.id, keep.id);
            d.removeNodes(drop.map((n) => n.id));
          }),
      };
    });
  },
};
