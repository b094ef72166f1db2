import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanNode } from '../domain/plan';
import { makeLargePlan } from '../../test/support/largePlan';
import { buildPlanIndex } from './planIndex';
import { arbitraryPlan } from '../../test/support/arbitraries';

/** Neighbours the plain way: every link in order, each other node once, missing nodes and self-links left out. */
function naiveNeighbors(plan: Plan, id: string): PlanNode[] {
  const byId = new Map<string, PlanNode>();
  for (const n of plan.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  if (!byId.has(id)) return [];
  const out: PlanNode[] = [];
  for (const l of plan.links) {
    if (!byId.has(l.from) || !byId.has(l.to) || l.from === l.to) continue;
    const other = l.from === id ? l.to : l.to === id ? l.from : undefined;
    if (other !== undefined && !out.includes(byId.get(other)!)) out.push(byId.get(other)!);
  }
  return out;
}

describe('buildPlanIndex', () => {
  it('gives the same neighbours and pool members as the plain computation, on random plans', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const ctx = buildPlanIndex(plan);
        for (const n of plan.nodes) expect(ctx.neighbors(n.id)).toEqual(naiveNeighbors(plan, n.id));
        expect(ctx.neighbors('no-such-node')).toEqual([]);
        for (const info of ctx.pools) {
          const first = new Map<string, PlanNode>();
          for (const n of plan.nodes) if (!first.has(n.id)) first.set(n.id, n);
          const members = [...first.values()].filter((n) => n.pool === info.pool.id);
          expect(info.members).toEqual(members);
          expect(info.frontEnds).toEqual(members.filter((n) => n.kind === 'front-end-server'));
          expect(info.backEnds).toEqual(members.filter((n) => n.kind === 'back-end-sql'));
          expect(info.standardServers).toEqual(members.filter((n) => n.kind === 'standard-edition-server'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('drops repeated links and self-links, and keeps link order', () => {
    const plan = makeLargePlan(4);
    const [a, b, c] = plan.nodes;
    plan.links = [
      { id: 'x1', from: a.id, to: c.id },
      { id: 'x2', from: b.id, to: a.id },
      { id: 'x3', from: a.id, to: c.id },
      { id: 'x4', from: a.id, to: a.id },
      { id: 'x5', from: a.id, to: 'missing' },
    ];
    const ctx = buildPlanIndex(plan);
    expect(ctx.neighbors(a.id).map((n) => n.id)).toEqual([c.id, b.id]);
    expect(ctx.neighbors(b.id).map((n) => n.id)).toEqual([a.id]);
    // Asked twice, the same answer.
    expect(ctx.neighbors(a.id)).toBe(ctx.neighbors(a.id));
  });

  it('gives a pool with no member of a kind an empty list', () => {
    const ctx = buildPlanIndex(makeLargePlan(1));
    const [se] = ctx.pools;
    expect(se.standardServers).toHaveLength(1);
    expect(se.frontEnds).toEqual([]);
    expect(se.backEnds).toEqual([]);
    expect(se.dedicated).toEqual([]);
  });
});
