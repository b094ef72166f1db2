/** Per-server requirements: SQL Server version, 64-bit on R2, no domain controller. */
import { kindDef, OCS_VERSION_LABELS, SQL_VERSION_LABELS } from '../../domain/kinds';
import type { OcsVersion, SqlVersion } from '../../domain/plan';
import { edit } from '../draft';
import { setOnFirstNode } from '../nodeFix';
import { finding, list, nameOf, server } from '../format';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';
import { withoutRoles } from './backEndDedicated';

export const SUPPORTED_SQL: Record<OcsVersion, readonly SqlVersion[]> = {
  '2007': ['2000-sp4', '2005-sp1', '2005-sp2'],
  '2007-r2': ['2005-sp2', '2008'],
};

export const sqlVersion: RuleDefinition = {
  id: 'SQL-VERSION',
  severity: 'error',
  title: 'The back end runs a supported SQL Server',
  source: SOURCES[3],
  sources: { '2007': SOURCES[4] },
  check(ctx) {
    const out: Finding[] = [];
    const supported = SUPPORTED_SQL[ctx.ocsVersion];
    for (const sql of ctx.ofKind('back-end-sql')) {
      if (sql.sqlVersion === undefined || supported.includes(sql.sqlVersion)) continue;
      const runs = SQL_VERSION_LABELS[sql.sqlVersion] ?? `SQL Server ${sql.sqlVersion}`;
      out.push(
        finding(
          sqlVersion,
          `${server(sql, ctx.ocsVersion)} runs ${runs}, which ${OCS_VERSION_LABELS[ctx.ocsVersion]} does not support. Use ${list(
            supported.map((v) => SQL_VERSION_LABELS[v]),
            'or',
          )}.`,
          [sql],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const sql = ctx.node(f.nodes[0]);
    if (!sql) return [];
    return SUPPORTED_SQL[ctx.ocsVersion].map((v): Fix => ({
      id: `use-${v}`,
      label: `Use ${SQL_VERSION_LABELS[v]} on ${nameOf(sql)}`,
      apply: (plan) => edit(plan, (d) => d.updateNode(sql.id, (n) => ({ ...n, sqlVersion: v }))),
    }));
  },
};

export const r2Is64bit: RuleDefinition = {
  id: 'R2-64BIT',
  severity: 'error',
  title: 'Every OCS 2007 R2 server is 64-bit',
  source: SOURCES[26],
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.ocsVersion !== '2007-r2') return out;
    for (const node of ctx.nodes) {
      // Only OCS server roles: the back end may run 32-bit or 64-bit SQL Server [R3]; devices and the PSTN are not Windows servers.
      if (node.is64bit !== false || !kindDef(node.kind)?.ocsRole) continue;
      out.push(
        finding(
          r2Is64bit,
          `${server(node, ctx.ocsVersion)} is 32-bit. Every OCS 2007 R2 server role needs 64-bit hardware and a 64-bit operating system: plan it as a 64-bit server.`,
          [node],
        ),
      );
    }
    return out;
  },
  fixes: setOnFirstNode('make-64bit', (node) => `Make ${nameOf(node)} 64-bit`, { is64bit: true }),
};

export const roleOnDc: RuleDefinition = {
  id: 'ROLE-ON-DC',
  severity: 'error',
  title: 'No server role on a domain controller',
  source: SOURCES[1],
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      if (!node.collocated?.includes('domain-controller')) continue;
      // R2's collocation table forbids it; on 2007 only Communicator Web Access is documented as such [R48].
      const cwa = node.kind === 'cwa-server';
      const severity = cwa || ctx.ocsVersion === '2007-r2' ? 'error' : 'warning';
      const why = cwa
        ? 'Communicator Web Access is not supported on a domain controller'
        : ctx.ocsVersion === '2007-r2'
          ? 'OCS server roles are not supported on a domain controller'
          : 'OCS server roles on a domain controller are not a documented OCS 2007 topology (OCS 2007 R2 forbids them)';
      out.push(
        finding(
          roleOnDc,
          `${server(node, ctx.ocsVersion)} is also a domain controller. ${why}: keep the domain controller on a computer of its own.`,
          [node],
          undefined,
          severity,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    if (!node) return [];
    return [
      {
        id: 'remove-dc',
        label: `Remove the domain controller role from ${nameOf(node)}`,
        apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => withoutRoles(n, ['domain-controller']))),
      },
    ];
  },
};
