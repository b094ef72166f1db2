import { describe, expect, it } from 'vitest';
import type { OcsVersion, SqlVersion } from '../../domain/plan';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('SQL-VERSION', () => {
  const plan = (version: OcsVersion, sqlVersion: SqlVersion) => {
    const b = new PlanBuilder(version);
    const { sql } = b.enterprisePool();
    b.set(sql, { sqlVersion });
    return { plan: b.build(), sql };
  };
  const cases: [OcsVersion, SqlVersion, boolean][] = [
    ['2007', '2000-sp4', true],
    ['2007', '2005-sp1', true],
    ['2007', '2005-sp2', true],
    ['2007', '2008', false],
    ['2007-r2', '2000-sp4', false],
    ['2007-r2', '2005-sp1', false],
    ['2007-r2', '2005-sp2', true],
    ['2007-r2', '2008', true],
  ];
  for (const [version, sqlVersion, ok] of cases) {
    it(`${ok ? 'accepts' : 'flags'} ${sqlVersion} on ${version}`, () => {
      const { plan: p, sql } = plan(version, sqlVersion);
      expect(findingsOf(p, 'SQL-VERSION')).toEqual(ok ? [] : [expect.objectContaining({ severity: 'error', nodes: [sql] })]);
    });
  }
});

describe('R2-64BIT', () => {
  it('flags a 32-bit server on R2', () => {
    const b = new PlanBuilder('2007-r2');
    const { fes } = b.enterprisePool();
    b.set(fes[0], { is64bit: false });
    expect(findingsOf(b.build(), 'R2-64BIT')).toEqual([expect.objectContaining({ severity: 'error', nodes: [fes[0]] })]);
  });

  it('accepts 64-bit servers (stated or by default) on R2, and 32-bit on 2007', () => {
    const r2 = new PlanBuilder('2007-r2');
    const { fes } = r2.enterprisePool();
    r2.set(fes[0], { is64bit: true });
    const v2007 = new PlanBuilder('2007');
    const p = v2007.enterprisePool();
    v2007.set(p.fes[0], { is64bit: false });
    expect([...findingsOf(r2.build(), 'R2-64BIT'), ...findingsOf(v2007.build(), 'R2-64BIT')]).toEqual([]);
  });

  it('is only about OCS server roles: not a 32-bit back end, SQL Server, reverse proxy, gateway, PSTN or load balancer', () => {
    const b = new PlanBuilder('2007-r2');
    const { sql, lb } = b.enterprisePool();
    b.set(sql, { is64bit: false });
    b.set(lb, { is64bit: false });
    const others = (['sql-server', 'reverse-proxy', 'media-gateway', 'pstn'] as const).map((k) => b.node(k, { is64bit: false }));
    const edge = b.node('edge-server', { is64bit: false });
    expect(findingsOf(b.build(), 'R2-64BIT').map((f) => f.nodes)).toEqual([[edge]]);
    expect(others).toHaveLength(4);
  });
});

describe('ROLE-ON-DC', () => {
  const onDc = (version: OcsVersion, kind: 'standard-edition-server' | 'cwa-server') => {
    const b = new PlanBuilder(version);
    const node = kind === 'cwa-server' ? b.node('cwa-server') : b.standardPool().se;
    b.set(node, { collocated: ['domain-controller'] });
    return { plan: b.build(), node };
  };

  it('flags a server that is also a domain controller: an error on R2', () => {
    const { plan, node } = onDc('2007-r2', 'standard-edition-server');
    expect(findingsOf(plan, 'ROLE-ON-DC')).toEqual([expect.objectContaining({ severity: 'error', nodes: [node] })]);
  });

  it('is a warning on 2007, where only the Communicator Web Access case is documented', () => {
    const { plan, node } = onDc('2007', 'standard-edition-server');
    expect(findingsOf(plan, 'ROLE-ON-DC')).toEqual([expect.objectContaining({ severity: 'warning', nodes: [node] })]);
  });

  for (const version of ['2007', '2007-r2'] as const) {
    it(`is an error for a Communicator Web Access server on ${version}`, () => {
      const { plan, node } = onDc(version, 'cwa-server');
      const [f] = findingsOf(plan, 'ROLE-ON-DC');
      expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [node] }));
      expect(f.message).toContain('Communicator Web Access is not supported on a domain controller');
    });
  }

  it('accepts servers without the domain controller role', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool();
    for (const fe of fes) b.set(fe, { collocated: ['web-components'] });
    expect(findingsOf(b.build(), 'ROLE-ON-DC')).toEqual([]);
  });
});
