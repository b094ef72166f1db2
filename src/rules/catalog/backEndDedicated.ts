/** The Enterprise back end runs on a computer of its own. */
import { edit } from '../draft';
import { finding, list, nameOf, roleLabel, server } from '../format';
import { addBackEnd } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';

/** Kinds that are not Enterprise servers for this rule: the back end itself and the Standard Edition Server (its SQL Express is collocated by design). */
const NOT_ENTERPRISE = new Set(['back-end-sql', 'standard-edition-server']);

export const eeBackendDedicated: RuleDefinition = {
  id: 'EE-BACKEND-DEDICATED',
  severity: 'error',
  title: 'The Enterprise back end has a computer of its own',
  source: SOURCES[1],
  sources: { '2007': SOURCES[4] },
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      const roles = node.collocated ?? [];
      if (roles.length === 0) continue;
      if (node.kind === 'back-end-sql') {
        const distinct = [...new Set(roles)];
        out.push(
          finding(
            eeBackendDedicated,
            `${server(node, ctx.ocsVersion)} also runs ${list(distinct.map(roleLabel))}. The Enterprise back end needs a computer of its own: move those roles to other computers.`,
            [node],
          ),
        );
      } else if (!NOT_ENTERPRISE.has(node.kind) && roles.includes('back-end-sql')) {
        out.push(
          finding(
            eeBackendDedicated,
            `${server(node, ctx.ocsVersion)} also runs the Back-End SQL Server. The Enterprise back end needs a computer of its own: remove the role and use a dedicated Back-End SQL Server.`,
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
    if (node.kind === 'back-end-sql') {
      return [
        {
          id: 'clear-roles',
          label: `Remove the other roles from ${nameOf(node)}`,
          apply: (plan) =>
            edit(plan, (d) =>
              d.updateNode(node.id, (n) => {
                const { collocated: _, ...rest } = n;
                return rest;
              }),
            ),
        },
      ];
    }
    const info = ctx.poolOf(node);
    const addOne = info !== undefined && info.isEnterprise && info.backEnds.length === 0;
    const fix: Fix = {
      id: 'remove-role',
      label: addOne
        ? `Move the back end off ${nameOf(node)} onto a new dedicated Back-End SQL Server`
        : `Remove the Back-End SQL Server role from ${nameOf(node)}`,
      apply: (plan) =>
        edit(plan, (d) => {
          d.updateNode(node.id, (n) => withoutRoles(n, ['back-end-sql']));
          if (addOne) addBackEnd(d, info);
        }),
    };
    return [fix];
  },
};

/** A node without some collocated roles (and without the field when none are left). */
export function withoutRoles<T extends { collocated?: string[] }>(node: T, roles: readonly string[]): T {
  const left = (node.collocated ?? []).filter((r) => !roles.includes(r));
  const { collocated: _, ...rest } = node;
  return (left.length > 0 ? { ...rest, collocated: left } : rest) as T;
}
