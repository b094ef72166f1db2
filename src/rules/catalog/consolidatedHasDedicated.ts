/** A consolidated pool runs every role on its Front Ends: no dedicated conferencing or IIS servers. */
import { KIND_INFO } from '../../domain/kinds';
import { DEDICATED_KINDS } from '../../domain/plan';
import { edit } from '../draft';
import { article, finding, list, names, poolName, roleLabel, server } from '../format';
import { addDedicated } from '../poolEdits';
import { withoutRoles } from './backEndDedicated';
import { DEDICATED_ROLE_KIND } from './expandedRoles';
import { SOURCES } from '../sources';
import type { Finding, RuleDefinition } from '../types';

export const consolidatedHasDedicated: RuleDefinition = {
  id: 'CONSOLIDATED-HAS-DEDICATED',
  severity: 'error',
  title: 'A consolidated pool has no dedicated servers',
  source: SOURCES[5],
  sources: { '2007': SOURCES[7] },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'consolidated' || info.dedicated.length === 0) continue;
      const one = info.dedicated.length === 1;
      out.push(
        finding(
          consolidatedHasDedicated,
          `Pool ${poolName(info)} is consolidated but holds the dedicated ${list(info.dedicated.map((n) => server(n, ctx.ocsVersion)))}. Switch the pool to expanded, or remove the ${one ? 'server' : 'servers'}.`,
          info.dedicated,
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info || info.dedicated.length === 0) return [];
    const ids = info.dedicated.map((n) => n.id);
    // An expanded pool has one of each dedicated server, and its Front Ends run none of their roles.
    const missing = DEDICATED_KINDS.filter((k) => !info.dedicated.some((n) => n.kind === k));
    const moved = [...new Set(info.frontEnds.flatMap((fe) => fe.collocated ?? []))].filter((r) => DEDICATED_ROLE_KIND[r] !== undefined);
    return [
      {
        id: 'switch-to-expanded',
        label: `Switch ${poolName(info)} to expanded${missing.length > 0 ? ` and add ${list(missing.map((k) => article(KIND_INFO[k].label)))}` : ''}${moved.length > 0 ? `; ${list(moved.map(roleLabel))} move${moved.length > 1 ? '' : 's'} off the Front Ends` : ''}`,
        apply: (plan) =>
          edit(plan, (d) => {
            d.updatePool(info.pool.id, (p) => ({ ...p, configuration: 'expanded' }));
            for (const fe of info.frontEnds) d.updateNode(fe.id, (n) => withoutRoles(n, moved));
            for (const kind of missing) addDedicated(d, ctx, info, kind);
          }),
      },
      {
        id: 'remove-dedicated',
        label: `Remove ${names(info.dedicated)}`,
        apply: (plan) => edit(plan, (d) => d.removeNodes(ids)),
      },
    ];
  },
};
