/** SQL Server editions, and role databases in a pool's back-end instance. */
import { edit } from '../draft';
import { finding, list, nameOf, server } from '../format';
import type { Finding, RuleDefinition } from '../types';
import { R_SOURCES } from '../../domain/sources';

const DATABASE_LABELS = { archiving: 'archiving', monitoring: 'monitoring', 'group-chat': 'Group Chat', compliance: 'compliance' } as const;

export const sqlEdition: RuleDefinition = {
  id: 'SQL-EDITION',
  severity: 'error',
  title: 'A full SQL Server edition, not Express',
  source: R_SOURCES.R3,
  sources: { '2007': R_SOURCES.R4 },
  check(ctx) {
    const out: Finding[] = [];
    for (const node of [...ctx.ofKind('back-end-sql'), ...ctx.ofKind('sql-server')]) {
      if (node.sqlEdition !== 'express') continue;
      if (node.kind === 'sql-server') {
        out.push(
          finding(
            sqlEdition,
            `${server(node, ctx.ocsVersion)} runs SQL Server Express. Role databases need SQL Server Standard or Enterprise Edition.`,
            [node],
          ),
        );
      } else if (node.kind === 'back-end-sql' && ctx.poolOf(node)?.isEnterprise) {
        out.push(
          finding(
            sqlEdition,
            `${server(node, ctx.ocsVersion)} runs SQL Server Express. An Enterprise pool's back end needs SQL Server Standard or Enterprise Edition.`,
            [node],
          ),
        );
      }
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    if (!node) return [];
    return (['standard', 'enterprise'] as const).map((e) => ({
      id: `use-${e}`,
      label: `Use SQL Server ${e === 'standard' ? 'Standard' : 'Enterprise'} Edition on ${nameOf(node)}`,
      apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => ({ ...n, sqlEdition: e }))),
    }));
  },
};

export const beSharedInstance: RuleDefinition = {
  id: 'BE-SHARED-INSTANCE',
  severity: 'info',
  title: 'The back end keeps a dedicated SQL Server instance',
  source: R_SOURCES.R2,
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.ocsVersion !== '2007-r2') return out;
    for (const node of ctx.ofKind('back-end-sql')) {
      const dbs = [...new Set(node.databases ?? [])];
      if (dbs.length === 0) continue;
      out.push(
        finding(
          beSharedInstance,
          `${server(node, ctx.ocsVersion)} also holds the ${list(dbs.map((d) => DATABASE_LABELS[d] ?? d))} ${dbs.length === 1 ? 'database' : 'databases'}. Supported, but Microsoft's published performance results assume that the back-end database runs in a dedicated SQL Server instance.`,
          [node],
          ctx.poolOf(node)?.pool.id,
        ),
      );
    }
    return out;
  },
};
