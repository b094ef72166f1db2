/** `linkedPools` gives exactly the pools of the pool heads among `linkedNodes`, in their order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../../domain/plan';
import { TEMPLATE_LABELS, templatePlan } from '../../domain/templates';
import type { TemplateName } from '../../domain/templates';
import { buildPlanIndex } from '../planIndex';
import type { PlanIndex, PoolInfo } from '../planIndex';
import { arbitraryPlan } from '../../../test/support/arbitraries';
import { makeDeploymentPlan } from '../../../test/support/deploymentPlan';
import { linkedNodes, linkedPools } from './linked';

/** The definition, written out: the pools of the linked Front Ends and SE servers, each once. */
function poolsOfLinkedHeads(ctx: PlanIndex, node: PlanNode): PoolInfo[] {
  const out: PoolInfo[] = [];
  for (const n of linkedNodes(ctx, node)) {
    if (n.kind !== 'front-end-server' && n.kind !== 'standard-edition-server') continue;
    const info = ctx.poolOf(n);
    if (info && !out.includes(info)) out.push(info);
  }
  return out;
}

function sameForEveryNode(plan: Plan): void {
  const ctx = buildPlanIndex(plan);
  for (const node of ctx.nodes) expect(linkedPools(ctx, node)).toEqual(poolsOfLinkedHeads(ctx, node));
}

describe('linkedPools', () => {
  it('equals the pools of the linked pool heads on every template and a deployment', () => {
    for (const t of Object.keys(TEMPLATE_LABELS) as TemplateName[]) sameForEveryNode(templatePlan(t));
    sameForEveryNode(makeDeploymentPlan(300));
  });
  it('equals them on plans as drawn (repeated links, self-links, links to nothing, load balancers in a row)', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => sameForEveryNode(plan)),
      { numRuns: 300, seed: 2028 },
    );
  });
  it('leaves out the node itself when a load balancer leads back to it', () => {
    const plan = templatePlan('consolidated');
    const ctx = buildPlanIndex(plan);
    const fe = ctx.ofKind('front-end-server')[0];
    // The other Front Ends of its pool are reached through the load balancer: the pool is linked.
    expect(linkedPools(ctx, fe)).toEqual(poolsOfLinkedHeads(ctx, fe));
    const alone = { ...plan, nodes: plan.nodes.filter((n) => n.kind !== 'front-end-server' || n.id === fe.id) };
    const ctx2 = buildPlanIndex(alone);
    expect(linkedPools(ctx2, fe)).toEqual([]);
    expect(poolsOfLinkedHeads(ctx2, fe)).toEqual([]);
  });
});
