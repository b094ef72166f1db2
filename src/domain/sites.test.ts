import { describe, expect, it } from 'vitest';
import { readPlan } from '../io/readPlan';
import { emptyPlan } from './plan';
import type { Plan } from './plan';
import { addSite, removeSite, renameSite, siteName } from './sites';

const withNode = (plan: Plan, site?: string): Plan => ({
  ...plan,
  nodes: [
    { id: 'n1', kind: 'edge-server', name: 'edge01.contoso.com', position: { x: 0, y: 0 }, zone: 'perimeter', ...(site ? { site } : {}) },
  ],
});

describe('sites', () => {
  it('adds sites with free ids and names, renames and removes them; a removed site’s servers go back to the central site', () => {
    const a = addSite(emptyPlan());
    const b = addSite(a.plan, 'Oslo');
    expect(b.plan.sites).toEqual([
      { id: 's1', name: 'Site 1' },
      { id: 's2', name: 'Oslo' },
    ]);
    const renamed = renameSite(withNode(b.plan, 's2'), 's2', 'Bergen');
    expect(siteName(renamed, renamed.nodes[0])).toBe('Bergen');
    const removed = removeSite(renamed, 's2');
    expect(removed.sites).toEqual([{ id: 's1', name: 'Site 1' }]);
    expect(removed.nodes[0]).not.toHaveProperty('site');
    expect(siteName(removed, removed.nodes[0])).toBe('Central site');
    expect(removeSite(removed, 's1')).not.toHaveProperty('sites');
    expect(readPlan(removed).ok).toBe(true);
  });

  it('the reader refuses a node in a site that does not exist, and two sites with one id', () => {
    const bad = readPlan(withNode(addSite(emptyPlan()).plan, 's9'));
    expect(!bad.ok && bad.error.message).toMatch(/nodes\[0\]\.site: no site has the id "s9"/);
    const twice = readPlan({
      ...emptyPlan(),
      sites: [
        { id: 's1', name: 'A' },
        { id: 's1', name: 'B' },
      ],
    });
    expect(!twice.ok && twice.error.message).toMatch(/sites\[1\]\.id/);
  });

  it('a plan with more sites than the limit is refused on the count', () => {
    const sites = Array.from({ length: 10_001 }, (_, i) => ({ id: `s${i}`, name: 'x' }));
    const result = readPlan({ ...emptyPlan(), sites });
    expect(!result.ok && result.error.message).toMatch(/the plan holds 10,001 sites; the limit is 10,000/);
  });
});
