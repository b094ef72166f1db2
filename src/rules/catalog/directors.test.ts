import { describe, expect, it } from 'vitest';
import type { OcsVersion } from '../../domain/plan';
import { fixesFor } from '../fixes';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

/** Two Standard Edition Director pools behind one load balancer. */
function seArray(version: OcsVersion, purpose: 'director' | 'users' = 'director') {
  const b = new PlanBuilder(version);
  const lb = b.node('hardware-load-balancer');
  const ses = [0, 1].map(() => {
    const { se } = b.standardPool({ purpose, users: purpose === 'director' ? 0 : 1000 });
    b.link(se, lb);
    return se;
  });
  return { plan: b.build(), lb, ses };
}

describe('DIRECTOR-SE-ARRAY', () => {
  it('flags an array of Standard Edition Directors on R2', () => {
    const { plan, lb, ses } = seArray('2007-r2');
    expect(findingsOf(plan, 'DIRECTOR-SE-ARRAY')).toEqual([expect.objectContaining({ severity: 'error', nodes: [lb, ...ses] })]);
  });

  it('accepts it on 2007, and accepts user pools', () => {
    expect(findingsOf(seArray('2007').plan, 'DIRECTOR-SE-ARRAY')).toEqual([]);
    expect(findingsOf(seArray('2007-r2', 'users').plan, 'DIRECTOR-SE-ARRAY')).toEqual([]);
  });

  it('accepts one Standard Edition Director behind a load balancer', () => {
    const { plan, ses } = seArray('2007-r2');
    plan.links = plan.links.filter((l) => l.from !== ses[1]);
    expect(findingsOf(plan, 'DIRECTOR-SE-ARRAY')).toEqual([]);
  });
});

describe('DIRECTOR-HOSTS-USERS', () => {
  it('warns about a Director pool with users, and sets them to 0', () => {
    const b = new PlanBuilder('2007-r2');
    const { pool } = b.enterprisePool('consolidated', { users: 500 });
    b.pools[0].purpose = 'director';
    const plan = b.build();
    const [f] = findingsOf(plan, 'DIRECTOR-HOSTS-USERS');
    expect(f).toEqual(expect.objectContaining({ severity: 'warning', pool }));
    const [fix] = fixesFor(plan, f);
    expect(fix.apply(plan).pools[0].users).toBe(0);
  });

  it('accepts a Director without users and a user pool with users', () => {
    const b = new PlanBuilder();
    b.standardPool({ purpose: 'director', users: 0 });
    b.standardPool({ users: 3000 });
    b.pool('standard', { purpose: 'director' });
    expect(findingsOf(b.build(), 'DIRECTOR-HOSTS-USERS')).toEqual([]);
  });
});

describe('user-count rules and Director pools', () => {
  it('SE-USER-LIMIT leaves a Standard Edition Director to DIRECTOR-HOSTS-USERS', () => {
    const b = new PlanBuilder();
    b.standardPool({ users: 6000 });
    b.standardPool({ users: 6000, purpose: 'director' });
    expect(findingsOf(b.build(), 'SE-USER-LIMIT').map((f) => f.pool)).toEqual(['p1']);
  });

  it('POOL-CAPACITY leaves an Enterprise Director to DIRECTOR-HOSTS-USERS', () => {
    const b = new PlanBuilder();
    b.enterprisePool('consolidated', { frontEnds: 2, users: 200_000 });
    b.enterprisePool('consolidated', { frontEnds: 2, users: 200_000 });
    b.pools[1].purpose = 'director';
    expect(findingsOf(b.build(), 'POOL-CAPACITY').map((f) => f.pool)).toEqual(['p1']);
  });
});
