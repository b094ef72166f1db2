import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('SE-SINGLE-SERVER', () => {
  it('accepts a Standard Edition pool with exactly one Standard Edition Server', () => {
    const b = new PlanBuilder();
    b.standardPool();
    expect(findingsOf(b.build(), 'SE-SINGLE-SERVER')).toEqual([]);
  });

  it('flags an empty Standard Edition pool', () => {
    const b = new PlanBuilder();
    const pool = b.pool('standard');
    const [f] = findingsOf(b.build(), 'SE-SINGLE-SERVER');
    expect(f).toMatchObject({ severity: 'error', pool, nodes: [] });
    expect(f.message).toContain('sepool01.contoso.com');
  });

  it('flags a second Standard Edition Server and any other server, naming them', () => {
    const b = new PlanBuilder();
    const { pool } = b.standardPool();
    const se2 = b.node('standard-edition-server', { pool });
    const sql = b.node('back-end-sql', { pool });
    const found = findingsOf(b.build(), 'SE-SINGLE-SERVER');
    expect(found).toHaveLength(1);
    expect(found[0].nodes).toEqual(expect.arrayContaining([se2, sql]));
    expect(found[0].message).toContain('Back-End SQL Server sql01.contoso.com');
  });

  it('flags a Front End in a Standard Edition pool', () => {
    const b = new PlanBuilder();
    const { pool } = b.standardPool();
    const fe = b.node('front-end-server', { pool });
    expect(findingsOf(b.build(), 'SE-SINGLE-SERVER')[0].nodes).toEqual([fe]);
  });
});

describe('SE-USER-LIMIT', () => {
  const plan = (users: number) => {
    const b = new PlanBuilder();
    b.standardPool({ users });
    return b.build();
  };

  it('accepts 4,999 users', () => {
    expect(findingsOf(plan(4999), 'SE-USER-LIMIT')).toEqual([]);
  });

  it('warns at 5,000 users', () => {
    const [f] = findingsOf(plan(5000), 'SE-USER-LIMIT');
    expect(f).toMatchObject({ severity: 'warning', pool: 'p1' });
    expect(f.message).toContain('5,000 users');
  });

  it('does not apply to Enterprise pools', () => {
    const b = new PlanBuilder();
    b.enterprisePool('consolidated', { users: 9000 });
    expect(findingsOf(b.build(), 'SE-USER-LIMIT')).toEqual([]);
  });
});

describe('SE-NO-HA', () => {
  it('notes every Standard Edition pool, badging its server', () => {
    const b = new PlanBuilder();
    const { pool, se } = b.standardPool();
    expect(findingsOf(b.build(), 'SE-NO-HA')).toEqual([expect.objectContaining({ severity: 'info', pool, nodes: [se] })]);
  });

  it('says nothing about Enterprise pools', () => {
    const b = new PlanBuilder();
    b.enterprisePool();
    expect(findingsOf(b.build(), 'SE-NO-HA')).toEqual([]);
  });
});
