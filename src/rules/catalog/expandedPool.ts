/** An expanded pool: dedicated Web Components, Web Conferencing and A/V Conferencing Servers. */
import { KIND_INFO } from '../../domain/kinds';
import type { NodeKind } from '../../domain/plan';
import { DEDICATED_KINDS } from '../../domain/plan';
import { edit } from '../draft';
import { article, finding, list, poolName } from '../format';
import { addDedicated } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';

export const expandedMissingDedicated: RuleDefinition = {
  id: 'EXPANDED-MISSING-DEDICATED',
  severity: 'error',
  title: 'An expanded pool has each kind of dedicated server',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'expanded') continue;
      const missing = DEDICATED_KINDS.filter((k) => !info.dedicated.some((n) => n.kind === k));
      if (missing.length === 0) continue;
      out.push(
        finding(
          expandedMissingDedicated,
          `Expanded pool ${poolName(info)} has no ${list(missing.map((k) => KIND_INFO[k].label))}. An expanded pool runs Web Components, Web Conferencing and A/V Conferencing on dedicated servers: add the missing ones, or switch the pool to consolidated.`,
          [],
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info || info.kind !== 'expanded') return [];
    const missing: NodeKind[] = DEDICATED_KINDS.filter((k) => !info.dedicated.some((n) => n.kind === k));
    if (missing.length === 0) return [];
    const fixes: Fix[] = [
      {
        id: 'add-dedicated',
        label: `Add ${list(missing.map((k) => article(KIND_INFO[k].label)))} to ${poolName(info)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const kind of missing) addDedicated(d, ctx, info, kind);
          }),
      },
    ];
    if (info.dedicated.length === 0) {
      fixes.push({
        id: 'switch-to-consolidated',
        label: `Switch ${poolName(info)} to consolidated`,
        apply: (plan) => edit(plan, (d) => d.updatePool(info.pool.id, (p) => ({ ...p, configuration: 'consolidated' }))),
      });
    }
    return fixes;
  },
};

export const r2ExpandedCli: RuleDefinition = {
  id: 'R2-EXPANDED-CLI',
  severity: 'info',
  title: 'On OCS 2007 R2, the expanded configuration is deployed from the command line',
  source: SOURCES[6],
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.ocsVersion !== '2007-r2') return out;
    for (const info of ctx.pools) {
      if (info.kind !== 'expanded') continue;
      out.push(
        finding(
          r2ExpandedCli,
          `Pool ${poolName(info)} is expanded: on OCS 2007 R2 an expanded pool is deployed from the command line only, and Microsoft recommends the consolidated configuration. Prefer consolidated unless you need to scale conferencing separately.`,
          [],
          info.pool.id,
        ),
      );
    }
    return out;
  },
};
