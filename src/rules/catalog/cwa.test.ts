import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('CWA-NEEDS-POOL', () => {
  it('accepts a CWA server linked to a pool or an SE server', () => {
    const b = new PlanBuilder();
    b.link(b.node('cwa-server'), b.enterprisePool().lb);
    b.link(b.node('cwa-server', { cwaUsers: 'internal' }), b.standardPool().se);
    expect(findingsOf(b.build(), 'CWA-NEEDS-POOL')).toEqual([]);
  });

  it('flags one linked to no pool', () => {
    const b = new PlanBuilder();
    const cwa = b.node('cwa-server');
    b.link(cwa, b.node('reverse-proxy'));
    expect(findingsOf(b.build(), 'CWA-NEEDS-POOL')).toEqual([expect.objectContaining({ severity: 'error', nodes: [cwa] })]);
  });
});

describe('CWA-ARRAY-LB', () => {
  const array = (balancing?: 'hardware' | 'windows-nlb') => {
    const b = new PlanBuilder();
    const lb = b.node('hardware-load-balancer', balancing ? { balancing } : {});
    const c1 = b.node('cwa-server', { cwaUsers: 'external' });
    const c2 = b.node('cwa-server', { cwaUsers: 'external' });
    b.link(c1, lb).link(c2, lb);
    return { b, lb, c1, c2 };
  };

  it('accepts servers of one user type behind one hardware load balancer', () => {
    expect(findingsOf(array().b.build(), 'CWA-ARRAY-LB')).toEqual([]);
    expect(findingsOf(array('hardware').b.build(), 'CWA-ARRAY-LB')).toEqual([]);
  });

  it('accepts one server per user type without a load balancer', () => {
    const b = new PlanBuilder();
    b.node('cwa-server', { cwaUsers: 'internal' });
    b.node('cwa-server', { cwaUsers: 'external' });
    expect(findingsOf(b.build(), 'CWA-ARRAY-LB')).toEqual([]);
  });

  it('flags software load balancing, and a server outside the load balancer', () => {
    const nlb = array('windows-nlb');
    expect(findingsOf(nlb.b.build(), 'CWA-ARRAY-LB')).toEqual([expect.objectContaining({ severity: 'error', nodes: [nlb.c1, nlb.c2] })]);
    const out = array();
    const c3 = out.b.node('cwa-server', { cwaUsers: 'external' });
    expect(findingsOf(out.b.build(), 'CWA-ARRAY-LB')).toEqual([expect.objectContaining({ nodes: [out.c1, out.c2, c3] })]);
  });

  it('groups servers by user type (the default is both)', () => {
    const b = new PlanBuilder();
    const c1 = b.node('cwa-server');
    const c2 = b.node('cwa-server', { cwaUsers: 'both' });
    expect(findingsOf(b.build(), 'CWA-ARRAY-LB')).toEqual([expect.objectContaining({ nodes: [c1, c2] })]);
  });
});

describe('CWA-EXTERNAL-RP', () => {
  it('warns about a CWA server for external users (or both, the default) without a reverse proxy', () => {
    const b = new PlanBuilder();
    const c1 = b.node('cwa-server');
    const c2 = b.node('cwa-server', { cwaUsers: 'external' });
    expect(findingsOf(b.build(), 'CWA-EXTERNAL-RP').map((f) => [f.severity, f.nodes])).toEqual([
      ['warning', [c1]],
      ['warning', [c2]],
    ]);
  });

  it('accepts internal-only servers, and servers published by the reverse proxy (also through their load balancer)', () => {
    const b = new PlanBuilder();
    b.node('cwa-server', { cwaUsers: 'internal' });
    b.link(b.node('cwa-server', { cwaUsers: 'external' }), b.node('reverse-proxy'));
    const lb = b.node('hardware-load-balancer');
    b.link(b.node('cwa-server'), lb).link(lb, b.node('reverse-proxy'));
    expect(findingsOf(b.build(), 'CWA-EXTERNAL-RP')).toEqual([]);
  });
});
