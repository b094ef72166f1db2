import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('SERVER-COLLOCATION', () => {
  it('is an error on R2 and a warning on 2007 for a role the table does not allow', () => {
    for (const [version, severity] of [
      ['2007-r2', 'error'],
      ['2007', 'warning'],
    ] as const) {
      const b = new PlanBuilder(version);
      const med = b.node('mediation-server', { collocated: ['cwa'] });
      const [f] = findingsOf(b.build(), 'SERVER-COLLOCATION');
      expect(f).toEqual(expect.objectContaining({ severity, nodes: [med] }));
      expect(f.message).toContain('Communicator Web Access');
    }
  });

  it('flags Exchange UM anywhere, and anything on an Edge Server, a CWA server or a SQL Server', () => {
    const b = new PlanBuilder('2007-r2');
    const ids = [
      b.node('archiving-server', { collocated: ['exchange-um'] }),
      b.node('edge-server', { zone: 'perimeter', collocated: ['reverse-proxy'] }),
      b.node('cwa-server', { collocated: ['im-conferencing'] }),
      b.node('sql-server', { collocated: ['monitoring'] }),
    ];
    expect(findingsOf(b.build(), 'SERVER-COLLOCATION').map((f) => f.nodes[0])).toEqual(ids);
  });

  it("accepts what the registry allows: a role server's own database, a consolidated Front End's built-in roles, archiving on a 2007 SE server", () => {
    const b = new PlanBuilder('2007');
    b.node('archiving-server', { collocated: ['database'] });
    b.node('monitoring-server', { collocated: ['database'] });
    b.node('group-chat-compliance-server', { collocated: ['database'] });
    const { fes } = b.enterprisePool();
    for (const fe of fes) b.set(fe, { collocated: ['web-conferencing', 'av-conferencing', 'web-components'] });
    b.set(b.standardPool().se, { collocated: ['archiving'] });
    expect(findingsOf(b.build(), 'SERVER-COLLOCATION')).toEqual([]);
  });

  it('warns about archiving on an R2 SE server (supported, not recommended) and accepts monitoring there', () => {
    const b = new PlanBuilder('2007-r2');
    const { se } = b.standardPool();
    b.set(se, { collocated: ['archiving', 'monitoring'] });
    expect(findingsOf(b.build(), 'SERVER-COLLOCATION')).toEqual([expect.objectContaining({ severity: 'warning', nodes: [se] })]);
  });

  it('flags monitoring on a 2007 SE server (R2 only)', () => {
    const b = new PlanBuilder('2007');
    const { se } = b.standardPool();
    b.set(se, { collocated: ['monitoring'] });
    expect(findingsOf(b.build(), 'SERVER-COLLOCATION')).toEqual([expect.objectContaining({ severity: 'warning', nodes: [se] })]);
  });

  it('leaves to the other rules what they judge: back-end roles, domain controllers, a Group Chat database', () => {
    const b = new PlanBuilder('2007-r2');
    const { sql, fes } = b.enterprisePool();
    b.set(sql, { collocated: ['archiving'] });
    b.set(fes[0], { collocated: ['back-end-sql'] });
    b.node('mediation-server', { collocated: ['domain-controller'] });
    b.node('group-chat-server', { collocated: ['database'] });
    expect(findingsOf(b.build(), 'SERVER-COLLOCATION')).toEqual([]);
  });

  it('fix: removes the unsupported roles and keeps the allowed ones', () => {
    const b = new PlanBuilder('2007-r2');
    const arc = b.node('archiving-server', { collocated: ['database', 'mediation', 'edge'] });
    const plan = b.build();
    const [fix] = fixesFor(plan, findingsOf(plan, 'SERVER-COLLOCATION')[0]);
    const after = fix.apply(plan);
    expect(after.nodes.find((n) => n.id === arc)?.collocated).toEqual(['database']);
    expect(findingsOf(after, 'SERVER-COLLOCATION')).toEqual([]);
  });
});
