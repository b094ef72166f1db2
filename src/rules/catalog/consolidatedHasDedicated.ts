/** A consolidated pool runs every role on its Front Ends: no dedicated conferencing or IIS servers. */
import { edit } from '../draft';
import { finding, list, names, poolName, server } from '../format';
import type { Finding, RuleDefinition } from '../types';

export const consolidatedHasDedicated: RuleDefinition = {
  id: 'CONSOLIDATED-HAS-DEDICATED',
  severity: 'error',
  title: 'A consolidated pool has no dedicated servers',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'consolidated' || info.dedicated.length === 0) continue;
      const one = info.dedicated.length === 1;
      out.push(
        finding(
          consolidatedHasDedicated,
          `Pool ${poolName(info)} is consolidated but holds the dedicated ${list(info.dedicated.map(server))}. Switch the pool to expanded, or remove the ${one ? 'server' : 'servers'}.`,
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
    return [
      {
        id: 'switch-to-expanded',
        label: `Switch ${poolName(info)} to expanded`,
        apply: (plan) => edit(plan, (d) => d.updatePool(info.pool.id, (p) => ({ ...p, configuration: 'expanded' }))),
      },
      {
        id: 'remove-dedicated',
        label: `Remove ${names(info.dedicated)}`,
        apply: (plan) => edit(plan, (d) => d.removeNodes(ids)),
      },
    ];
  },
};
