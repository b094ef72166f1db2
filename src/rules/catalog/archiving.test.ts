import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, newErrors, PlanBuilder } from '../../../test/support/planBuilder';

describe('ARCHIVING-DB', () => {
  it('accepts its database on the server, or on a linked SQL node that lists it', () => {
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    b.link(b.node('archiving-server', { collocated: ['database'] }), se);
    const arc2 = b.node('archiving-server');
    b.link(arc2, b.node('sql-server', { databases: ['archiving'] })).link(arc2, se);
    const { sql, fes } = b.enterprisePool();
    b.set(sql, { databases: ['archiving'] });
    const arc3 = b.node('archiving-server');
    b.link(arc3, sql).link(arc3, fes[0]);
    expect(findingsOf(b.build(), 'ARCHIVING-DB')).toEqual([]);
  });

  it('flags a server without one, or linked to a SQL Server holding other databases', () => {
    const b = new PlanBuilder();
    const arc = b.node('archiving-server');
    const arc2 = b.node('archiving-server');
    b.link(arc2, b.node('sql-server', { databases: ['monitoring'] }));
    expect(findingsOf(b.build(), 'ARCHIVING-DB').map((f) => [f.severity, f.nodes])).toEqual([
      ['error', [arc]],
      ['error', [arc2]],
    ]);
  });

  it('fixes: the database on the server itself, or on the existing SQL Server (not a new one)', () => {
    const b = new PlanBuilder('2007-r2');
    const { se } = b.standardPool();
    const arc = b.node('archiving-server');
    const db = b.node('sql-server', { databases: ['monitoring'] });
    b.link(arc, se);
    const plan = b.build();
    const [f] = findingsOf(plan, 'ARCHIVING-DB');
    const fixes = fixesFor(plan, f);
    expect(fixes.map((x) => x.id)).toEqual(['ARCHIVING-DB/collocate-database', 'ARCHIVING-DB/database-on-sql-server']);
    const onServer = fixes[0].apply(plan);
    expect(onServer.nodes.find((n) => n.id === arc)?.collocated).toEqual(['database']);
    const onSql = fixes[1].apply(plan);
    expect(onSql.nodes.filter((n) => n.kind === 'sql-server')).toHaveLength(1);
    expect(onSql.nodes.find((n) => n.id === db)?.databases).toEqual(['monitoring', 'archiving']);
    for (const after of [onServer, onSql]) {
      expect(findingsOf(after, 'ARCHIVING-DB')).toEqual([]);
      expect(newErrors(plan, after)).toEqual([]);
    }
  });

  it('fix: adds a SQL Server holding the database where the plan has none', () => {
    const b = new PlanBuilder();
    const arc = b.node('archiving-server');
    const plan = b.build();
    const fix = fixesFor(plan, findingsOf(plan, 'ARCHIVING-DB')[0]).find((x) => x.id.endsWith('database-on-sql-server'))!;
    const after = fix.apply(plan);
    const sql = after.nodes.find((n) => n.kind === 'sql-server')!;
    expect(sql.databases).toEqual(['archiving']);
    expect(after.links.some((l) => [l.from, l.to].sort().join() === [arc, sql.id].sort().join())).toBe(true);
  });
});

describe('ARCHIVING-POOL', () => {
  it('accepts a server linked to a pool, directly or through its load balancer', () => {
    const b = new PlanBuilder();
    const { lb } = b.enterprisePool();
    b.link(b.node('archiving-server', { collocated: ['database'] }), lb);
    expect(findingsOf(b.build(), 'ARCHIVING-POOL')).toEqual([]);
  });

  it('warns about a server linked to no pool (a back end is not a pool link)', () => {
    const b = new PlanBuilder();
    const { sql } = b.enterprisePool();
    b.set(sql, { databases: ['archiving'] });
    const arc = b.node('archiving-server');
    b.link(arc, sql);
    expect(findingsOf(b.build(), 'ARCHIVING-POOL')).toEqual([expect.objectContaining({ severity: 'warning', nodes: [arc] })]);
  });
});

describe('ARCHIVING-CAPACITY', () => {
  const plan = (version: '2007' | '2007-r2', users: number[]) => {
    const b = new PlanBuilder(version);
    const arc = b.node('archiving-server', { collocated: ['database'] });
    for (const u of users) b.link(arc, b.enterprisePool('consolidated', { users: u, frontEnds: 4 }).lb);
    return { plan: b.build(), arc };
  };

  it('warns on 2007 when the linked pools have more than 65,000 users', () => {
    const { plan: p, arc } = plan('2007', [40_000, 30_000]);
    const [f] = findingsOf(p, 'ARCHIVING-CAPACITY');
    expect(f).toEqual(expect.objectContaining({ severity: 'warning', nodes: [arc] }));
    expect(f.message).toContain('70,000');
  });

  it('accepts 65,000 users on 2007, and any number on R2', () => {
    expect(findingsOf(plan('2007', [40_000, 25_000]).plan, 'ARCHIVING-CAPACITY')).toEqual([]);
    expect(findingsOf(plan('2007-r2', [40_000, 30_000]).plan, 'ARCHIVING-CAPACITY')).toEqual([]);
  });
});

describe('finding messages name the kinds as the plan’s OCS version does', () => {
  it('2007: Archiving and CDR Server, QoE Monitoring Server; R2: Archiving Server, Monitoring Server', () => {
    for (const [version, arc, mon] of [
      ['2007', 'Archiving and CDR Server', 'QoE Monitoring Server'],
      ['2007-r2', 'Archiving Server', 'Monitoring Server'],
    ] as const) {
      const b = new PlanBuilder(version);
      const { se } = b.standardPool();
      const a = b.node('archiving-server', { name: 'arc01.contoso.com' });
      b.link(a, se);
      const m1 = b.node('monitoring-server', { name: 'mon01.contoso.com', collocated: ['database'] });
      const m2 = b.node('monitoring-server', { name: 'mon02.contoso.com', collocated: ['database'] });
      b.link(m1, se).link(m2, se);
      const plan = b.build();
      expect(findingsOf(plan, 'ARCHIVING-DB')[0].message, version).toMatch(
        new RegExp(`^${arc} arc01\\.contoso\\.com has no archiving database`),
      );
      const mons = findingsOf(plan, 'MONITORING-ONE-PER-POOL');
      expect(mons.map((f) => f.message).join(' '), version).toContain(`linked to 2 ${mon}s. A pool reports to one ${mon}:`);
    }
  });
});
