import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_SIZE, poolBox } from '../domain/geometry';
import type { Plan, PlanNode } from '../domain/plan';
import type { Finding, RuleId } from './index';
import { templatePlan } from '../domain/templates';
import { proposedFixes } from './fixes';
import { checkPlan, fixesFor } from './index';
import { arbitraryPlan, planArbitrary } from '../../test/support/arbitraries';
import { errorsOf, findingsOf, frozen, newErrors, PlanBuilder, stillReported } from '../../test/support/planBuilder';

/** The one finding of a rule, and its fix of a given id (applied to a frozen plan: fixes never mutate). */
function fixOf(plan: Plan, rule: RuleId, fixId: string): { finding: Finding; after: Plan } {
  const [finding] = findingsOf(plan, rule);
  expect(finding).toBeDefined();
  const fix = fixesFor(plan, finding).find((f) => f.id === `${rule}/${fixId}`);
  expect(fix, `fixes offered: ${fixesFor(plan, finding).map((f) => f.id)}`).toBeDefined();
  const after = fix!.apply(frozen(plan));
  expect(stillReported(after, finding)).toBe(false);
  return { finding, after };
}

const byId = (plan: Plan, id: string) => plan.nodes.find((n) => n.id === id)!;
const added = (before: Plan, after: Plan) => after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));
const linked = (plan: Plan, a: string, b: string) => plan.links.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
const overlaps = (a: PlanNode, b: PlanNode) =>
  Math.abs(a.position.x - b.position.x) < NODE_SIZE.width && Math.abs(a.position.y - b.position.y) < NODE_SIZE.height;

/** Every member of the pool lies inside the pool's own box (position and size as stored), with its padding. */
function expectInsidePool(plan: Plan, poolId: string) {
  const pool = plan.pools.find((p) => p.id === poolId)!;
  const box = poolBox(
    pool,
    plan.nodes.filter((n) => n.pool === poolId),
  );
  for (const n of plan.nodes.filter((m) => m.pool === poolId)) {
    expect(n.position.x).toBeGreaterThanOrEqual(box.x);
    expect(n.position.y).toBeGreaterThanOrEqual(box.y);
    expect(n.position.x + NODE_SIZE.width).toBeLessThanOrEqual(box.x + box.width);
    expect(n.position.y + NODE_SIZE.height).toBeLessThanOrEqual(box.y + box.height);
  }
  // Nothing outside the pool lies in its box.
  for (const n of plan.nodes.filter((m) => m.pool !== poolId)) {
    const inside =
      n.position.x + NODE_SIZE.width > box.x &&
      n.position.x < box.x + box.width &&
      n.position.y + NODE_SIZE.height > box.y &&
      n.position.y < box.y + box.height;
    expect(inside, `${n.name} lies in the box of ${pool.name}`).toBe(false);
  }
}

function expectPlacedFreely(before: Plan, after: Plan) {
  for (const n of added(before, after)) for (const o of after.nodes) if (o !== n) expect(overlaps(n, o)).toBe(false);
}

