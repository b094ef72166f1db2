/** Pool servers belong to a pool, and use their own pool's back end. */
import { nodeCenter, containsPoint, poolBox } from '../../domain/geometry';
import type { PlanNode } from '../../domain/plan';
import { POOL_SERVER_KINDS } from '../../domain/plan';
import { edit } from '../draft';
import { finding, kindLabel, list, names, nameOf, poolName, server } from '../format';
import type { PlanIndex, PoolInfo } from '../planIndex';
import type { Finding, Fix, RuleDefinition } from '../types';

const SERVER_KINDS = new Set<string>(POOL_SERVER_KINDS);

const NO_NODES: readonly PlanNode[] = [];

/** Back ends of existing pools that a node is linked to, except those of the node's own pool. */
function foreignBackEnds(ctx: PlanIndex, node: PlanNode): readonly PlanNode[] {
  const own = ctx.poolOf(node);
  // Runs for every server of the plan and almost always finds none: no list is made for none.
  let found: PlanNode[] | undefined;
  for (const n of ctx.neighbors(node.id)) {
    if (n.kind !== 'back-end-sql') continue;
    const theirs = ctx.poolOf(n);
    if (theirs !== undefined && theirs !== own) (found ??= []).push(n);
  }
  return found ?? NO_NODES;
}

/** Whether a server of this kind may join the pool without breaking SE-OUTSIDE-SE-POOL. */
function fits(node: PlanNode, info: PoolInfo): boolean {
  return node.kind === 'standard-edition-server' ? !info.isEnterprise : info.isEnterprise;
}

export const poolMembership: RuleDefinition = {
  id: 'POOL-MEMBERSHIP',
  severity: 'error',
  title: 'Pool servers belong to a pool and use its back end',
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      if (!SERVER_KINDS.has(node.kind)) continue;
      const own = ctx.poolOf(node);
      const sqls = foreignBackEnds(ctx, node);
      if (own && sqls.length === 0) continue;
      const backEndPools = new Set(sqls.map((s) => ctx.poolOf(s)!));
      const linkedTo = list(sqls.map((s) => `${nameOf(s)} (back end of ${poolName(ctx.poolOf(s)!)})`));
      if (!own) {
        const hint =
          sqls.length > 0
            ? ` It is linked to ${linkedTo}: move it into ${backEndPools.size > 1 ? 'one of those pools' : 'that pool'}.`
            : ' Drag it into a pool.';
        const where = node.pool === undefined ? 'is in no pool' : 'names a pool that is not in the plan';
        out.push(
          finding(
            poolMembership,
            `${server(node, ctx.ocsVersion)} ${where}; every ${kindLabel(node.kind, ctx.ocsVersion)} belongs to a pool.${hint}`,
            [node, ...sqls],
          ),
        );
      } else if (sqls.length > 0) {
        out.push(
          finding(
            poolMembership,
            `${server(node, ctx.ocsVersion)} of pool ${poolName(own)} is linked to ${linkedTo}. A server uses its own pool's back end: remove the link, or move the server into that pool.`,
            [node, ...sqls],
            own.pool.id,
          ),
        );
      }
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    if (!node) return [];
    const own = ctx.poolOf(node);
    const sqls = foreignBackEnds(ctx, node);
    const targets: PoolInfo[] = [];
    for (const s of sqls) targets.push(ctx.poolOf(s)!);
    if (!own) {
      const centre = nodeCenter(node);
      for (const info of ctx.pools) if (containsPoint(poolBox(info.pool, info.members), centre)) targets.push(info);
    }
    const fixes: Fix[] = [];
    for (const target of new Set(targets)) {
      if (!fits(node, target)) continue;
      fixes.push({
        id: `move-into-${target.pool.id}`,
        label: `Move ${nameOf(node)} into ${poolName(target)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            d.updateNode(node.id, (n) => ({ ...n, pool: target.pool.id }));
            for (const s of sqls) if (ctx.poolOf(s) !== target) d.unlink(node.id, s.id);
            if (own) for (const s of own.backEnds) d.unlink(node.id, s.id);
          }),
      });
    }
    if (own && sqls.length > 0) {
      fixes.push({
        id: 'unlink',
        label: `Remove the link from ${nameOf(node)} to ${names(sqls)}`,
        apply: (plan) =>
          edit(plan, (d) => {
            for (const s of sqls) d.unlink(node.id, s.id);
          }),
      });
    }
    return fixes;
  },
};
