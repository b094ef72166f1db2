import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, compareFindings, fixesFor, RULE_IDS, RULES, ruleById, SEVERITY_ORDER, sourceOf } from './index';
import { arbitraryPlan } from '../../test/support/arbitraries';
import { PlanBuilder } from '../../test/support/planBuilder';

/** The catalog of the domain doc, section 3: id and severity (EE-BACKEND-SHARED: error on R2). */
const CATALOG: [string, string][] = [
  ['SE-SINGLE-SERVER', 'error'],
  ['SE-USER-LIMIT', 'warning'],
  ['SE-NO-HA', 'info'],
  ['SE-EXTERNAL-SQL', 'error'],
  ['SE-OUTSIDE-SE-POOL', 'error'],
  ['EE-BACKEND-MISSING', 'error'],
  ['EE-BACKEND-MULTIPLE', 'error'],
  ['EE-BACKEND-DEDICATED', 'error'],
  ['EE-BACKEND-SHARED', 'error'],
  ['EE-BACKEND-LINK', 'warning'],
  ['EE-FRONTEND-MISSING', 'error'],
  ['EE-LB-MISSING', 'error'],
  ['EE-SINGLE-FE', 'info'],
  ['LB-SOFTWARE', 'error'],
  ['FE-NOT-IDENTICAL', 'error'],
  ['CONSOLIDATED-HAS-DEDICATED', 'error'],
  ['EXPANDED-MISSING-DEDICATED', 'warning'],
  ['EXPANDED-FE-COLLOCATION', 'error'],
  ['EXPANDED-WEB-LB', 'error'],
  ['POOL-MEMBERSHIP', 'error'],
  ['POOL-CAPACITY', 'warning'],
  ['SQL-VERSION', 'error'],
  ['R2-64BIT', 'error'],
  ['ROLE-ON-DC', 'error'],
  ['NAME-FQDN', 'warning'],
  ['NAME-DUPLICATE', 'error'],
  ['R2-EXPANDED-CLI', 'info'],
  // Part 2 (topology.md section 4): zones, versions, the perimeter network, Directors.
  ['ZONE-PLACEMENT', 'error'],
  ['VERSION-KIND', 'error'],
  ['EDGE-NEEDS-REVERSE-PROXY', 'error'],
  ['EDGE-NEEDS-ACCESS', 'error'],
  ['EDGE-INTERNAL-HOP', 'error'],
  ['EDGE-DIRECTOR-VIP', 'error'],
  ['EDGE-2007-COUNTERPART', 'error'],
  ['EDGE-ARRAY-LB', 'error'],
  ['EDGE-ARRAY-IDENTICAL', 'error'],
  ['EDGE-R2-SERVICES', 'warning'],
  ['EDGE-AV-NAT', 'error'],
  ['EDGE-DIRECTOR-RECOMMENDED', 'info'],
  ['RP-TARGET', 'error'],
  ['DIRECTOR-SE-ARRAY', 'error'],
  ['DIRECTOR-HOSTS-USERS', 'warning'],
  // Part 2: voice, archiving, monitoring, CWA, Group Chat, collocation and SQL (the highest severity of each).
  ['SERVER-COLLOCATION', 'error'],
  ['SQL-EDITION', 'error'],
  ['OCS2007-64BIT', 'warning'],
  ['MEDIATION-NEXT-HOP', 'error'],
  ['MEDIATION-GATEWAY-1TO1', 'error'],
  ['GATEWAY-NEEDS-MEDIATION', 'error'],
  ['MEDIATION-NEEDS-GATEWAY', 'warning'],
  ['ARCHIVING-DB', 'error'],
  ['ARCHIVING-POOL', 'warning'],
  ['ARCHIVING-CAPACITY', 'warning'],
  ['MONITORING-DB', 'error'],
  ['MONITORING-ONE-PER-POOL', 'error'],
  ['CWA-NEEDS-POOL', 'error'],
  ['CWA-ARRAY-LB', 'error'],
  ['CWA-EXTERNAL-RP', 'warning'],
  ['GROUPCHAT-MAX-SERVERS', 'error'],
  ['GROUPCHAT-DB', 'error'],
  ['GROUPCHAT-COMPLIANCE-DB', 'error'],
  ['GROUPCHAT-NEEDS-POOL', 'error'],
  ['BE-SHARED-INSTANCE', 'info'],
];

