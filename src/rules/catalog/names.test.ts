import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { templatePlan } from '../../domain/templates';
import { awkwardString } from '../../../test/support/arbitraries';
import { fixesFor } from '../fixes';
import { findingsOf, frozen, PlanBuilder } from '../../../test/support/planBuilder';
import { allFqdnProblems, fqdnProblem, fqdnProblems } from './names';

describe('fqdnProblem', () => {
  it.each(['fe01.contoso.com', 'a.b', 'web-1.corp.fabrikam.net', 'x.y-2'])('accepts %s', (name) => {
    expect(fqdnProblem(name)).toBeUndefined();
  });

  it.each([
    ['fe01', 'single label'],
    ['', 'empty'],
    ['bad name!!', 'it contains a space and "!"'],
    ['-fe01.contoso.com', 'label "-fe01" starts with a hyphen'],
    ['fe01-.contoso.com', 'label "fe01-" ends with a hyphen'],
    [`${'a'.repeat(70)}.contoso.com`, 'has 70 characters; a label has at most 63'],
    ['fe01.contoso.com\u00e9', '"\u00e9"'],
    ['fe01.contoso.123', 'last label starts with a digit'],
    ['fe_01.contoso.com', 'underscore'],
    ['fe 01.contoso.com', 'a space'],
    ['fe01..contoso.com', 'empty label'],
    ['fe01.contoso.com.', 'empty label'],
  ])('rejects %j (%s)', (name, why) => {
    expect(fqdnProblem(name)).toContain(why);
  });

  it('does not call "bad name!!" a single label only', () => {
    expect(fqdnProblem('bad name!!')).not.toMatch(/^it is a single label/);
  });

  it('checks the 15-character computer name of servers only', () => {
    expect(fqdnProblem('frontendserver01.contoso.com', true)).toContain('a computer name (NetBIOS) has at most 15');
    expect(fqdnProblem('frontendserver01.contoso.com')).toBeUndefined();
    expect(fqdnProblem('frontendserve01.contoso.com', true)).toBeUndefined();
  });

  it('calls underscores permitted but not recommended', () => {
    const b = new PlanBuilder('2007-r2');
    const { fes } = b.enterprisePool();
    b.set(fes[0], { name: 'fe_01.contoso.com' });
    const [f] = findingsOf(b.build(), 'NAME-FQDN');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('permitted in OCS 2007 R2 names, but not recommended');
  });
});

