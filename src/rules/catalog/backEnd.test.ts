import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('EE-BACKEND-MISSING', () => {
  it('flags an Enterprise pool without a back end', () => {
    const b = new PlanBuilder();
    const pool = b.pool('consolidated');
    b.node('front-end-server', { pool });
    expect(findingsOf(b.build(), 'EE-BACKEND-MISSING')).toEqual([expect.objectContaining({ severity: 'error', pool })]);
  });

  it('does not count a back end outside the pool', () => {
    const b = new PlanBuilder();
    const pool = b.pool('consolidated');
    const fe = b.node('front-end-server', { pool });
    b.link(fe, b.node('back-end-sql'));
    expect(findingsOf(b.build(), 'EE-BACKEND-MISSING')).toHaveLength(1);
  });

  it('accepts a pool with its back end', () => {
    const b = new PlanBuilder();
    b.enterprisePool();
    expect(findingsOf(b.build(), 'EE-BACKEND-MISSING')).toEqual([]);
  });
});

describe('EE-BACKEND-MULTIPLE', () => {
  it('flags two back ends in one pool', () => {
    const b = new PlanBuilder();
    const { pool, sql } = b.enterprisePool();
    const sql2 = b.node('back-end-sql', { pool });
    expect(findingsOf(b.build(), 'EE-BACKEND-MULTIPLE')).toEqual([expect.objectContaining({ pool, nodes: [sql, sql2] })]);
  });

  it('accepts one back end per pool', () => {
    const b = new PlanBuilder();
    b.enterprisePool();
    b.enterprisePool();
    expect(findingsOf(b.build(), 'EE-BACKEND-MULTIPLE')).toEqual([]);
  });
});

describe('EE-BACKEND-DEDICATED', () => {
  it('flags a back end with another role on its computer', () => {
    const b = new PlanBuilder();
    const { sql } = b.enterprisePool();
    b.set(sql, { collocated: ['web-components'] });
    const [f] = findingsOf(b.build(), 'EE-BACKEND-DEDICATED');
    expect(f.nodes).toEqual([sql]);
    expect(f.message).toContain('IIS Web Components');
  });

  it('flags a Front End carrying the back-end role', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool();
    b.set(fes[0], { collocated: ['back-end-sql'] });
    expect(findingsOf(b.build(), 'EE-BACKEND-DEDICATED').map((f) => f.nodes)).toEqual([[fes[0]]]);
  });

  it('accepts a dedicated back end, and other roles on a Front End', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool();
    for (const fe of fes) b.set(fe, { collocated: ['web-conferencing'] });
    expect(findingsOf(b.build(), 'EE-BACKEND-DEDICATED')).toEqual([]);
  });
});

describe('EE-BACKEND-SHARED', () => {
  const shared = (version: '2007' | '2007-r2') => {
    const b = new PlanBuilder(version);
    const one = b.enterprisePool();
    const two = b.enterprisePool();
    b.link(two.fes[0], one.sql);
    return { plan: b.build(), one, two };
  };

  it('is an error on R2', () => {
    const { plan, one, two } = shared('2007-r2');
    expect(findingsOf(plan, 'EE-BACKEND-SHARED')).toEqual([
      expect.objectContaining({ severity: 'error', pool: one.pool, nodes: [one.sql, two.fes[0]] }),
    ]);
  });

  it('is a warning on 2007', () => {
    const { plan } = shared('2007');
    expect(findingsOf(plan, 'EE-BACKEND-SHARED').map((f) => f.severity)).toEqual(['warning']);
  });

  it('flags a back end outside any pool that serves two pools', () => {
    const b = new PlanBuilder('2007-r2');
    const one = b.enterprisePool();
    const two = b.enterprisePool();
    const sql = b.node('back-end-sql');
    b.link(one.fes[0], sql).link(two.fes[0], sql);
    expect(findingsOf(b.build(), 'EE-BACKEND-SHARED').map((f) => f.nodes[0])).toEqual([sql]);
  });

  it('accepts back ends serving their own pool, and a load balancer linked to a back end', () => {
    const b = new PlanBuilder('2007-r2');
    const one = b.enterprisePool();
    b.enterprisePool();
    b.link(b.node('hardware-load-balancer'), one.sql);
    expect(findingsOf(b.build(), 'EE-BACKEND-SHARED')).toEqual([]);
  });
});

describe('EE-BACKEND-MULTIPLE and SQL clusters', () => {
  it('counts the nodes of one active/passive cluster as one back end', () => {
    const b = new PlanBuilder('2007-r2');
    const { pool, sql } = b.enterprisePool();
    b.set(sql, { cluster: 'sqlclu01' });
    b.node('back-end-sql', { pool, cluster: 'sqlclu01' });
    expect(findingsOf(b.build(), 'EE-BACKEND-MULTIPLE')).toEqual([]);
  });

  it('still flags two back ends of different clusters, or one outside the cluster', () => {
    for (const other of ['sqlclu02', undefined]) {
      const b = new PlanBuilder('2007-r2');
      const { pool, sql } = b.enterprisePool();
      b.set(sql, { cluster: 'sqlclu01' });
      b.node('back-end-sql', { pool, ...(other ? { cluster: other } : {}) });
      expect(findingsOf(b.build(), 'EE-BACKEND-MULTIPLE')).toEqual([expect.objectContaining({ severity: 'error', pool })]);
    }
  });
});

describe('SE-EXTERNAL-SQL and role databases', () => {
  it('does not fire for a SQL Server computer holding only role databases', () => {
    const b = new PlanBuilder('2007');
    const { se } = b.standardPool();
    b.link(se, b.node('sql-server', { databases: ['archiving'] }));
    expect(findingsOf(b.build(), 'SE-EXTERNAL-SQL')).toEqual([]);
  });

  it('still fires for a back end', () => {
    const b = new PlanBuilder('2007');
    const { se } = b.standardPool();
    b.link(se, b.node('back-end-sql'));
    expect(findingsOf(b.build(), 'SE-EXTERNAL-SQL')).toHaveLength(1);
  });
});

describe("POOL-MEMBERSHIP and role servers on a pool's back end", () => {
  for (const kind of ['archiving-server', 'monitoring-server', 'group-chat-server', 'group-chat-compliance-server'] as const) {
    it(`lets a ${kind} use a role database kept on a pool's back end`, () => {
      const b = new PlanBuilder('2007-r2');
      const { sql } = b.enterprisePool();
      b.set(sql, { databases: ['archiving', 'monitoring', 'group-chat', 'compliance'] });
      b.link(b.node(kind), sql);
      expect(findingsOf(b.build(), 'POOL-MEMBERSHIP')).toEqual([]);
    });
  }

  it("still flags a Front End linked to another pool's back end", () => {
    const b = new PlanBuilder('2007-r2');
    const one = b.enterprisePool();
    const two = b.enterprisePool();
    b.link(two.fes[0], one.sql);
    expect(findingsOf(b.build(), 'POOL-MEMBERSHIP').map((f) => f.nodes[0])).toEqual([two.fes[0]]);
  });
});