describe('the rule catalog', () => {
  it('has every rule of the doc, once, with its severity', () => {
    expect(RULES.map((r) => [r.id, r.severity])).toEqual(CATALOG);
    expect([...RULE_IDS]).toEqual(CATALOG.map(([id]) => id));
  });

  it('gives each rule a title, and https sources', () => {
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(10);
      if (rule.source) expect(rule.source.url).toMatch(/^https:\/\/[a-z.]+\.(com)\//);
    }
    expect(ruleById('ROLE-ON-DC').source?.url).toBe('https://technet.microsoft.com/library/dd425201(office.13)');
  });

  it("cites the page of the plan's OCS version where there is one", () => {
    for (const rule of RULES)
      for (const source of Object.values(rule.sources ?? {})) expect(source.url).toMatch(/^https:\/\/[a-z.]+\.(com)\//);
    // The case: a 2007 plan's EE-LB-MISSING cited "OCS 2007 R2 Enterprise Pool, consolidated".
    expect(sourceOf(ruleById('EE-LB-MISSING'), '2007')?.label).toBe('OCS 2007 Load Balancer requirements');
    expect(sourceOf(ruleById('EE-LB-MISSING'), '2007-r2')?.label).toBe('OCS 2007 R2 Enterprise Pool, consolidated');
    expect(sourceOf(ruleById('SQL-VERSION'), '2007-r2')?.label).toBe('OCS 2007 R2 Database Software Support');
    expect(sourceOf(ruleById('SQL-VERSION'), '2007')?.label).toBe('OCS 2007 Database Requirements');
    // Every R2 page cited on a 2007 plan is one for which no OCS 2007 page is known.
    const r2Only = new Set([
      'EE-BACKEND-SHARED',
      'ROLE-ON-DC',
      'NAME-FQDN',
      'R2-64BIT',
      'R2-EXPANDED-CLI',
      'VERSION-KIND',
      'EDGE-ARRAY-IDENTICAL',
      'EDGE-R2-SERVICES',
      'DIRECTOR-SE-ARRAY',
    ]);
    // Part 2: R2-only roles and rules, and CWA load balancing (no OCS 2007 page known).
    for (const id of [
      'CWA-ARRAY-LB',
      'GROUPCHAT-MAX-SERVERS',
      'GROUPCHAT-DB',
      'GROUPCHAT-COMPLIANCE-DB',
      'GROUPCHAT-NEEDS-POOL',
      'BE-SHARED-INSTANCE',
    ])
      r2Only.add(id);
    for (const rule of RULES) {
      const label = sourceOf(rule, '2007')?.label ?? '';
      if (label.includes('R2')) expect(r2Only, rule.id).toContain(rule.id);
    }
  });

  it('finds rules by id, and refuses unknown ids', () => {
    expect(ruleById('NAME-FQDN').id).toBe('NAME-FQDN');
    expect(() => ruleById('NOPE' as never)).toThrow();
  });
});

describe('checkPlan', () => {
  /** A plan with findings of every severity, several rules and pools. */
  function messy() {
    const b = new PlanBuilder('2007-r2');
    const one = b.enterprisePool('expanded', { users: 90_000 });
    b.set(one.fes[0], { collocated: ['av-conferencing'], is64bit: false });
    b.standardPool({ users: 6000 });
    b.standardPool({ name: 'bad name' });
    b.node('front-end-server', { name: 'fe01.contoso.com' });
    return b.build();
  }

  it('orders findings by severity, rule, pool and first node', () => {
    const found = checkPlan(messy());
    expect(new Set(found.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
    for (let i = 1; i < found.length; i++) {
      const [a, b] = [found[i - 1], found[i]];
      const key = (f: typeof a) => [SEVERITY_ORDER[f.severity], f.rule, f.pool ?? '', f.nodes[0] ?? ''];
      const [ka, kb] = [key(a), key(b)];
      const order = ka.findIndex((v, j) => v !== kb[j]);
      if (order >= 0) expect(ka[order] < kb[order]).toBe(true);
    }
  });

  it('is deterministic: the same plan gives the same findings', () => {
    const plan = messy();
    expect(checkPlan(structuredClone(plan))).toEqual(checkPlan(plan));
  });

  it('returns an empty list for an empty plan', () => {
    expect(checkPlan(new PlanBuilder().build())).toEqual([]);
  });

  it('never names ids in messages', () => {
    const found = checkPlan(messy());
    for (const f of found) for (const id of f.nodes) expect(f.message).not.toMatch(new RegExp(`\\b${id}\\b`));
  });

  it('on any plan: does not throw, sorts, repeats itself, and reports nodes that exist', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const found = checkPlan(plan);
        expect(checkPlan(plan)).toEqual(found);
        expect([...found].sort(compareFindings)).toEqual(found);
        const ids = new Set(plan.nodes.map((n) => n.id));
        const pools = new Set(plan.pools.map((p) => p.id));
        for (const f of found) {
          for (const id of f.nodes) expect(ids.has(id)).toBe(true);
          if (f.pool !== undefined) expect(pools.has(f.pool)).toBe(true);
          expect(ruleById(f.rule)).toBeDefined();
          expect(fixesFor(plan, f)).toBeInstanceOf(Array);
        }
      }),
      { numRuns: 300 },
    );
  });
});
