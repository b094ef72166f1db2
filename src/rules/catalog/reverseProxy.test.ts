import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('RP-TARGET', () => {
  it("accepts a reverse proxy linked to a consolidated pool's load balancer, a Standard Edition Server or a Web Components load balancer", () => {
    const b = new PlanBuilder('2007-r2');
    const consolidated = b.enterprisePool();
    const { se } = b.standardPool();
    const expanded = b.enterprisePool('expanded');
    const webLb = b.node('hardware-load-balancer');
    b.link(expanded.web!, webLb);
    b.link(b.node('reverse-proxy', { zone: 'perimeter' }), consolidated.lb);
    b.link(b.node('reverse-proxy', { zone: 'perimeter' }), se);
    b.link(b.node('reverse-proxy', { zone: 'perimeter' }), webLb);
    expect(findingsOf(b.build(), 'RP-TARGET')).toEqual([]);
  });

  it('flags a reverse proxy linked to no Web Components, and links it to them', () => {
    const b = new PlanBuilder('2007-r2');
    const { lb } = b.enterprisePool();
    const edge = b.node('edge-server', { zone: 'perimeter' });
    const rp = b.node('reverse-proxy', { zone: 'perimeter' });
    b.link(rp, edge);
    const plan = b.build();
    const [f] = findingsOf(plan, 'RP-TARGET');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [rp] }));
    const [fix] = fixesFor(plan, f);
    expect(fix.label).toBe(`Link rp01.contoso.com to ${plan.nodes.find((n) => n.id === lb)!.name}`);
    expect(findingsOf(fix.apply(plan), 'RP-TARGET')).toEqual([]);
  });

  it("flags a reverse proxy linked to an expanded pool's Front End only (the Web Components run elsewhere)", () => {
    const b = new PlanBuilder('2007');
    const { fes } = b.enterprisePool('expanded');
    const rp = b.node('reverse-proxy', { zone: 'perimeter' });
    b.link(rp, fes[0]);
    expect(findingsOf(b.build(), 'RP-TARGET').map((f) => f.nodes)).toEqual([[rp]]);
  });
});
