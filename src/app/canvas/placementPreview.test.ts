import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templatePlan } from '../../domain/templates';
import { checkPlan } from '../../rules';
import { arbitraryPlan } from '../../../test/support/arbitraries';
import { newServerProblems, placementProblems } from './placementPreview';

describe('placementProblems', () => {
  it('names the errors a drop adds: a Front End dropped into a Standard Edition pool', () => {
    const plan = templatePlan('consolidated');
    const se = templatePlan('standard').pools[0];
    const both = { ...plan, pools: [...plan.pools, { ...se, id: 'p2' }] };
    expect(placementProblems(both, ['fe1'], 'p2').length).toBeGreaterThan(0);
  });

  it('gives the same answer when handed the plan’s findings (as the canvas does) as when it checks the plan itself', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const pool = plan.pools[0];
        if (!pool) return;
        const ids = plan.nodes.slice(0, 2).map((n) => n.id);
        expect(placementProblems(plan, ids, pool.id, checkPlan(plan))).toEqual(placementProblems(plan, ids, pool.id));
      }),
      { numRuns: 100 },
    );
  });
});

describe('newServerProblems: a server dragged from the palette over a pool', () => {
  it('red for a Standard Edition Server over an Enterprise pool, green for another A/V Conferencing Server in an expanded one', () => {
    expect(newServerProblems(templatePlan('consolidated'), 'standard-edition-server', 'p1').join(' ')).toMatch(/Enterprise pool/);
    expect(newServerProblems(templatePlan('expanded'), 'av-conferencing-server', 'p1')).toEqual([]);
  });

  it('leaves the plan as it was', () => {
    const plan = templatePlan('consolidated');
    const copy = structuredClone(plan);
    newServerProblems(plan, 'front-end-server', 'p1');
    expect(plan).toEqual(copy);
  });
});