describe('NAME-FQDN fixes', () => {
  const renamed = (name: string, kind: 'standard-edition-server' | 'hardware-load-balancer' = 'standard-edition-server') => {
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    const id = kind === 'standard-edition-server' ? se : b.node(kind);
    b.set(id, { name });
    const plan = b.build();
    const f = findingsOf(plan, 'NAME-FQDN').find((x) => x.nodes[0] === id);
    if (!f) return { plan, id, found: false, names: [] as string[] };
    const names = fixesFor(plan, f).map((fix) => fix.apply(frozen(plan)).nodes.find((n) => n.id === id)!.name);
    return { plan, id, found: true, names };
  };

  it.each([
    ['bad name!!', 'bad-name.contoso.com'],
    ['-fe01.contoso.com', 'fe01.contoso.com'],
    ['fe_01.contoso.com', 'fe-01.contoso.com'],
    ['x.contoso.1', 'x.contoso.com'],
    ['frontendserver0001.contoso.com', 'frontendserver0.contoso.com'],
    [`${'a'.repeat(70)}.contoso.com`, `${'a'.repeat(15)}.contoso.com`],
  ])('renames %j to %j', (name, fixed) => {
    expect(renamed(name).names).toEqual([fixed]);
  });

  it('every name fix yields a name that raises no name finding', () => {
    const name = fc.oneof(
      awkwardString,
      fc.stringMatching(/^[-a-z_ !.]{0,20}\.contoso\.com$/),
      fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
    );
    let fixed = 0;
    fc.assert(
      fc.property(name, fc.boolean(), (n, lb) => {
        const { plan, id, names } = renamed(n, lb ? 'hardware-load-balancer' : 'standard-edition-server');
        for (const next of names) {
          fixed++;
          const after = { ...plan, nodes: plan.nodes.map((x) => (x.id === id ? { ...x, name: next } : x)) };
          expect(
            findingsOf(after, 'NAME-FQDN').filter((f) => f.nodes[0] === id),
            `${n} -> ${next}`,
          ).toEqual([]);
          expect(findingsOf(after, 'NAME-DUPLICATE')).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
    expect(fixed).toBeGreaterThan(50);
  });
});

describe('NAME-FQDN', () => {
  it('warns about a server name and a pool name', () => {
    const b = new PlanBuilder();
    const pool = b.pool('standard', { name: 'sepool' });
    const se = b.node('standard-edition-server', { pool, name: 'se01.contoso.2' });
    const found = findingsOf(b.build(), 'NAME-FQDN');
    // Sorted by pool id: the server's finding (no pool) comes first.
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', nodes: [se] }),
      expect.objectContaining({ severity: 'warning', nodes: [], pool }),
    ]);
    expect(found[0].message).toContain('se01.contoso.2');
  });

  it('accepts fully qualified names', () => {
    const b = new PlanBuilder();
    b.enterprisePool('expanded');
    expect(findingsOf(b.build(), 'NAME-FQDN')).toEqual([]);
  });
});

describe('NAME-DUPLICATE', () => {
  it('flags two servers with the same name, whatever the case', () => {
    const b = new PlanBuilder();
    const { pool } = b.enterprisePool();
    const a = b.node('front-end-server', { pool, name: 'fe09.contoso.com' });
    const c = b.node('front-end-server', { pool, name: 'FE09.Contoso.com' });
    expect(findingsOf(b.build(), 'NAME-DUPLICATE')).toEqual([expect.objectContaining({ severity: 'error', nodes: [a, c] })]);
  });

  it('flags a server named like a pool', () => {
    const b = new PlanBuilder();
    const pool = b.pool('standard', { name: 'se01.contoso.com' });
    const se = b.node('standard-edition-server', { pool, name: 'se01.contoso.com' });
    expect(findingsOf(b.build(), 'NAME-DUPLICATE')).toEqual([expect.objectContaining({ nodes: [se], pool })]);
  });

  it('names both servers by kind and name, and renames the newer one', () => {
    // In the template the user gives sql01 the name of fe01: sql01 (later in plan order, and not a Front End) is renamed.
    const plan = templatePlan('consolidated');
    plan.nodes = plan.nodes.map((n) => (n.id === 'sql1' ? { ...n, name: 'fe01.contoso.com' } : n));
    const [f] = findingsOf(plan, 'NAME-DUPLICATE');
    expect(f.message).toBe(
      'The name fe01.contoso.com is shared by Front End Server fe01.contoso.com in pool pool01.contoso.com and Back-End SQL Server fe01.contoso.com in pool pool01.contoso.com. Every server and pool needs a name of its own: rename all but one.',
    );
    const [first, second] = fixesFor(plan, f);
    expect(first.label).toBe('Rename Back-End SQL Server fe01.contoso.com in pool pool01.contoso.com to sql01.contoso.com');
    const after = first.apply(frozen(plan));
    expect(after.nodes.find((n) => n.id === 'fe1')!.name).toBe('fe01.contoso.com');
    expect(after.nodes.find((n) => n.id === 'sql1')!.name).toBe('sql01.contoso.com');
    expect(second.label).toContain('(Back-End SQL Server fe01.contoso.com in pool pool01.contoso.com keeps the name)');
  });

  it('renames the server the name was given to, even when it is older: hlb01 renamed to fe01', () => {
    const plan = templatePlan('consolidated');
    plan.nodes = plan.nodes.map((n) => (n.id === 'hlb1' ? { ...n, name: 'fe01.contoso.com' } : n));
    const [f] = findingsOf(plan, 'NAME-DUPLICATE');
    const after = fixesFor(plan, f)[0].apply(frozen(plan));
    expect(after.nodes.find((n) => n.id === 'fe1')!.name).toBe('fe01.contoso.com');
    expect(after.nodes.find((n) => n.id === 'hlb1')!.name).toBe('hlb01.contoso.com');
  });

  it('accepts distinct names', () => {
    const b = new PlanBuilder();
    b.enterprisePool('expanded');
    b.standardPool();
    expect(findingsOf(b.build(), 'NAME-DUPLICATE')).toEqual([]);
  });
});

describe('the quick test of a good name', () => {
  const label = fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/);
  const nameLike = fc.oneof(
    fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
    awkwardString,
  );
  it('says a name is good exactly when the long way finds no problem', () => {
    fc.assert(
      fc.property(nameLike, fc.boolean(), (name, computer) => {
        expect(fqdnProblems(name, computer)).toEqual(allFqdnProblems(name, computer));
      }),
      { numRuns: 3000 },
    );
  });
});
