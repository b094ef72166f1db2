/** The fixes that add a role server's missing database: on the server itself where allowed, else on a SQL Server. */
import { mayCollocate } from '../../domain/kinds';
import type { PlanNode, RoleDatabase } from '../../domain/plan';
import { edit } from '../draft';
import { nameOf } from '../format';
import type { PlanIndex } from '../planIndex';
import type { Fix } from '../types';
import { collocateDatabase, databaseOnSqlServer } from './linked';

const LABELS: Record<RoleDatabase, string> = {
  archiving: 'archiving',
  monitoring: 'monitoring',
  'group-chat': 'Group Chat',
  compliance: 'compliance',
};

export function roleDatabaseFixes(ctx: PlanIndex, node: PlanNode, db: RoleDatabase): Fix[] {
  const fixes: Fix[] = [];
  if (mayCollocate(node.kind, 'database')) {
    fixes.push({
      id: 'collocate-database',
      label: `Keep the ${LABELS[db]} database on ${nameOf(node)}`,
      apply: (plan) => edit(plan, (d) => collocateDatabase(d, node.id)),
    });
  }
  const existing = ctx.ofKind('sql-server')[0];
  fixes.push({
    id: 'database-on-sql-server',
    label: existing
      ? `Keep the ${LABELS[db]} database on ${nameOf(existing)}, linked to ${nameOf(node)}`
      : `Add a SQL Server for the ${LABELS[db]} database, linked to ${nameOf(node)}`,
    apply: (plan) =>
      edit(plan, (d) => {
        // The Group Chat Server may not keep its database: the move drops a collocated one.
        if (!mayCollocate(node.kind, 'database') && node.collocated?.includes('database'))
          d.updateNode(node.id, (n) => {
            const left = (n.collocated ?? []).filter((r) => r !== 'database');
            const { collocated: _, ...rest } = n;
            return left.length > 0 ? { ...rest, collocated: left } : rest;
          });
        databaseOnSqlServer(ctx, d, node, db);
      }),
  });
  return fixes;
}
