/** Roles in an expanded pool: conferencing and IIS on dedicated servers, IM and telephony conferencing on the Front Ends. */
import { KIND_INFO } from '../../domain/kinds';
import type { CollocatedRole, NodeKind, OcsVersion, PlanNode } from '../../domain/plan';
import { edit } from '../draft';
import { article, finding, list, nameOf, poolName, roleLabel, server } from '../format';
import { commonLoadBalancer, loadBalancersOf } from '../planIndex';
import { addDedicated, addLoadBalancer } from '../poolEdits';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';
import { withoutRoles } from './backEndDedicated';

/** Roles that run on dedicated servers in an expanded pool, and the kind of server for each. */
export const DEDICATED_ROLE_KIND: Partial<Record<CollocatedRole, NodeKind>> = {
  'web-conferencing': 'web-conferencing-server',
  'av-conferencing': 'av-conferencing-server',
  'web-components': 'web-components-server',
};
const FRONT_END_ROLES: readonly CollocatedRole[] = ['im-conferencing', 'telephony-conferencing'];
const DEDICATED = new Set<string>(['web-components-server', 'web-conferencing-server', 'av-conferencing-server']);

/** The dedicated server a role of an expanded Front End belongs on: on R2 Application Sharing too [R1]. */
function dedicatedKindOf(role: CollocatedRole, ocsVersion: OcsVersion): NodeKind | undefined {
  if (role === 'application-sharing') return ocsVersion === '2007-r2' ? 'application-sharing-server' : undefined;
  return DEDICATED_ROLE_KIND[role];
}

/** The roles a node of an expanded pool must not carry. */
function misplacedRoles(node: PlanNode, ocsVersion: OcsVersion): CollocatedRole[] {
  const roles = [...new Set(node.collocated ?? [])];
  if (node.kind === 'front-end-server') return roles.filter((r) => dedicatedKindOf(r, ocsVersion) !== undefined);
  if (DEDICATED.has(node.kind)) return roles.filter((r) => FRONT_END_ROLES.includes(r));
  return [];
}

export const expandedFeCollocation: RuleDefinition = {
  id: 'EXPANDED-FE-COLLOCATION',
  severity: 'error',
  title: 'In an expanded pool, each role runs where it belongs',
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'expanded') continue;
      for (const node of info.members) {
        const roles = misplacedRoles(node, ctx.ocsVersion);
        if (roles.length === 0) continue;
        const labels = list(roles.map(roleLabel));
        const message =
          node.kind === 'front-end-server'
            ? `${server(node, ctx.ocsVersion)} of expanded pool ${poolName(info)} also runs ${labels}. In an expanded pool ${roles.length > 1 ? 'these run' : 'it runs'} on dedicated servers: move ${roles.length > 1 ? 'them' : 'it'} onto ${list(roles.map((r) => article(KIND_INFO[dedicatedKindOf(r, ctx.ocsVersion)!].label)))}.`
            : `${server(node, ctx.ocsVersion)} of expanded pool ${poolName(info)} also runs ${labels}, which stay${roles.length > 1 ? '' : 's'} on the Front Ends in an expanded pool: remove ${roles.length > 1 ? 'them' : 'it'} from ${nameOf(node)}.`;
        out.push(finding(expandedFeCollocation, message, [node], info.pool.id));
      }
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    const info = node && ctx.poolOf(node);
    if (!node || !info) return [];
    const roles = misplacedRoles(node, ctx.ocsVersion);
    if (roles.length === 0) return [];
    if (node.kind !== 'front-end-server') {
      return [
        {
          id: 'remove-roles',
          label: `Remove ${list(roles.map(roleLabel))} from ${nameOf(node)}`,
          apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => withoutRoles(n, roles))),
        },
      ];
    }
    // Each role goes to the pool's dedicated server of its kind where there is one; a new one only where there is none.
    const kinds = roles.map((r) => dedicatedKindOf(r, ctx.ocsVersion)!);
    const existing = kinds.map((k) => info.members.find((n) => n.kind === k));
    const onto = kinds.map((k, i) => (existing[i] ? nameOf(existing[i]) : `a new ${KIND_INFO[k].label}`));
    return [
      {
        id: 'move-to-dedicated',
        label: `Move ${list(roles.map(roleLabel))} off the Front Ends onto ${list(onto)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const fe of info.frontEnds) d.updateNode(fe.id, (n) => withoutRoles(n, roles));
            kinds.forEach((kind, i) => {
              if (!existing[i]) addDedicated(d, ctx, info, kind);
            });
          }),
      },
    ];
  },
};

export const expandedWebLb: RuleDefinition = {
  id: 'EXPANDED-WEB-LB',
  severity: 'error',
  title: 'Web Components Servers sit behind a hardware load balancer',
  source: SOURCES[6],
  sources: { '2007': SOURCES[8] },
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      if (info.kind !== 'expanded') continue;
      for (const web of info.dedicated) {
        if (web.kind !== 'web-components-server' || loadBalancersOf(ctx, web.id).length > 0) continue;
        out.push(
          finding(
            expandedWebLb,
            `${server(web, ctx.ocsVersion)} of expanded pool ${poolName(info)} is not linked to a hardware load balancer. Link it to one (the Front Ends' load balancer will do).`,
            [web],
            info.pool.id,
          ),
        );
      }
    }
    return out;
  },
  fixes(ctx, f) {
    const web = ctx.node(f.nodes[0]);
    const info = web && ctx.poolOf(web);
    if (!web || !info) return [];
    const fixes: Fix[] = [];
    const otherWebs = info.dedicated.filter((n) => n.kind === 'web-components-server' && n !== web);
    const existing = otherWebs.flatMap((n) => loadBalancersOf(ctx, n.id))[0] ?? commonLoadBalancer(ctx, info.frontEnds);
    if (existing) {
      fixes.push({
        id: 'link-existing',
        label: `Link ${nameOf(web)} to ${nameOf(existing)}`,
        apply: (plan) => edit(plan, (d) => d.link(web.id, existing.id)),
      });
    }
    fixes.push({
      id: 'add-load-balancer',
      label: `Add a hardware load balancer for ${nameOf(web)}`,
      apply: (plan) =>
        edit(plan, (d) => {
          const lb = addLoadBalancer(d, info, [web]);
          d.link(web.id, lb.id);
        }),
    });
    return fixes;
  },
};
