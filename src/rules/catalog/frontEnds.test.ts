import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('EE-FRONTEND-MISSING', () => {
  it('flags an Enterprise pool without Front Ends', () => {
    const b = new PlanBuilder();
    const pool = b.pool('consolidated');
    b.node('back-end-sql', { pool });
    expect(findingsOf(b.build(), 'EE-FRONTEND-MISSING')).toEqual([expect.objectContaining({ severity: 'error', pool })]);
  });

  it('accepts a pool with a Front End', () => {
    const b = new PlanBuilder();
    b.enterprisePool('consolidated', { frontEnds: 1 });
    expect(findingsOf(b.build(), 'EE-FRONTEND-MISSING')).toEqual([]);
  });
});

describe('EE-SINGLE-FE', () => {
  it('notes a pool with one Front End', () => {
    const b = new PlanBuilder();
    const { pool, fes } = b.enterprisePool('consolidated', { frontEnds: 1 });
    expect(findingsOf(b.build(), 'EE-SINGLE-FE')).toEqual([expect.objectContaining({ severity: 'info', pool, nodes: fes })]);
  });

  it('says nothing with two Front Ends', () => {
    const b = new PlanBuilder();
    b.enterprisePool('consolidated', { frontEnds: 2 });
    expect(findingsOf(b.build(), 'EE-SINGLE-FE')).toEqual([]);
  });
});
