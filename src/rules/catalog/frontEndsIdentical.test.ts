import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('FE-NOT-IDENTICAL', () => {
  it('flags the odd Front End out', () => {
    const b = new PlanBuilder();
    const { pool, fes } = b.enterprisePool('consolidated', { frontEnds: 3 });
    b.set(fes[2], { collocated: ['web-conferencing'] });
    const [f] = findingsOf(b.build(), 'FE-NOT-IDENTICAL');
    expect(f).toMatchObject({ severity: 'error', pool, nodes: [fes[2]] });
    expect(f.message).toContain('fe03.contoso.com has Web Conferencing');
  });

  it('badges every Front End when there is no majority', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool();
    b.set(fes[0], { collocated: ['av-conferencing'] });
    expect(findingsOf(b.build(), 'FE-NOT-IDENTICAL')[0].nodes).toEqual(fes);
  });

  it('compares roles as sets: order and repeats do not matter', () => {
    const b = new PlanBuilder();
    const { fes } = b.enterprisePool();
    b.set(fes[0], { collocated: ['web-conferencing', 'av-conferencing'] });
    b.set(fes[1], { collocated: ['av-conferencing', 'web-conferencing', 'av-conferencing'] });
    expect(findingsOf(b.build(), 'FE-NOT-IDENTICAL')).toEqual([]);
  });

  it('accepts identical Front Ends', () => {
    const b = new PlanBuilder();
    b.enterprisePool('consolidated', { frontEnds: 4 });
    expect(findingsOf(b.build(), 'FE-NOT-IDENTICAL')).toEqual([]);
  });
});
