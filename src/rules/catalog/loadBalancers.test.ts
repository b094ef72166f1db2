import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

/** A pool with two Front Ends and a back end, no load balancer. */
function bare() {
  const b = new PlanBuilder();
  const pool = b.pool('consolidated');
  const sql = b.node('back-end-sql', { pool });
  const fe1 = b.node('front-end-server', { pool });
  const fe2 = b.node('front-end-server', { pool });
  b.link(fe1, sql).link(fe2, sql);
  return { b, pool, fe1, fe2 };
}

describe('EE-LB-MISSING', () => {
  it('flags two Front Ends with no load balancer', () => {
    const { b, pool, fe1, fe2 } = bare();
    expect(findingsOf(b.build(), 'EE-LB-MISSING')).toEqual([expect.objectContaining({ pool, nodes: [fe1, fe2] })]);
  });

  it('flags the one Front End left out', () => {
    const { b, fe1, fe2 } = bare();
    b.link(fe1, b.node('hardware-load-balancer'));
    expect(findingsOf(b.build(), 'EE-LB-MISSING').map((f) => f.nodes)).toEqual([[fe2]]);
  });

  it('flags Front Ends behind different load balancers', () => {
    const { b, fe1, fe2 } = bare();
    b.link(fe1, b.node('hardware-load-balancer')).link(fe2, b.node('hardware-load-balancer'));
    const [f] = findingsOf(b.build(), 'EE-LB-MISSING');
    expect(f.nodes).toEqual([fe1, fe2]);
    expect(f.message).toContain('different load balancers');
  });

  it('accepts Front Ends sharing a load balancer, even with other links', () => {
    const { b, fe1, fe2 } = bare();
    const lb = b.node('hardware-load-balancer');
    b.link(fe1, lb).link(fe2, lb).link(fe1, b.node('hardware-load-balancer'));
    expect(findingsOf(b.build(), 'EE-LB-MISSING')).toEqual([]);
  });

  it('does not apply to a single Front End', () => {
    const b = new PlanBuilder();
    const pool = b.pool('consolidated');
    b.link(b.node('front-end-server', { pool }), b.node('back-end-sql', { pool }));
    expect(findingsOf(b.build(), 'EE-LB-MISSING')).toEqual([]);
  });
});

describe('LB-SOFTWARE', () => {
  for (const balancing of ['windows-nlb', 'dns'] as const) {
    it(`flags ${balancing} in front of Front Ends`, () => {
      const b = new PlanBuilder();
      const { lb, fes } = b.enterprisePool();
      b.set(lb, { balancing });
      expect(findingsOf(b.build(), 'LB-SOFTWARE')).toEqual([expect.objectContaining({ severity: 'error', nodes: [lb, ...fes] })]);
    });
  }

  it('accepts hardware balancing, stated or by default', () => {
    const b = new PlanBuilder();
    const one = b.enterprisePool();
    b.enterprisePool();
    b.set(one.lb, { balancing: 'hardware' });
    expect(findingsOf(b.build(), 'LB-SOFTWARE')).toEqual([]);
  });

  it('ignores a software load balancer that serves no server', () => {
    const b = new PlanBuilder();
    b.node('hardware-load-balancer', { balancing: 'dns' });
    expect(findingsOf(b.build(), 'LB-SOFTWARE')).toEqual([]);
  });
});
