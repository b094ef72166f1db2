import { describe, expect, it } from 'vitest';
import type { OcsVersion } from '../../domain/plan';
import { poolCapacity } from '../capacity';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

function pool(version: OcsVersion, configuration: 'consolidated' | 'expanded', frontEnds: number, users = 1000) {
  const b = new PlanBuilder(version);
  const p = b.enterprisePool(configuration, { frontEnds, users });
  return { plan: b.build(), pool: p.pool };
}

const capacity = (version: OcsVersion, configuration: 'consolidated' | 'expanded', frontEnds: number) => {
  const { plan, pool: id } = pool(version, configuration, frontEnds);
  return poolCapacity(plan, id);
};

describe('poolCapacity', () => {
  it("gives the doc's examples", () => {
    expect(capacity('2007', 'consolidated', 2)).toBe(15_000);
    expect(capacity('2007', 'expanded', 6)).toBe(50_000);
    expect(capacity('2007-r2', 'consolidated', 4)).toBe(50_000);
    expect(capacity('2007-r2', 'expanded', 4)).toBe(50_000);
  });

  it('gives the reference rows at their Front End counts', () => {
    expect(capacity('2007', 'consolidated', 4)).toBe(30_000);
    expect(capacity('2007', 'expanded', 4)).toBe(50_000);
    expect(capacity('2007', 'expanded', 8)).toBe(125_000);
    expect(capacity('2007-r2', 'consolidated', 8)).toBe(100_000);
  });

  it('scales below the smallest row and stops at the largest', () => {
    expect(capacity('2007', 'consolidated', 1)).toBe(7_500);
    expect(capacity('2007', 'consolidated', 3)).toBe(22_500);
    expect(capacity('2007', 'consolidated', 6)).toBe(30_000);
    expect(capacity('2007', 'expanded', 3)).toBe(37_500);
    expect(capacity('2007', 'expanded', 7)).toBe(50_000);
    expect(capacity('2007', 'expanded', 10)).toBe(125_000);
    expect(capacity('2007-r2', 'consolidated', 1)).toBe(12_500);
    expect(capacity('2007-r2', 'expanded', 7)).toBe(87_500);
    expect(capacity('2007-r2', 'consolidated', 12)).toBe(100_000);
  });

  it('is undefined for a Standard Edition pool or an unknown pool', () => {
    const b = new PlanBuilder();
    const { pool: se } = b.standardPool();
    expect(poolCapacity(b.build(), se)).toBeUndefined();
    expect(poolCapacity(b.build(), 'nope')).toBeUndefined();
  });
});

describe('POOL-CAPACITY', () => {
  it('accepts users at capacity and warns one above', () => {
    expect(findingsOf(pool('2007', 'consolidated', 2, 15_000).plan, 'POOL-CAPACITY')).toEqual([]);
    const over = pool('2007', 'consolidated', 2, 15_001);
    const [f] = findingsOf(over.plan, 'POOL-CAPACITY');
    expect(f).toMatchObject({ severity: 'warning', pool: over.pool });
    expect(f.message).toContain('15,001 users');
    expect(f.message).toContain('15,000');
  });

  it('uses the version and configuration rows', () => {
    expect(findingsOf(pool('2007', 'expanded', 6, 50_000).plan, 'POOL-CAPACITY')).toEqual([]);
    expect(findingsOf(pool('2007', 'expanded', 6, 50_001).plan, 'POOL-CAPACITY')).toHaveLength(1);
    expect(findingsOf(pool('2007-r2', 'consolidated', 4, 50_000).plan, 'POOL-CAPACITY')).toEqual([]);
    expect(findingsOf(pool('2007-r2', 'consolidated', 4, 50_001).plan, 'POOL-CAPACITY')).toHaveLength(1);
    expect(findingsOf(pool('2007', 'consolidated', 4, 30_001).plan, 'POOL-CAPACITY')).toHaveLength(1);
    expect(findingsOf(pool('2007-r2', 'consolidated', 4, 30_001).plan, 'POOL-CAPACITY')).toEqual([]);
  });

  it('words the advice well: "an expanded OCS 2007 pool", and "one Front End carries that many"', () => {
    const [expanded] = findingsOf(pool('2007', 'expanded', 1, 20_000).plan, 'POOL-CAPACITY');
    expect(expanded.message).toContain('1 Front End in an expanded OCS 2007 pool carries about 12,500');
    expect(expanded.message).toContain('Add Front Ends (2 Front Ends in all carry that many)');
    const [consolidated] = findingsOf(pool('2007', 'consolidated', 1, 8_000).plan, 'POOL-CAPACITY');
    expect(consolidated.message).toContain('in a consolidated OCS 2007 pool');
    const none = new PlanBuilder('2007-r2');
    none.pool('consolidated', { users: 1_000 });
    const [f] = findingsOf(none.build(), 'POOL-CAPACITY');
    expect(f.message).toContain('Add Front Ends (one Front End carries that many)');
    expect(f.message).not.toContain('1 in all');
  });

  it('says to split the pool when no number of Front Ends would do', () => {
    const [f] = findingsOf(pool('2007-r2', 'consolidated', 8, 100_001).plan, 'POOL-CAPACITY');
    expect(f.message).toContain('move users to another pool');
    expect(f.message).not.toContain('Add Front Ends');
  });

  it('ignores pools without a user count, and Standard Edition pools', () => {
    const b = new PlanBuilder();
    b.enterprisePool();
    delete b.pools[0].users;
    b.standardPool({ users: 100_000 });
    expect(findingsOf(b.build(), 'POOL-CAPACITY')).toEqual([]);
  });
});
