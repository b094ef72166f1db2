import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/rules';
import { makeLargePlan } from './largePlan';

describe('makeLargePlan', () => {
  it.each([1, 4, 7, 50, 1000])('has exactly %i servers', (n) => {
    expect(makeLargePlan(n).nodes).toHaveLength(n);
  });

  it.each(['2007', '2007-r2'] as const)('is valid on %s: no errors and no warnings', (version) => {
    for (const n of [1, 3, 9, 250, 1000]) {
      const found = checkPlan(makeLargePlan(n, version));
      expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it('is deterministic', () => {
    expect(makeLargePlan(300, '2007-r2')).toEqual(makeLargePlan(300, '2007-r2'));
  });

  it('mixes consolidated and Standard Edition pools, with load balancers and links', () => {
    const plan = makeLargePlan(500);
    expect(plan.pools.some((p) => p.configuration === 'consolidated')).toBe(true);
    expect(plan.pools.some((p) => p.edition === 'standard')).toBe(true);
    expect(plan.nodes.filter((n) => n.kind === 'hardware-load-balancer').length).toBeGreaterThan(50);
    expect(plan.links.length).toBeGreaterThan(plan.nodes.length / 2);
  });

  it('keeps ids and names unique, and no two servers on the same spot', () => {
    const plan = makeLargePlan(2000);
    expect(new Set(plan.nodes.map((n) => n.id)).size).toBe(plan.nodes.length);
    expect(new Set(plan.nodes.map((n) => n.name)).size).toBe(plan.nodes.length);
    expect(new Set(plan.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(plan.nodes.length);
  });
});
