/** Standard Edition Servers: their own SQL Server Express, and only in Standard Edition pools. */
import { edit } from '../draft';
import { finding, names, nameOf, poolName, server } from '../format';
import { enterpriseExtras, makeEnterprise } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';

export const seExternalSql: RuleDefinition = {
  id: 'SE-EXTERNAL-SQL',
  severity: 'error',
  title: 'A Standard Edition Server uses its collocated SQL Server Express',
  source: SOURCES[3],
  sources: { '2007': SOURCES[4] },
  check(ctx) {
    const out: Finding[] = [];
    for (const se of ctx.ofKind('standard-edition-server')) {
      const sqls = ctx.neighbors(se.id).filter((n) => n.kind === 'back-end-sql');
      if (sqls.length === 0) continue;
      out.push(
        finding(
          seExternalSql,
          `${server(se, ctx.ocsVersion)} is linked to the back end ${names(sqls)}, but a Standard Edition Server keeps its data in the SQL Server Express instance collocated on it. Remove the link.`,
          [se, ...sqls],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const se = ctx.node(f.nodes[0]);
    if (!se) return [];
    const sqls = ctx.neighbors(se.id).filter((n) => n.kind === 'back-end-sql');
    return [
      {
        id: 'unlink',
        label: `Remove the link from ${nameOf(se)} to ${names(sqls)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const sql of sqls) d.unlink(se.id, sql.id);
          }),
      },
    ];
  },
};

export const seOutsideSePool: RuleDefinition = {
  id: 'SE-OUTSIDE-SE-POOL',
  severity: 'error',
  title: 'Standard Edition Servers in Standard Edition pools, Front Ends in Enterprise pools',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      const wrong = info.isEnterprise ? info.standardServers : info.frontEnds;
      for (const node of wrong) {
        const message = info.isEnterprise
          ? `${server(node, ctx.ocsVersion)} is in Enterprise pool ${poolName(info)}. An Enterprise pool runs Front End Servers: make it a Front End Server, or move it into a Standard Edition pool.`
          : `${server(node, ctx.ocsVersion)} is in Standard Edition pool ${poolName(info)}. Front End Servers belong in Enterprise pools: move it into one, or make the pool an Enterprise pool.`;
        out.push(finding(seOutsideSePool, message, [node], info.pool.id));
      }
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    const info = node && ctx.poolOf(node);
    if (!node || !info) return [];
    const fixes: Fix[] = [];
    if (info.isEnterprise && node.kind === 'standard-edition-server') {
      fixes.push({
        id: 'make-front-end',
        label: `Make ${nameOf(node)} a Front End Server`,
        apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => ({ ...n, kind: 'front-end-server' }))),
      });
    }
    if (!info.isEnterprise && node.kind === 'front-end-server' && info.standardServers.length === 0) {
      fixes.push({
        id: 'make-enterprise',
        label: `Make ${poolName(info)} an Enterprise pool (consolidated)${enterpriseExtras(ctx, info)}`,
        apply: (plan) => edit(plan, (d) => makeEnterprise(d, ctx, info)),
      });
      fixes.push({
        id: 'make-standard-edition',
        label: `Make ${nameOf(node)} a Standard Edition Server`,
        apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => ({ ...n, kind: 'standard-edition-server' }))),
      });
    }
    return fixes;
  },
};
