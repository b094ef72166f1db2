/** The report's own way to the pools a node is linked to gives exactly what the rules' `linkedPools` gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import { TEMPLATE_LABELS, templatePlan } from '../domain/templates';
import type { TemplateName } from '../domain/templates';
import { linkedPools } from '../rules/catalog/linked';
import { buildPlanIndex } from '../rules/planIndex';
import { arbitraryPlan } from '../../test/support/arbitraries';
import { makeDeploymentPlan } from '../../test/support/deploymentPlan';
import { linkedPoolsOf } from './context';

function sameForEveryNode(plan: Plan): void {
  const ctx = buildPlanIndex(plan);
  for (const node of ctx.nodes) expect(linkedPoolsOf(ctx, node)).toEqual(linkedPools(ctx, node));
}

describe('linkedPoolsOf', () => {
  it('equals linkedPools on every template and a deployment', () => {
    for (const t of Object.keys(TEMPLATE_LABELS) as TemplateName[]) sameForEveryNode(templatePlan(t));
    sameForEveryNode(makeDeploymentPlan(300));
  });
  it('equals linkedPools on plans as drawn (repeated links, self-links, links to nothing, load balancers in a row)', () => {
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
    expect(linkedPoolsOf(ctx, fe)).toEqual(linkedPools(ctx, fe));
    const alone = { ...plan, nodes: plan.nodes.filter((n) => n.kind !== 'front-end-server' || n.id === fe.id) };
    const ctx2 = buildPlanIndex(alone);
    expect(linkedPoolsOf(ctx2, fe)).toEqual([]);
    expect(linkedPools(ctx2, fe)).toEqual([]);
  });
});
