/** An expanded pool: dedicated Web Components, Web Conferencing and A/V Conferencing Servers. */
import { KIND_INFO } from '../../domain/kinds';
import type { NodeKind, OcsVersion } from '../../domain/plan';
import { DEDICATED_KINDS } from '../../domain/plan';
import { edit } from '../draft';
import { article, finding, list, poolName } from '../format';
import type { PoolInfo } from '../planIndex';
import { addDedicated } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';

/** The dedicated servers of an expanded pool in a version: R2 adds the Application Sharing Server. */
export function dedicatedKinds(ocsVersion: OcsVersion): readonly NodeKind[] {
  return ocsVersion === '2007-r2' ? [...DEDICATED_KINDS, 'application-sharing-server'] : DEDICATED_KINDS;
}

function missingDedicated(info: PoolInfo, ocsVersion: OcsVersion): NodeKind[] {
  return dedicatedKinds(ocsVersion).filter((k) => !info.members.some((n) => n.kind === k));
}

/** A warning: no Microsoft text requires one of each; a missing one means that feature is unavailable. */
export const expandedMissingDedicated: RuleDefinition = {
  id: 'EXPANDED-MISSING-DEDICATED',
  severity: 'warning',
  title: 'An expanded pool has each kind of dedicated server',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'expanded') continue;
      const missing = missingDedicated(info, ctx.ocsVersion);
      if (missing.length === 0) continue;
      out.push(
        finding(
          expandedMissingDedicated,
          `Expanded pool ${poolName(info)} has no ${list(missing.map((k) => KIND_INFO[k].label))}. An expanded pool runs ${list(dedicatedKinds(ctx.ocsVersion).map((k) => KIND_INFO[k].label.replace(/ Server$/, '')))} on dedicated servers, and a feature without its server is unavailable: add the missing ones, or switch the pool to consolidated.`,
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
    const missing = missingDedicated(info, ctx.ocsVersion);
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