describe('CONSOLIDATED-HAS-DEDICATED fixes', () => {
  const plan = () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool();
    const av = b.node('av-conferencing-server', { pool: p.pool });
    b.link(av, p.lb);
    return { plan: b.build(), av, pool: p.pool };
  };

  it('switches the pool to expanded', () => {
    const { plan: before, pool } = plan();
    const { after } = fixOf(before, 'CONSOLIDATED-HAS-DEDICATED', 'switch-to-expanded');
    expect(after.pools.find((p) => p.id === pool)!.configuration).toBe('expanded');
  });

  it('removes the server and its links', () => {
    const { plan: before, av } = plan();
    const { after } = fixOf(before, 'CONSOLIDATED-HAS-DEDICATED', 'remove-dedicated');
    expect(after.nodes.some((n) => n.id === av)).toBe(false);
    expect(after.links.some((l) => l.from === av || l.to === av)).toBe(false);
    expect(checkPlan(after).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('EE-LB-MISSING fixes', () => {
  const plan = () => {
    const b = new PlanBuilder();
    const pool = b.pool('consolidated');
    const sql = b.node('back-end-sql', { pool });
    const fes = [1, 2, 3].map(() => b.node('front-end-server', { pool, position: { x: 0, y: 0 } }));
    fes.forEach((fe, i) => b.set(fe, { position: { x: 400 + i * 224, y: 400 } }).link(fe, sql));
    b.set(sql, { position: { x: 624, y: 560 } });
    const other1 = b.node('hardware-load-balancer', { position: { x: 0, y: 800 } });
    const other2 = b.node('hardware-load-balancer', { position: { x: 224, y: 800 } });
    b.link(fes[0], other1).link(fes[1], other2);
    return { plan: b.build(), pool, fes, others: [other1, other2] };
  };

  it('adds one load balancer outside the pool, above the Front Ends, and links them all to it alone', () => {
    const { plan: before, pool, fes, others } = plan();
    const { after } = fixOf(before, 'EE-LB-MISSING', 'add-load-balancer');
    const [lb] = added(before, after);
    expect(lb).toMatchObject({ kind: 'hardware-load-balancer', name: 'hlb03.contoso.com' });
    expect(lb.pool).toBeUndefined();
    const box = poolBox(
      after.pools[0],
      after.nodes.filter((n) => n.pool === pool),
    );
    expect(lb.position.y + NODE_SIZE.height).toBeLessThanOrEqual(box.y);
    for (const fe of fes) {
      expect(linked(after, fe, lb.id)).toBe(true);
      for (const o of others) expect(linked(after, fe, o)).toBe(false);
    }
    expectPlacedFreely(before, after);
    expect(checkPlan(after).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('or links every Front End to the load balancer most of them use', () => {
    const { plan: before, fes, others } = plan();
    const { after } = fixOf(before, 'EE-LB-MISSING', 'link-existing');
    for (const fe of fes) expect(linked(after, fe, others[0])).toBe(true);
    expect(linked(after, fes[1], others[1])).toBe(false);
  });
});

describe('EE-BACKEND-MISSING fix', () => {
  it.each(['2007', '2007-r2'] as const)('adds a supported back end in the pool, linked to every Front End (%s)', (version) => {
    const b = new PlanBuilder(version);
    const pool = b.pool('consolidated');
    const lb = b.node('hardware-load-balancer');
    const fes = [1, 2].map(() => b.node('front-end-server', { pool }));
    for (const fe of fes) b.link(fe, lb);
    const before = b.build();
    const { after } = fixOf(before, 'EE-BACKEND-MISSING', 'add-back-end');
    const [sql] = added(before, after);
    expect(sql).toMatchObject({ kind: 'back-end-sql', pool, sqlVersion: '2005-sp2', name: 'sql01.contoso.com' });
    for (const fe of fes) expect(linked(after, fe, sql.id)).toBe(true);
    expect(sql.position.y).toBeGreaterThan(byId(after, fes[0]).position.y);
    expectPlacedFreely(before, after);
    expect(checkPlan(after).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('EXPANDED-FE-COLLOCATION fixes', () => {
  it("moves the roles off every Front End onto the pool's dedicated servers, adding none where they exist", () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool('expanded');
    for (const fe of p.fes) b.set(fe, { collocated: ['web-conferencing', 'web-components', 'im-conferencing'] });
    const before = b.build();
    const [f] = findingsOf(before, 'EXPANDED-FE-COLLOCATION');
    const [fix] = fixesFor(before, f);
    expect(fix.label).toBe('Move Web Conferencing and IIS Web Components off the Front Ends onto wcs01.contoso.com and web01.contoso.com');
    const after = fix.apply(frozen(before));
    expect(added(before, after)).toEqual([]);
    for (const fe of p.fes) expect(byId(after, fe).collocated).toEqual(['im-conferencing']);
    expect(errorsOf(after)).toEqual([]);
  });

  it('moves the roles onto new dedicated servers of the right kinds where the pool has none, inside the pool', () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool('expanded');
    for (const fe of p.fes) b.set(fe, { collocated: ['web-conferencing', 'web-components', 'im-conferencing'] });
    const before = b.build();
    before.nodes = before.nodes.filter((n) => n.id !== p.web && n.id !== p.wcs);
    before.links = before.links.filter((l) => l.from !== p.web && l.to !== p.web && l.from !== p.wcs && l.to !== p.wcs);
    expect(findingsOf(before, 'EXPANDED-FE-COLLOCATION')).toHaveLength(2);
    const { after } = fixOf(before, 'EXPANDED-FE-COLLOCATION', 'move-to-dedicated');
    expect(findingsOf(after, 'EXPANDED-FE-COLLOCATION')).toEqual([]);
    for (const fe of p.fes) expect(byId(after, fe).collocated).toEqual(['im-conferencing']);
    const fresh = added(before, after);
    expect(fresh.map((n) => n.kind).sort()).toEqual(['web-components-server', 'web-conferencing-server']);
    for (const n of fresh) expect(n.pool).toBe(p.pool);
    expectPlacedFreely(before, after);
    expectInsidePool(after, p.pool);
    expect(checkPlan(after).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('removes IM conferencing from a dedicated server', () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool('expanded');
    b.set(p.av!, { collocated: ['im-conferencing', 'telephony-conferencing'] });
    const { after } = fixOf(b.build(), 'EXPANDED-FE-COLLOCATION', 'remove-roles');
    expect(byId(after, p.av!).collocated).toBeUndefined();
  });
});

describe('mechanical fixes', () => {
  it('SQL-VERSION: sets a supported version', () => {
    const b = new PlanBuilder('2007-r2');
    const { sql } = b.enterprisePool();
    b.set(sql, { sqlVersion: '2000-sp4' });
    expect(byId(fixOf(b.build(), 'SQL-VERSION', 'use-2008').after, sql).sqlVersion).toBe('2008');
  });

  it('LB-SOFTWARE: sets hardware balancing', () => {
    const b = new PlanBuilder();
    const { lb } = b.enterprisePool();
    b.set(lb, { balancing: 'windows-nlb' });
    expect(byId(fixOf(b.build(), 'LB-SOFTWARE', 'use-hardware').after, lb).balancing).toBe('hardware');
  });

  it('R2-64BIT: makes the server 64-bit', () => {
    const b = new PlanBuilder('2007-r2');
    const { fes } = b.enterprisePool();
    b.set(fes[0], { is64bit: false });
    expect(byId(fixOf(b.build(), 'R2-64BIT', 'make-64bit').after, fes[0]).is64bit).toBe(true);
  });

  it('SE-EXTERNAL-SQL: removes the link', () => {
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    const sql = b.node('back-end-sql');
    b.link(se, sql);
    expect(linked(fixOf(b.build(), 'SE-EXTERNAL-SQL', 'unlink').after, se, sql)).toBe(false);
  });

  it('ROLE-ON-DC: removes the domain controller role and keeps the others', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool('consolidated', { frontEnds: 1 });
    b.set(fes[0], { collocated: ['domain-controller', 'av-conferencing'] });
    expect(byId(fixOf(b.build(), 'ROLE-ON-DC', 'remove-dc').after, fes[0]).collocated).toEqual(['av-conferencing']);
  });

  it('NAME-FQDN: adds the plan domain to a single label', () => {
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    b.set(se, { name: 'branch7' });
    expect(byId(fixOf(b.build(), 'NAME-FQDN', 'rename').after, se).name).toBe('branch7.contoso.com');
  });

  it('NAME-DUPLICATE: renames all but the first', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool('consolidated', { frontEnds: 3 });
    b.set(fes[1], { name: 'fe01.contoso.com' }).set(fes[2], { name: 'FE01.contoso.com' });
    const { after } = fixOf(b.build(), 'NAME-DUPLICATE', `keep-${fes[0]}`);
    expect(new Set(fes.map((fe) => byId(after, fe).name.toLowerCase())).size).toBe(3);
    expect(byId(after, fes[0]).name).toBe('fe01.contoso.com');
  });

  it('POOL-CAPACITY: adds enough Front Ends, linked like the others', () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool('consolidated', { frontEnds: 2, users: 28_000 });
    const before = b.build();
    const { after } = fixOf(before, 'POOL-CAPACITY', 'add-front-ends');
    const fresh = added(before, after);
    expect(fresh.map((n) => n.kind)).toEqual(['front-end-server', 'front-end-server']);
    for (const fe of fresh) expect(linked(after, fe.id, p.lb) && linked(after, fe.id, p.sql)).toBe(true);
    expectPlacedFreely(before, after);
  });

  it('POOL-MEMBERSHIP: moves a server into the pool whose back end it uses', () => {
    const b = new PlanBuilder();
    const p = b.enterprisePool();
    const fe = b.node('front-end-server');
    b.link(fe, p.sql).link(fe, p.lb);
    const { after } = fixOf(b.build(), 'POOL-MEMBERSHIP', `move-into-${p.pool}`);
    expect(byId(after, fe).pool).toBe(p.pool);
    expect(checkPlan(after).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('EE-BACKEND-SHARED: unlinks the other pools', () => {
    const b = new PlanBuilder('2007-r2');
    const one = b.enterprisePool();
    const two = b.enterprisePool();
    b.link(two.fes[0], one.sql);
    const { after } = fixOf(b.build(), 'EE-BACKEND-SHARED', 'unlink-others');
    expect(checkPlan(after).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('FE-NOT-IDENTICAL: gives every Front End the roles of the majority', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool('consolidated', { frontEnds: 3 });
    b.set(fes[0], { collocated: ['av-conferencing'] });
    b.set(fes[1], { collocated: ['av-conferencing'] });
    const { after } = fixOf(b.build(), 'FE-NOT-IDENTICAL', `like-${fes[0]}`);
    expect(byId(after, fes[2]).collocated).toEqual(['av-conferencing']);
  });
});

describe('every fix, on any plan', () => {
  it('removes its finding, does not mutate the plan, and keeps ids unique', () => {
    let applied = 0;
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const input = frozen(plan);
        for (const finding of checkPlan(input)) {
          for (const fix of fixesFor(input, finding)) {
            const after = fix.apply(input);
            applied++;
            expect(stillReported(after, finding), `${fix.id} left ${finding.message}`).toBe(false);
            const ids = [...after.nodes.map((n) => n.id), ...after.links.map((l) => l.id), ...after.pools.map((p) => p.id)];
            expect(new Set(ids).size).toBe(ids.length);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(applied).toBeGreaterThan(100);
  });
});

describe('no fix makes things worse', () => {
  it('FE-NOT-IDENTICAL: fe01 with Web Conferencing and Domain controller; no fix copies the domain controller', () => {
    const plan = templatePlan('consolidated');
    const before = {
      ...plan,
      nodes: plan.nodes.map((n) =>
        n.id === 'fe1' ? { ...n, collocated: ['web-conferencing' as const, 'domain-controller' as const] } : n,
      ),
    };
    const [f] = findingsOf(before, 'FE-NOT-IDENTICAL');
    const fixes = fixesFor(before, f);
    expect(fixes.map((x) => x.label)).toEqual([
      'Give every Front End the roles of fe02.contoso.com (no collocated role)',
      'Give every Front End Web Conferencing: the roles of fe01.contoso.com without Domain controller, which no Front End may run here',
    ]);
    for (const fix of fixes) {
      const after = fix.apply(frozen(before));
      expect(newErrors(before, after)).toEqual([]);
      expect(errorsOf(after).length).toBeLessThan(errorsOf(before).length);
    }
  });

  it('EXPANDED-FE-COLLOCATION on the expanded template: Web Conferencing on fe01 moves onto wcs01, no wcs02', () => {
    const plan = templatePlan('expanded');
    const before = { ...plan, nodes: plan.nodes.map((n) => (n.id === 'fe1' ? { ...n, collocated: ['web-conferencing' as const] } : n)) };
    const [f] = findingsOf(before, 'EXPANDED-FE-COLLOCATION');
    const [fix] = fixesFor(before, f);
    expect(fix.label).toBe('Move Web Conferencing off the Front Ends onto wcs01.contoso.com');
    const after = fix.apply(frozen(before));
    expect(after.nodes.map((n) => n.name)).toEqual(plan.nodes.map((n) => n.name));
    expect(errorsOf(after)).toEqual([]);
  });

  it('fixesFor drops a proposed fix that would add an error', () => {
    // A pool of two Front Ends carrying a domain controller: adding Front Ends like them adds ROLE-ON-DC errors (on R2).
    const b = new PlanBuilder('2007-r2');
    const p = b.enterprisePool('consolidated', { frontEnds: 2, users: 28_000 });
    for (const fe of p.fes) b.set(fe, { collocated: ['domain-controller'] });
    const plan = b.build();
    const [f] = findingsOf(plan, 'POOL-CAPACITY');
    const [proposed] = proposedFixes(plan, f);
    expect(proposed.id).toBe('POOL-CAPACITY/add-front-ends');
    expect(newErrors(plan, proposed.apply(plan)).map((e) => e.rule)).toContain('ROLE-ON-DC');
    expect(fixesFor(plan, f)).toEqual([]);
  });

  /** Applies every fix offered for every finding of the plan; fails on the first that adds an error. */
  function everyFixKeepsErrorsAway(plan: Plan): number {
    const input = frozen(plan);
    let applied = 0;
    for (const finding of checkPlan(input)) {
      for (const fix of fixesFor(input, finding)) {
        const after = fix.apply(input);
        applied++;
        const added = newErrors(input, after).map((f) => `${f.rule}: ${f.message}`);
        expect(added, `${fix.id} (${fix.label}) for "${finding.message}" added errors`).toEqual([]);
      }
    }
    return applied;
  }

  it('on random plans as a user draws them (the AS_DRAWN style): every offered fix, applied, adds no error', () => {
    let applied = 0;
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        applied += everyFixKeepsErrorsAway(plan);
      }),
      { numRuns: 400 },
    );
    expect(applied).toBeGreaterThan(200);
  });

  it('on random plans of the AWKWARD style (awkward names and ids, unknown fields): every offered fix adds no error', () => {
    let applied = 0;
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        applied += everyFixKeepsErrorsAway(plan);
      }),
      { numRuns: 300 },
    );
    expect(applied).toBeGreaterThan(100);
  });
});

describe('fixes that leave a valid plan', () => {
  /** Each case: a valid plan broken in one way, and the fix that should make it valid again. */
  const cases: [string, RuleId, string, () => Plan][] = [
    [
      'a second Standard Edition Server',
      'SE-SINGLE-SERVER',
      'keep-one',
      () => {
        const b = new PlanBuilder();
        const { pool } = b.standardPool();
        b.node('standard-edition-server', { pool });
        return b.build();
      },
    ],
    [
      'an empty Standard Edition pool',
      'SE-SINGLE-SERVER',
      'add-server',
      () => {
        const b = new PlanBuilder();
        b.pool('standard', { users: 100 });
        return b.build();
      },
    ],
    [
      'a Standard Edition Server among Front Ends',
      'SE-OUTSIDE-SE-POOL',
      'make-front-end',
      () => {
        const b = new PlanBuilder();
        const p = b.enterprisePool();
        const se = b.node('standard-edition-server', { pool: p.pool });
        b.link(se, p.lb).link(se, p.sql);
        return b.build();
      },
    ],
    [
      'two back ends',
      'EE-BACKEND-MULTIPLE',
      'keep-n2',
      () => {
        const b = new PlanBuilder();
        const p = b.enterprisePool();
        const sql2 = b.node('back-end-sql', { pool: p.pool });
        b.link(p.fes[1], sql2);
        return b.build();
      },
    ],
    [
      'the back end on the only Front End',
      'EE-BACKEND-DEDICATED',
      'remove-role',
      () => {
        const b = new PlanBuilder();
        const pool = b.pool('consolidated');
        b.node('front-end-server', { pool, collocated: ['back-end-sql'] });
        return b.build();
      },
    ],
    [
      'a pool without Front Ends',
      'EE-FRONTEND-MISSING',
      'add-front-end',
      () => {
        const b = new PlanBuilder();
        const pool = b.pool('consolidated');
        b.node('back-end-sql', { pool });
        return b.build();
      },
    ],
    [
      'one Front End without a load balancer',
      'EE-SINGLE-FE',
      'add-front-end',
      () => {
        const b = new PlanBuilder();
        const pool = b.pool('consolidated');
        b.link(b.node('front-end-server', { pool }), b.node('back-end-sql', { pool }));
        return b.build();
      },
    ],
    [
      'an expanded pool without dedicated servers',
      'EXPANDED-MISSING-DEDICATED',
      'add-dedicated',
      () => {
        const b = new PlanBuilder();
        b.enterprisePool();
        b.pools[0].configuration = 'expanded';
        return b.build();
      },
    ],
    [
      'a Web Components Server without a load balancer',
      'EXPANDED-WEB-LB',
      'link-existing',
      () => {
        const b = new PlanBuilder();
        const { pool } = b.enterprisePool('expanded');
        b.node('web-components-server', { pool });
        return b.build();
      },
    ],
    [
      'a software load balancer',
      'LB-SOFTWARE',
      'use-hardware',
      () => {
        const b = new PlanBuilder('2007-r2');
        const { lb } = b.enterprisePool();
        b.set(lb, { balancing: 'dns' });
        return b.build();
      },
    ],
  ];

  it.each(cases)('%s: %s/%s', (_, rule, fixId, make) => {
    const before = make();
    expect(checkPlan(before).map((f) => f.rule)).toContain(rule);
    const { after } = fixOf(before, rule, fixId);
    expect(errorsOf(after)).toEqual([]);
    expectPlacedFreely(before, after);
  });
});
