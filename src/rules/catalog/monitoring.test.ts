import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, newErrors, PlanBuilder } from '../../../test/support/planBuilder';

describe('MONITORING-DB', () => {
  it('accepts its database on the server, or on a linked SQL node that lists it', () => {
    const b = new PlanBuilder();
    b.node('monitoring-server', { collocated: ['database'] });
    b.link(b.node('monitoring-server'), b.node('sql-server', { databases: ['monitoring'] }));
    expect(findingsOf(b.build(), 'MONITORING-DB')).toEqual([]);
  });

  it('flags a server without one, and fixes it like the archiving database', () => {
    const b = new PlanBuilder('2007-r2');
    const mon = b.node('monitoring-server');
    b.link(mon, b.node('sql-server', { databases: ['archiving'] }));
    const plan = b.build();
    const [f] = findingsOf(plan, 'MONITORING-DB');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [mon] }));
    const fixes = fixesFor(plan, f);
    expect(fixes).toHaveLength(2);
    for (const fix of fixes) {
      const after = fix.apply(plan);
      expect(findingsOf(after, 'MONITORING-DB')).toEqual([]);
      expect(newErrors(plan, after)).toEqual([]);
    }
  });
});

describe('MONITORING-ONE-PER-POOL', () => {
  const twoMonitors = (version: '2007' | '2007-r2') => {
    const b = new PlanBuilder(version);
    const { pool, lb, fes } = b.enterprisePool();
    const m1 = b.node('monitoring-server', { collocated: ['database'] });
    const m2 = b.node('monitoring-server', { collocated: ['database'] });
    b.link(m1, lb).link(m2, fes[0]);
    return { plan: b.build(), pool, m1, m2 };
  };

  it('is an error on 2007 for a pool linked to two Monitoring Servers', () => {
    const { plan, pool, m1, m2 } = twoMonitors('2007');
    expect(findingsOf(plan, 'MONITORING-ONE-PER-POOL')).toEqual([expect.objectContaining({ severity: 'error', pool, nodes: [m1, m2] })]);
  });

  it('is a warning on R2', () => {
    expect(findingsOf(twoMonitors('2007-r2').plan, 'MONITORING-ONE-PER-POOL').map((f) => f.severity)).toEqual(['warning']);
  });

  it('flags a Mediation Server linked to two Monitoring Servers', () => {
    const b = new PlanBuilder();
    const med = b.node('mediation-server');
    const m1 = b.node('monitoring-server', { collocated: ['database'] });
    const m2 = b.node('monitoring-server', { collocated: ['database'] });
    b.link(med, m1).link(med, m2);
    expect(findingsOf(b.build(), 'MONITORING-ONE-PER-POOL')).toEqual([expect.objectContaining({ nodes: [med, m1, m2] })]);
  });

  it('accepts two pools with one Monitoring Server each, or one for both', () => {
    const b = new PlanBuilder();
    const one = b.enterprisePool();
    const two = b.enterprisePool();
    const m1 = b.node('monitoring-server', { collocated: ['database'] });
    b.link(m1, one.lb).link(m1, two.lb);
    b.link(b.node('monitoring-server', { collocated: ['database'] }), b.standardPool().se);
    expect(findingsOf(b.build(), 'MONITORING-ONE-PER-POOL')).toEqual([]);
  });
});
