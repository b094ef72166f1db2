import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../testing';
import { fqdnProblem } from './names';

describe('fqdnProblem', () => {
  it.each(['fe01.contoso.com', 'a.b', 'web-1.corp.fabrikam.net', 'x.y-2'])('accepts %s', (name) => {
    expect(fqdnProblem(name)).toBeUndefined();
  });

  it.each([
    ['fe01', 'single label'],
    ['', 'single label'],
    ['fe01.contoso.123', 'last label starts with a digit'],
    ['fe_01.contoso.com', '"_"'],
    ['fe 01.contoso.com', '" "'],
    ['fe01..contoso.com', 'empty label'],
    ['fe01.contoso.com.', 'empty label'],
  ])('rejects %j (%s)', (name, why) => {
    expect(fqdnProblem(name)).toContain(why);
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

  it('accepts distinct names', () => {
    const b = new PlanBuilder();
    b.enterprisePool('expanded');
    b.standardPool();
    expect(findingsOf(b.build(), 'NAME-DUPLICATE')).toEqual([]);
  });
});
