import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('SQL-EDITION', () => {
  it("flags SQL Server Express on an Enterprise pool's back end and on a SQL Server", () => {
    const b = new PlanBuilder();
    const { sql } = b.enterprisePool();
    b.set(sql, { sqlEdition: 'express' });
    const db = b.node('sql-server', { sqlEdition: 'express' });
    expect(findingsOf(b.build(), 'SQL-EDITION').map((f) => [f.severity, f.nodes])).toEqual([
      ['error', [sql]],
      ['error', [db]],
    ]);
  });

  it('accepts Standard and Enterprise, and Express on a back end outside an Enterprise pool', () => {
    const b = new PlanBuilder('2007-r2');
    const { sql } = b.enterprisePool();
    b.set(sql, { sqlEdition: 'enterprise' });
    b.node('sql-server', { sqlEdition: 'standard' });
    b.node('sql-server');
    b.node('back-end-sql', { sqlEdition: 'express' });
    expect(findingsOf(b.build(), 'SQL-EDITION')).toEqual([]);
  });

  it('fix: sets Standard or Enterprise Edition', () => {
    const b = new PlanBuilder();
    const db = b.node('sql-server', { sqlEdition: 'express' });
    const plan = b.build();
    const fixes = fixesFor(plan, findingsOf(plan, 'SQL-EDITION')[0]);
    expect(fixes.map((f) => f.apply(plan).nodes.find((n) => n.id === db)?.sqlEdition)).toEqual(['standard', 'enterprise']);
  });
});

describe('BE-SHARED-INSTANCE', () => {
  it('informs on R2 when a back end also holds role databases', () => {
    const b = new PlanBuilder('2007-r2');
    const { pool, sql } = b.enterprisePool();
    b.set(sql, { databases: ['archiving', 'monitoring'] });
    const [f] = findingsOf(b.build(), 'BE-SHARED-INSTANCE');
    expect(f).toEqual(expect.objectContaining({ severity: 'info', pool, nodes: [sql] }));
    expect(f.message).toContain('archiving and monitoring databases');
  });

  it('is silent for a back end with only its own database, for a SQL Server, and on 2007', () => {
    const r2 = new PlanBuilder('2007-r2');
    r2.enterprisePool();
    r2.node('sql-server', { databases: ['archiving'] });
    expect(findingsOf(r2.build(), 'BE-SHARED-INSTANCE')).toEqual([]);
    const old = new PlanBuilder('2007');
    old.set(old.enterprisePool().sql, { databases: ['archiving'] });
    expect(findingsOf(old.build(), 'BE-SHARED-INSTANCE')).toEqual([]);
  });
});
