import { describe, expect, it } from 'vitest';
import { findByName } from './search';
import { templatePlan } from './templates';

describe('find by name', () => {
  const plan = templatePlan('expanded');

  it('matches servers and pools by a case-insensitive substring', () => {
    const fe = findByName(plan, 'FE0');
    expect(fe.length).toBeGreaterThan(1);
    expect(fe.every((m) => m.kind === 'server' && m.name.toLowerCase().includes('fe0'))).toBe(true);
    const pool = plan.pools[0];
    expect(findByName(plan, pool.name.toUpperCase()).map((m) => m.id)).toContain(pool.id);
  });

  it('lists matches top to bottom, then left to right', () => {
    const all = findByName(plan, '.');
    expect(all.length).toBe(plan.nodes.length + plan.pools.length);
    const ys = all.filter((m) => m.kind === 'server').map((m) => plan.nodes.find((n) => n.id === m.id)!.position);
    for (let i = 1; i < ys.length; i++) expect(ys[i].y > ys[i - 1].y || (ys[i].y === ys[i - 1].y && ys[i].x >= ys[i - 1].x)).toBe(true);
  });

  it('finds nothing for an empty query or no match', () => {
    expect(findByName(plan, '   ')).toEqual([]);
    expect(findByName(plan, 'no-such-server')).toEqual([]);
  });
});
