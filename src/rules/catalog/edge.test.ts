import { describe, expect, it } from 'vitest';
import type { OcsVersion, PlanNode } from '../../domain/plan';
import { checkPlan } from '../check';
import { fixesFor } from '../fixes';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

/** A user pool, a Director pool behind its load balancer, an Edge Server linked to that load balancer, a reverse proxy. */
function remoteAccess(version: OcsVersion = '2007-r2', edge: Partial<PlanNode> = {}) {
  const b = new PlanBuilder(version);
  const user = b.enterprisePool('consolidated');
  const director = b.enterprisePool('consolidated', { users: 0 });
  b.pools[1].purpose = 'director';
  const e = b.node('edge-server', { zone: 'perimeter', ...edge });
  b.link(e, director.lb);
  const rp = b.node('reverse-proxy', { zone: 'perimeter' });
  b.link(rp, user.lb);
  return { b, user, director, edge: e, rp };
}

describe('a remote access plan', () => {
  for (const version of ['2007', '2007-r2'] as const)
    it(`has no finding of the perimeter rules on ${version}`, () => {
      const perimeter = checkPlan(remoteAccess(version).b.build()).filter((f) => /^(EDGE|RP|ZONE|DIRECTOR|VERSION)-/.test(f.rule));
      expect(perimeter).toEqual([]);
    });
});

