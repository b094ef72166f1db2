import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, newErrors, PlanBuilder } from '../../../test/support/planBuilder';

/** A consolidated pool, a Mediation Server linked to its load balancer, and a basic gateway. */
function voicePlan(version: '2007' | '2007-r2' = '2007') {
  const b = new PlanBuilder(version);
  const pool = b.enterprisePool();
  const med = b.node('mediation-server');
  const gw = b.node('media-gateway', { gatewayType: 'basic' });
  b.link(med, pool.lb).link(med, gw);
  return { b, pool, med, gw };
}

describe('MEDIATION-NEXT-HOP', () => {
  it('accepts a Mediation Server linked to the pool through its load balancer, or to an SE server', () => {
    expect(findingsOf(voicePlan().b.build(), 'MEDIATION-NEXT-HOP')).toEqual([]);
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    b.link(b.node('mediation-server'), se);
    expect(findingsOf(b.build(), 'MEDIATION-NEXT-HOP')).toEqual([]);
  });

  it('accepts a Director pool as the next hop', () => {
    const b = new PlanBuilder('2007-r2');
    const { se } = b.standardPool({ purpose: 'director', users: 0 });
    b.link(b.node('mediation-server'), se);
    expect(findingsOf(b.build(), 'MEDIATION-NEXT-HOP')).toEqual([]);
  });

  it('flags a Mediation Server linked only to a gateway or to a back end, and offers a link to the pool', () => {
    const b = new PlanBuilder();
    const { sql, lb } = b.enterprisePool();
    const med = b.node('mediation-server');
    b.link(med, b.node('media-gateway')).link(med, sql);
    const plan = b.build();
    const [f] = findingsOf(plan, 'MEDIATION-NEXT-HOP');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [med] }));
    const [fix] = fixesFor(plan, f);
    expect(fix.label).toContain('load balancer');
    const after = fix.apply(plan);
    expect(after.links.some((l) => (l.from === med && l.to === lb) || (l.from === lb && l.to === med))).toBe(true);
    expect(findingsOf(after, 'MEDIATION-NEXT-HOP')).toEqual([]);
  });
});

describe('MEDIATION-GATEWAY-1TO1', () => {
  it('accepts one basic gateway per Mediation Server', () => {
    expect(findingsOf(voicePlan().b.build(), 'MEDIATION-GATEWAY-1TO1')).toEqual([]);
  });

  it('flags a Mediation Server with two basic gateways', () => {
    const { b, med, gw } = voicePlan();
    const gw2 = b.node('media-gateway');
    b.link(med, gw2);
    expect(findingsOf(b.build(), 'MEDIATION-GATEWAY-1TO1')).toEqual([
      expect.objectContaining({ severity: 'error', nodes: [med, gw, gw2] }),
    ]);
  });

  it('does not count advanced gateways', () => {
    const { b, med } = voicePlan();
    b.link(med, b.node('media-gateway', { gatewayType: 'advanced' }));
    expect(findingsOf(b.build(), 'MEDIATION-GATEWAY-1TO1')).toEqual([]);
  });

  it('flags a basic gateway with two Mediation Servers', () => {
    const { b, pool, med, gw } = voicePlan();
    const med2 = b.node('mediation-server');
    b.link(med2, pool.lb).link(med2, gw);
    expect(findingsOf(b.build(), 'MEDIATION-GATEWAY-1TO1')).toEqual([expect.objectContaining({ nodes: [gw, med, med2] })]);
  });
});

describe('GATEWAY-NEEDS-MEDIATION', () => {
  it('accepts a basic gateway with its Mediation Server, and hybrid or advanced gateways alone', () => {
    const { b } = voicePlan();
    b.node('media-gateway', { gatewayType: 'advanced' });
    b.node('media-gateway', { gatewayType: 'basic-hybrid' });
    expect(findingsOf(b.build(), 'GATEWAY-NEEDS-MEDIATION')).toEqual([]);
  });

  it('flags a basic gateway (the default type) without one', () => {
    const b = new PlanBuilder();
    b.enterprisePool();
    const gw = b.node('media-gateway');
    expect(findingsOf(b.build(), 'GATEWAY-NEEDS-MEDIATION')).toEqual([expect.objectContaining({ severity: 'error', nodes: [gw] })]);
  });

  it('fix: adds a Mediation Server at a free spot, linked to the gateway and the pool, and adds no error', () => {
    for (const version of ['2007', '2007-r2'] as const) {
      const b = new PlanBuilder(version);
      const { lb } = b.enterprisePool();
      const gw = b.node('media-gateway', { gatewayType: 'basic' });
      const plan = b.build();
      const [f] = findingsOf(plan, 'GATEWAY-NEEDS-MEDIATION');
      const [fix] = fixesFor(plan, f);
      const after = fix.apply(plan);
      const med = after.nodes.find((n) => n.kind === 'mediation-server')!;
      expect(med.zone).toBe('internal');
      const linked = after.links.filter((l) => l.from === med.id || l.to === med.id).map((l) => (l.from === med.id ? l.to : l.from));
      expect(linked.sort()).toEqual([gw, lb].sort());
      expect(plan.nodes.some((n) => n.position.x === med.position.x && n.position.y === med.position.y)).toBe(false);
      expect(findingsOf(after, 'GATEWAY-NEEDS-MEDIATION')).toEqual([]);
      expect(findingsOf(after, 'MEDIATION-NEXT-HOP')).toEqual([]);
      expect(newErrors(plan, after)).toEqual([]);
    }
  });
});

describe('MEDIATION-NEEDS-GATEWAY', () => {
  it('accepts a Mediation Server with a gateway', () => {
    expect(findingsOf(voicePlan().b.build(), 'MEDIATION-NEEDS-GATEWAY')).toEqual([]);
  });

  it('warns about a Mediation Server without one', () => {
    const b = new PlanBuilder();
    const { lb } = b.enterprisePool();
    const med = b.node('mediation-server');
    b.link(med, lb);
    expect(findingsOf(b.build(), 'MEDIATION-NEEDS-GATEWAY')).toEqual([expect.objectContaining({ severity: 'warning', nodes: [med] })]);
  });
});
