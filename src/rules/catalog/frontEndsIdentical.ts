/** The Front Ends of a pool are identical: the same collocated roles. */
import type { CollocatedRole, PlanNode } from '../../domain/plan';
import { COLLOCATED_ROLES } from '../../domain/plan';
import { edit } from '../draft';
import { finding, list, names, nameOf, poolName, roleLabel } from '../format';
import type { PoolInfo } from '../planIndex';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';
import { DEDICATED_ROLE_KIND } from './expandedRoles';

interface RoleGroup {
  roles: CollocatedRole[];
  frontEnds: PlanNode[];
}

/** Front Ends grouped by their set of collocated roles; the largest group first (the earlier one on a tie). */
function roleGroups(info: PoolInfo): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const fe of info.frontEnds) {
    const set = new Set(fe.collocated ?? []);
    const roles = COLLOCATED_ROLES.filter((r) => set.has(r));
    const key = roles.join(',');
    const g = groups.get(key);
    if (g) g.frontEnds.push(fe);
    else groups.set(key, { roles, frontEnds: [fe] });
  }
  return [...groups.values()].sort((a, b) => b.frontEnds.length - a.frontEnds.length);
}

function describe(g: RoleGroup): string {
  const many = g.frontEnds.length > 1;
  const roles = g.roles.length === 0 ? 'no collocated role' : list(g.roles.map(roleLabel));
  return `${names(g.frontEnds)} ${many ? 'have' : 'has'} ${roles}`;
}

export const feNotIdentical: RuleDefinition = {
  id: 'FE-NOT-IDENTICAL',
  severity: 'error',
  title: 'The Front Ends of a pool are identical',
  source: SOURCES[7],
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.frontEnds.length < 2 || info.frontEnds.every((fe) => !fe.collocated?.length)) continue;
      const groups = roleGroups(info);
      if (groups.length < 2) continue;
      const clearMajority = groups[0].frontEnds.length > groups[1].frontEnds.length;
      const odd = clearMajority ? groups.slice(1).flatMap((g) => g.frontEnds) : info.frontEnds;
      out.push(
        finding(
          feNotIdentical,
          `The Front Ends of pool ${poolName(info)} differ: ${groups.map(describe).join('; ')}. Every Front End of a pool runs the same roles: give them the same collocated roles.`,
          odd,
          info.pool.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const info = f.pool === undefined ? undefined : ctx.poolById.get(f.pool);
    if (!info) return [];
    // Each group's roles, less those no Front End of this pool may run: copying those would add errors.
    const offered = new Set<string>();
    const fixes: Fix[] = [];
    for (const g of roleGroups(info)) {
      const model = g.frontEnds[0];
      const roles = g.roles.filter((r) => allowedOnFrontEnd(info, r));
      const dropped = g.roles.filter((r) => !roles.includes(r));
      const key = roles.join(',');
      if (offered.has(key)) continue;
      offered.add(key);
      const what = roles.length === 0 ? 'no collocated role' : list(roles.map(roleLabel));
      fixes.push({
        id: `like-${model.id}`,
        label:
          dropped.length === 0
            ? `Give every Front End the roles of ${nameOf(model)} (${what})`
            : `Give every Front End ${what}: the roles of ${nameOf(model)} without ${list(dropped.map(roleLabel))}, which no Front End may run here`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const fe of info.frontEnds)
              d.updateNode(fe.id, (n) => {
                const { collocated: _, ...rest } = n;
                return roles.length > 0 ? { ...rest, collocated: [...roles] } : rest;
              });
          }),
      });
    }
    return fixes;
  },
};

/**
 * Whether a Front End of this pool may carry a collocated role without breaking another rule:
 * never a domain controller (ROLE-ON-DC) or the back end (EE-BACKEND-DEDICATED); in an expanded pool,
 * none of the roles of its dedicated servers (EXPANDED-FE-COLLOCATION).
 */
export function allowedOnFrontEnd(info: PoolInfo, role: CollocatedRole): boolean {
  if (role === 'domain-controller' || role === 'back-end-sql') return false;
  return info.kind !== 'expanded' || DEDICATED_ROLE_KIND[role] === undefined;
}
