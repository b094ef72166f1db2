/** SERVER-COLLOCATION: the roles a node carries besides its own, read against the registry's collocation table. */
import { kindDef, mayCollocate } from '../../domain/kinds';
import type { CollocatedRole, NodeKind, PlanNode } from '../../domain/plan';
import { edit } from '../draft';
import { finding, list, nameOf, roleLabel, server } from '../format';
import type { PlanIndex } from '../planIndex';
import type { Finding, RuleDefinition } from '../types';
import { withoutRoles } from './backEndDedicated';
import { R_SOURCES } from '../../domain/sources';

/** The roles a pool server runs by design (an expanded Front End's are judged by EXPANDED-FE-COLLOCATION). */
const BUILT_IN: Partial<Record<NodeKind, readonly CollocatedRole[]>> = {
  'front-end-server': [
    'im-conferencing',
    'telephony-conferencing',
    'web-conferencing',
    'av-conferencing',
    'web-components',
    'application-sharing',
  ],
  'standard-edition-server': [
    'im-conferencing',
    'telephony-conferencing',
    'web-conferencing',
    'av-conferencing',
    'web-components',
    'application-sharing',
    'back-end-sql',
  ],
};

/** Whether another rule judges this role on this node: EE-BACKEND-DEDICATED, ROLE-ON-DC, GROUPCHAT-DB. */
function judgedElsewhere(node: PlanNode, role: CollocatedRole): boolean {
  if (node.kind === 'back-end-sql') return true;
  if (role === 'back-end-sql' || role === 'domain-controller') return true;
  return node.kind === 'group-chat-server' && role === 'database';
}

/** The roles of a node this rule flags, and whether all of them are only "not recommended" (archiving on an R2 SE server). */
function unsupported(ctx: PlanIndex, node: PlanNode): { roles: CollocatedRole[]; onlyNotRecommended: boolean } {
  const def = kindDef(node.kind);
  const roles: CollocatedRole[] = [];
  let onlyNotRecommended = true;
  if (!def) return { roles, onlyNotRecommended };
  for (const role of new Set(node.collocated ?? [])) {
    if (judgedElsewhere(node, role) || BUILT_IN[def.kind]?.includes(role)) continue;
    const r2 = ctx.ocsVersion === '2007-r2';
    // The table's SE row: archiving on both versions (on R2 supported, not recommended), monitoring on R2 only.
    if (def.kind === 'standard-edition-server' && role === 'monitoring' && !r2) {
      roles.push(role);
      onlyNotRecommended = false;
      continue;
    }
    if (mayCollocate(def.kind, role)) {
      if (def.kind === 'standard-edition-server' && role === 'archiving' && r2) roles.push(role);
      continue;
    }
    roles.push(role);
    onlyNotRecommended = false;
  }
  return { roles, onlyNotRecommended };
}

export const serverCollocation: RuleDefinition = {
  id: 'SERVER-COLLOCATION',
  severity: 'error',
  title: 'Only supported roles share a computer',
  source: R_SOURCES.R1,
  sources: { '2007': R_SOURCES.R48 },
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      if (!node.collocated?.length) continue;
      const { roles, onlyNotRecommended } = unsupported(ctx, node);
      if (roles.length === 0) continue;
      if (onlyNotRecommended) {
        out.push(
          finding(
            serverCollocation,
            `${server(node, ctx.ocsVersion)} also runs the Archiving Server. On OCS 2007 R2 that is supported but not recommended: give the Archiving Server a computer of its own.`,
            [node],
            undefined,
            'warning',
          ),
        );
        continue;
      }
      out.push(
        finding(
          serverCollocation,
          `${server(node, ctx.ocsVersion)} also runs ${list(roles.map(roleLabel))}, which is not supported on the same computer: move ${roles.length === 1 ? 'it' : 'them'} to a server of ${roles.length === 1 ? 'its' : 'their'} own.`,
          [node],
          undefined,
          ctx.ocsVersion === '2007-r2' ? 'error' : 'warning',
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    if (!node) return [];
    const { roles } = unsupported(ctx, node);
    if (roles.length === 0) return [];
    return [
      {
        id: 'remove-roles',
        label: `Remove ${list(roles.map(roleLabel))} from ${nameOf(node)}`,
        apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => withoutRoles(n, roles))),
      },
    ];
  },
};