describe('EDGE-NEEDS-REVERSE-PROXY', () => {
  it('flags Edge Servers without a reverse proxy in the perimeter', () => {
    const { b, edge, rp } = remoteAccess();
    b.set(rp, { zone: 'internal' });
    expect(findingsOf(b.build(), 'EDGE-NEEDS-REVERSE-PROXY')).toEqual([expect.objectContaining({ severity: 'error', nodes: [edge] })]);
  });

  it('accepts a plan without Edge Servers', () => {
    const b = new PlanBuilder();
    b.standardPool();
    expect(findingsOf(b.build(), 'EDGE-NEEDS-REVERSE-PROXY')).toEqual([]);
  });

  it("adds a reverse proxy in the perimeter linked to the pool's Web Components", () => {
    const { b, user, rp } = remoteAccess();
    const plan = b.build();
    plan.nodes = plan.nodes.filter((n) => n.id !== rp);
    plan.links = plan.links.filter((l) => l.from !== rp && l.to !== rp);
    const [f] = findingsOf(plan, 'EDGE-NEEDS-REVERSE-PROXY');
    const [fix] = fixesFor(plan, f);
    expect(fix.label).toBe(`Add a reverse proxy in the perimeter network, linked to ${plan.nodes.find((n) => n.id === user.lb)!.name}`);
    const after = fix.apply(plan);
    const added = after.nodes.find((n) => n.kind === 'reverse-proxy')!;
    expect(added.zone).toBe('perimeter');
    expect(after.links.some((l) => (l.from === added.id && l.to === user.lb) || (l.to === added.id && l.from === user.lb))).toBe(true);
    expect(checkPlan(after).filter((x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('EDGE-NEEDS-ACCESS', () => {
  it('flags 2007 conferencing Edge services without an Access Edge', () => {
    const { b, edge } = remoteAccess('2007', { edgeServices: ['web-conferencing', 'av'] });
    const plan = b.build();
    expect(findingsOf(plan, 'EDGE-NEEDS-ACCESS')).toEqual([expect.objectContaining({ severity: 'error', nodes: [edge] })]);
    const [fix] = fixesFor(plan, findingsOf(plan, 'EDGE-NEEDS-ACCESS')[0]);
    expect(fix.apply(plan).nodes.find((n) => n.id === edge)?.edgeServices).toEqual(['access', 'web-conferencing', 'av']);
  });

  it('accepts an Access Edge on another computer', () => {
    const { b, director } = remoteAccess('2007', { edgeServices: ['av'] });
    b.link(b.node('edge-server', { zone: 'perimeter', edgeServices: ['access', 'web-conferencing'] }), director.lb);
    expect(findingsOf(b.build(), 'EDGE-NEEDS-ACCESS')).toEqual([]);
  });

  it('does not apply on R2 (EDGE-R2-SERVICES judges R2 Edge Servers)', () => {
    const { b } = remoteAccess('2007-r2', { edgeServices: ['web-conferencing', 'av'] });
    expect(findingsOf(b.build(), 'EDGE-NEEDS-ACCESS')).toEqual([]);
  });
});

describe('EDGE-INTERNAL-HOP', () => {
  it('flags an Edge Server linked to no pool', () => {
    const b = new PlanBuilder('2007-r2');
    const { lb } = b.enterprisePool();
    const edge = b.node('edge-server', { zone: 'perimeter' });
    const plan = b.build();
    const [f] = findingsOf(plan, 'EDGE-INTERNAL-HOP');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [edge] }));
    const [fix] = fixesFor(plan, f);
    expect(findingsOf(fix.apply(plan), 'EDGE-INTERNAL-HOP')).toEqual([]);
    expect(fix.label).toContain(plan.nodes.find((n) => n.id === lb)!.name);
  });

  it('accepts an Edge Server linked to a pool load balancer, a Front End or an SE server', () => {
    const b = new PlanBuilder('2007-r2');
    const { fes } = b.enterprisePool();
    const { se } = b.standardPool();
    b.link(b.node('edge-server', { zone: 'perimeter' }), fes[0]);
    b.link(b.node('edge-server', { zone: 'perimeter' }), se);
    expect(findingsOf(b.build(), 'EDGE-INTERNAL-HOP')).toEqual([]);
  });

  it('accepts Edge Servers behind their internal load balancer, linked on to the Director', () => {
    const { b, director } = remoteAccess();
    const edge2 = b.node('edge-server', { zone: 'perimeter' });
    const inner = b.node('hardware-load-balancer', { zone: 'perimeter', side: 'internal' });
    b.link(edge2, inner).link(inner, director.lb);
    expect(findingsOf(b.build(), 'EDGE-INTERNAL-HOP')).toEqual([]);
  });
});

describe('EDGE-DIRECTOR-VIP', () => {
  it('flags an Edge Server linked straight to a Director Front End, and links it to the load balancer instead', () => {
    const { b, director, edge } = remoteAccess();
    const plan = b.build();
    plan.links = plan.links.filter((l) => !(l.from === edge && l.to === director.lb));
    plan.links.push({ id: 'lx', from: edge, to: director.fes[0] });
    const [f] = findingsOf(plan, 'EDGE-DIRECTOR-VIP');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [edge, director.fes[0]], pool: director.pool }));
    const [fix] = fixesFor(plan, f);
    const after = fix.apply(plan);
    const linked = (a: string, c: string) => after.links.some((l) => (l.from === a && l.to === c) || (l.from === c && l.to === a));
    expect(linked(edge, director.lb)).toBe(true);
    expect(linked(edge, director.fes[0])).toBe(false);
    expect(findingsOf(after, 'EDGE-DIRECTOR-VIP')).toEqual([]);
  });

  it('accepts a link to a single Director without a load balancer, and to a user pool Front End', () => {
    const b = new PlanBuilder('2007-r2');
    const dir = b.pool('consolidated', { purpose: 'director', users: 0 });
    const fe = b.node('front-end-server', { pool: dir });
    b.link(fe, b.node('back-end-sql', { pool: dir }));
    const user = b.enterprisePool();
    const edge = b.node('edge-server', { zone: 'perimeter' });
    b.link(edge, fe).link(edge, user.fes[0]);
    expect(findingsOf(b.build(), 'EDGE-DIRECTOR-VIP')).toEqual([]);
  });
});

describe('EDGE-2007-COUNTERPART', () => {
  it('flags 2007 Web Conferencing and A/V Edge with only an expanded pool lacking those servers', () => {
    const b = new PlanBuilder('2007');
    const p = b.enterprisePool('expanded');
    const plan = b.build();
    plan.nodes = plan.nodes.filter((n) => n.id !== p.wcs && n.id !== p.av);
    const edge = 'e1';
    plan.nodes.push({ id: edge, kind: 'edge-server', name: 'edge01.contoso.com', position: { x: 0, y: 600 }, zone: 'perimeter' });
    const found = findingsOf(plan, 'EDGE-2007-COUNTERPART');
    expect(found.map((f) => [f.severity, f.nodes])).toEqual([
      ['error', [edge]],
      ['error', [edge]],
    ]);
    expect(found.map((f) => f.message).join(' ')).toContain('no user pool runs Web Conferencing');
  });

  it('does not count a Director pool', () => {
    const b = new PlanBuilder('2007');
    b.pool('standard', { purpose: 'director', users: 0 });
    b.node('standard-edition-server', { pool: 'p1' });
    b.node('edge-server', { zone: 'perimeter', edgeServices: ['access', 'av'] });
    expect(findingsOf(b.build(), 'EDGE-2007-COUNTERPART').map((f) => f.message)).toEqual([expect.stringContaining('A/V Edge')]);
  });

  it('accepts a consolidated or Standard Edition user pool, and does not apply on R2', () => {
    expect(findingsOf(remoteAccess('2007').b.build(), 'EDGE-2007-COUNTERPART')).toEqual([]);
    const b = new PlanBuilder('2007-r2');
    b.node('edge-server', { zone: 'perimeter' });
    expect(findingsOf(b.build(), 'EDGE-2007-COUNTERPART')).toEqual([]);
  });
});

describe('EDGE-R2-SERVICES', () => {
  it('warns about an R2 Edge Server without all three services', () => {
    const { b, edge } = remoteAccess('2007-r2', { edgeServices: ['access'] });
    const plan = b.build();
    const [f] = findingsOf(plan, 'EDGE-R2-SERVICES');
    expect(f).toEqual(expect.objectContaining({ severity: 'warning', nodes: [edge] }));
    const [fix] = fixesFor(plan, f);
    expect(findingsOf(fix.apply(plan), 'EDGE-R2-SERVICES')).toEqual([]);
  });

  it('accepts Web Conferencing and A/V Edge on a remote-site Edge Server, not in the central site', () => {
    const remote = remoteAccess('2007-r2', { edgeServices: ['web-conferencing', 'av'], site: 's2' });
    remote.b.set(remote.edge, { site: 's2' });
    const plan = remote.b.build();
    plan.sites = [
      { id: 's1', name: 'Oslo', central: true },
      { id: 's2', name: 'Bergen' },
    ];
    expect(findingsOf(plan, 'EDGE-R2-SERVICES')).toEqual([]);
    plan.nodes = plan.nodes.map((n) => (n.id === remote.edge ? { ...n, site: 's1' } : n));
    expect(findingsOf(plan, 'EDGE-R2-SERVICES')).toHaveLength(1);
  });

  it('does not apply on 2007, where the roles may be split', () => {
    const { b } = remoteAccess('2007', { edgeServices: ['access', 'web-conferencing'] });
    expect(findingsOf(b.build(), 'EDGE-R2-SERVICES')).toEqual([]);
  });
});

describe('EDGE-AV-NAT', () => {
  it('flags any A/V NAT on 2007', () => {
    for (const avNat of ['destination', 'source'] as const) {
      const { b, edge } = remoteAccess('2007', { avNat });
      expect(findingsOf(b.build(), 'EDGE-AV-NAT')).toEqual([expect.objectContaining({ severity: 'error', nodes: [edge] })]);
    }
  });

  it('on R2, accepts destination NAT on a single Edge Server and flags source NAT', () => {
    expect(findingsOf(remoteAccess('2007-r2', { avNat: 'destination' }).b.build(), 'EDGE-AV-NAT')).toEqual([]);
    const { b, edge } = remoteAccess('2007-r2', { avNat: 'source' });
    const plan = b.build();
    const [f] = findingsOf(plan, 'EDGE-AV-NAT');
    expect(f).toEqual(expect.objectContaining({ nodes: [edge] }));
    expect(
      fixesFor(plan, f)[0]
        .apply(plan)
        .nodes.find((n) => n.id === edge)?.avNat,
    ).toBe('none');
  });

  it('on R2, flags destination NAT where several Edge Servers of the site run A/V', () => {
    const { b, edge, director } = remoteAccess('2007-r2', { avNat: 'destination' });
    b.link(b.node('edge-server', { zone: 'perimeter' }), director.lb);
    expect(findingsOf(b.build(), 'EDGE-AV-NAT').map((f) => f.nodes)).toEqual([[edge]]);
  });

  it('accepts no NAT', () => {
    expect(findingsOf(remoteAccess('2007').b.build(), 'EDGE-AV-NAT')).toEqual([]);
  });
});

describe('EDGE-DIRECTOR-RECOMMENDED', () => {
  it('recommends a Director where Edge Servers have none', () => {
    const b = new PlanBuilder('2007-r2');
    const { lb } = b.enterprisePool();
    const edge = b.node('edge-server', { zone: 'perimeter' });
    b.link(edge, lb);
    expect(findingsOf(b.build(), 'EDGE-DIRECTOR-RECOMMENDED')).toEqual([expect.objectContaining({ severity: 'info', nodes: [edge] })]);
  });

  it('is quiet with a Director, or without Edge Servers', () => {
    expect(findingsOf(remoteAccess().b.build(), 'EDGE-DIRECTOR-RECOMMENDED')).toEqual([]);
    const b = new PlanBuilder();
    b.enterprisePool();
    expect(findingsOf(b.build(), 'EDGE-DIRECTOR-RECOMMENDED')).toEqual([]);
  });
});
