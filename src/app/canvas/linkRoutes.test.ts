import { describe, expect, it } from 'vitest';
import { templatePlan } from '../../domain/templates';
import { movesSince } from './linkRoutes';

describe('what the canvas tells the routing worker', () => {
  const plan = templatePlan('consolidated');
  const [first, second] = plan.nodes;

  it('a drag: only the servers that moved, with where they are now', () => {
    expect(movesSince(plan, { ...plan })).toEqual([]);
    const moved = { ...plan, nodes: plan.nodes.map((n) => (n === second ? { ...n, position: { x: 400, y: 96 } } : n)) };
    expect(movesSince(plan, moved)).toEqual([[second.id, 400, 96]]);
    // A server changed otherwise (renamed) but not moved: nothing to route again.
    const renamed = { ...plan, nodes: plan.nodes.map((n) => (n === first ? { ...n, name: 'other.contoso.com' } : n)) };
    expect(movesSince(plan, renamed)).toEqual([]);
  });

  it('anything else is sent whole: links changed, a server added or removed, or moved to another pool', () => {
    expect(movesSince(plan, { ...plan, links: [...plan.links] })).toBeUndefined();
    expect(movesSince(plan, { ...plan, nodes: plan.nodes.slice(1) })).toBeUndefined();
    expect(movesSince(plan, { ...plan, nodes: [...plan.nodes.slice(1), first] })).toBeUndefined();
    expect(movesSince(plan, { ...plan, nodes: plan.nodes.map((n) => (n === first ? { ...n, pool: 'elsewhere' } : n)) })).toBeUndefined();
  });
});
