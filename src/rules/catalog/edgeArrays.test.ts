import { describe, expect, it } from 'vitest';
import type { EdgeService, OcsVersion } from '../../domain/plan';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

/** Two Edge Servers between an internal and an external load balancer, the internal one linked to a pool. */
function scaled(
  version: OcsVersion = '2007-r2',
  services: EdgeService[][] = [
    ['access', 'web-conferencing', 'av'],
    ['access', 'web-conferencing', 'av'],
  ],
) {
  const b = new PlanBuilder(version);
  const { lb } = b.enterprisePool();
  const inner = b.node('hardware-load-balancer', { zone: 'perimeter', side: 'internal' });
  const outer = b.node('hardware-load-balancer', { zone: 'perimeter', side: 'external' });
  const edges = services.map((edgeServices) => b.node('edge-server', { zone: 'perimeter', edgeServices }));
  for (const e of edges) b.link(e, inner).link(e, outer);
  b.link(inner, lb);
  return { b, inner, outer, edges };
}

describe('EDGE-ARRAY-LB', () => {
  it('accepts an array between an internal and an external load balancer', () => {
    expect(findingsOf(scaled().b.build(), 'EDGE-ARRAY-LB')).toEqual([]);
  });

  for (const [version, severity] of [
    ['2007-r2', 'error'],
    ['2007', 'warning'],
  ] as const) {
    it(`flags an array without its external load balancer: ${severity} on ${version}`, () => {
      const { b, outer, edges } = scaled(version);
      const plan = b.build();
      plan.links = plan.links.filter((l) => l.to !== outer);
      const [f] = findingsOf(plan, 'EDGE-ARRAY-LB');
      expect(f).toEqual(expect.objectContaining({ severity, nodes: edges }));
      expect(f.message).toContain('side "external"');
    });
  }

  it('wants the sides set', () => {
    const { b, inner, outer } = scaled();
    b.set(inner, { side: undefined }).set(outer, { side: undefined });
    expect(findingsOf(b.build(), 'EDGE-ARRAY-LB')[0].message).toContain('side "internal" and one side "external"');
  });

  it('does not count two 2007 Edge computers with different roles as an array', () => {
    const { b, inner, outer } = scaled('2007', [['access', 'web-conferencing'], ['av']]);
    const plan = b.build();
    plan.links = plan.links.filter((l) => l.to !== inner && l.to !== outer);
    expect(findingsOf(plan, 'EDGE-ARRAY-LB')).toEqual([]);
  });

  it('reads arrays per site', () => {
    const { b, inner, outer, edges } = scaled();
    b.set(edges[1], { site: 's2' });
    const plan = b.build();
    plan.sites = [{ id: 's2', name: 'Bergen' }];
    plan.links = plan.links.filter((l) => l.to !== inner && l.to !== outer);
    expect(findingsOf(plan, 'EDGE-ARRAY-LB')).toEqual([]);
  });
});

describe('EDGE-ARRAY-IDENTICAL', () => {
  it('flags Edge Servers behind one load balancer with different services', () => {
    const { b, edges } = scaled('2007', [['access', 'web-conferencing', 'av'], ['access']]);
    const found = findingsOf(b.build(), 'EDGE-ARRAY-IDENTICAL');
    // Both load balancers hold the same two servers: one finding.
    expect(found).toEqual([expect.objectContaining({ severity: 'error', nodes: edges })]);
  });

  it('accepts identical Edge Servers', () => {
    expect(findingsOf(scaled().b.build(), 'EDGE-ARRAY-IDENTICAL')).toEqual([]);
  });

  it('reads a missing edgeServices as all three', () => {
    const { b, edges } = scaled();
    b.set(edges[0], { edgeServices: undefined });
    expect(findingsOf(b.build(), 'EDGE-ARRAY-IDENTICAL')).toEqual([]);
  });
});
