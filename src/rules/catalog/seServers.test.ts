import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('SE-EXTERNAL-SQL', () => {
  it('flags a Standard Edition Server linked to a back end', () => {
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    const sql = b.node('back-end-sql');
    b.link(se, sql);
    const [f] = findingsOf(b.build(), 'SE-EXTERNAL-SQL');
    expect(f).toMatchObject({ severity: 'error', nodes: [se, sql] });
    expect(f.message).toContain('se01.contoso.com');
    expect(f.message).toContain('sql01.contoso.com');
  });

  it('accepts a Standard Edition Server linked to other things', () => {
    const b = new PlanBuilder();
    const { se } = b.standardPool();
    b.link(se, b.node('hardware-load-balancer'));
    expect(findingsOf(b.build(), 'SE-EXTERNAL-SQL')).toEqual([]);
  });
});

describe('SE-OUTSIDE-SE-POOL', () => {
  it('flags a Standard Edition Server in an Enterprise pool', () => {
    const b = new PlanBuilder();
    const { pool } = b.enterprisePool();
    const se = b.node('standard-edition-server', { pool });
    expect(findingsOf(b.build(), 'SE-OUTSIDE-SE-POOL')).toEqual([expect.objectContaining({ nodes: [se], pool })]);
  });

  it('flags a Front End in a Standard Edition pool', () => {
    const b = new PlanBuilder();
    const { pool } = b.standardPool();
    const fe = b.node('front-end-server', { pool });
    expect(findingsOf(b.build(), 'SE-OUTSIDE-SE-POOL')).toEqual([expect.objectContaining({ nodes: [fe], pool })]);
  });

  it('accepts servers in the right kind of pool', () => {
    const b = new PlanBuilder();
    b.standardPool();
    b.enterprisePool();
    expect(findingsOf(b.build(), 'SE-OUTSIDE-SE-POOL')).toEqual([]);
  });
});
