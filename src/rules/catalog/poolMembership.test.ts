import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('POOL-MEMBERSHIP', () => {
  for (const kind of [
    'standard-edition-server',
    'front-end-server',
    'web-components-server',
    'web-conferencing-server',
    'av-conferencing-server',
  ] as const) {
    it(`flags a ${kind} in no pool`, () => {
      const b = new PlanBuilder();
      const n = b.node(kind);
      expect(findingsOf(b.build(), 'POOL-MEMBERSHIP')).toEqual([expect.objectContaining({ severity: 'error', nodes: [n] })]);
    });
  }

  it('flags a server whose pool is not in the plan', () => {
    const b = new PlanBuilder();
    const n = b.node('front-end-server', { pool: 'nowhere' });
    const [f] = findingsOf(b.build(), 'POOL-MEMBERSHIP');
    expect(f.nodes).toEqual([n]);
    expect(f.message).not.toContain('nowhere');
  });

  it('accepts load balancers and back ends outside pools', () => {
    const b = new PlanBuilder();
    b.node('hardware-load-balancer');
    b.node('back-end-sql');
    expect(findingsOf(b.build(), 'POOL-MEMBERSHIP')).toEqual([]);
  });

  it('flags a server linked to the back end of another pool', () => {
    const b = new PlanBuilder();
    const one = b.enterprisePool();
    const two = b.enterprisePool();
    b.link(two.fes[1], one.sql);
    expect(findingsOf(b.build(), 'POOL-MEMBERSHIP')).toEqual([expect.objectContaining({ pool: two.pool, nodes: [two.fes[1], one.sql] })]);
  });

  it('flags a server in no pool linked to a back end, and says which pool', () => {
    const b = new PlanBuilder();
    const one = b.enterprisePool();
    const fe = b.node('front-end-server');
    b.link(fe, one.sql);
    const [f] = findingsOf(b.build(), 'POOL-MEMBERSHIP');
    expect(f.nodes).toEqual([fe, one.sql]);
    expect(f.message).toContain('pool01.contoso.com');
  });

  it('accepts servers linked to their own back end', () => {
    const b = new PlanBuilder();
    b.enterprisePool('expanded');
    b.standardPool();
    expect(findingsOf(b.build(), 'POOL-MEMBERSHIP')).toEqual([]);
  });
});
