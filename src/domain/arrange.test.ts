import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignNodes, distributeNodes, nudgeItems } from './arrange';
import { NODE_SIZE } from './geometry';
import { addNode, addPool, allPoolBoxes } from './operations';
import { emptyPlan } from './plan';
import type { Plan } from './plan';

function threeServers(): { plan: Plan; ids: string[] } {
  let plan = emptyPlan();
  const ids: string[] = [];
  for (const at of [
    { x: 0, y: 40 },
    { x: 400, y: 0 },
    { x: 100, y: 300 },
  ]) {
    const r = addNode(plan, 'front-end-server', at);
    plan = r.plan;
    ids.push(r.id);
  }
  return { plan, ids };
}

const pos = (plan: Plan, id: string) => plan.nodes.find((n) => n.id === id)!.position;

describe('align', () => {
  it('lines servers up on each edge and centre line of their common box', () => {
    const { plan, ids } = threeServers();
    const xs = (p: Plan) => ids.map((id) => pos(p, id).x);
    const ys = (p: Plan) => ids.map((id) => pos(p, id).y);
    expect(xs(alignNodes(plan, ids, 'left'))).toEqual([0, 0, 0]);
    expect(xs(alignNodes(plan, ids, 'right'))).toEqual([400, 400, 400]);
    expect(xs(alignNodes(plan, ids, 'center'))).toEqual([200, 200, 200]);
    expect(ys(alignNodes(plan, ids, 'top'))).toEqual([0, 0, 0]);
    expect(ys(alignNodes(plan, ids, 'bottom'))).toEqual([300, 300, 300]);
    expect(ys(alignNodes(plan, ids, 'middle'))).toEqual([150, 150, 150]);
    // The other coordinate is kept.
    expect(ys(alignNodes(plan, ids, 'left'))).toEqual([40, 0, 300]);
  });

  it('needs two servers, and ignores pools in the selection', () => {
    const { plan, ids } = threeServers();
    expect(alignNodes(plan, [ids[0]], 'left')).toBe(plan);
    const withPool = addPool(plan, 'consolidated', { x: 1000, y: 1000 });
    const next = alignNodes(withPool.plan, [ids[0], withPool.id], 'left');
    expect(next).toBe(withPool.plan);
  });

  it('keeps members in their pool, which grows to hold them', () => {
    const p = addPool(emptyPlan(), 'consolidated', { x: 0, y: 0 });
    const a = addNode(p.plan, 'front-end-server', { x: 40, y: 80 }, p.id);
    const b = addNode(a.plan, 'front-end-server', { x: 900, y: 900 });
    const aligned = alignNodes(b.plan, [a.id, b.id], 'right');
    expect(aligned.nodes.find((n) => n.id === a.id)!.pool).toBe(p.id);
    expect(aligned.nodes.find((n) => n.id === b.id)!.pool).toBeUndefined();
    const box = allPoolBoxes(aligned).get(p.id)!;
    expect(box.x + box.width).toBeGreaterThanOrEqual(900 + NODE_SIZE.width);
  });
});

describe('distribute', () => {
  it('gives equal gaps, the outermost servers staying put', () => {
    const { plan, ids } = threeServers();
    const h = distributeNodes(plan, ids, 'horizontal');
    expect(ids.map((id) => pos(h, id).x)).toEqual([0, 400, 200]);
    const v = distributeNodes(plan, ids, 'vertical');
    expect(ids.map((id) => pos(v, id).y)).toEqual([150, 0, 300]);
  });

  it('needs three servers', () => {
    const { plan, ids } = threeServers();
    expect(distributeNodes(plan, ids.slice(0, 2), 'horizontal')).toBe(plan);
  });

  it('spaces any set of servers evenly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }), {
          minLength: 3,
          maxLength: 8,
        }),
        (points) => {
          let plan = emptyPlan();
          const ids: string[] = [];
          for (const at of points) {
            const r = addNode(plan, 'front-end-server', at);
            plan = r.plan;
            ids.push(r.id);
          }
          const next = distributeNodes(plan, ids, 'horizontal');
          const xs = ids.map((id) => pos(next, id).x).sort((a, b) => a - b);
          const gaps = xs.slice(1).map((x, i) => x - xs[i]);
          for (const g of gaps) expect(g).toBeCloseTo(gaps[0], 6);
          expect(xs[0]).toBe(Math.min(...points.map((p) => p.x)));
          expect(xs[xs.length - 1]).toBe(Math.max(...points.map((p) => p.x)));
        },
      ),
    );
  });
});

describe('nudge', () => {
  it('moves servers, and a pool with its members', () => {
    const p = addPool(emptyPlan(), 'consolidated', { x: 0, y: 0 });
    const a = addNode(p.plan, 'front-end-server', { x: 40, y: 80 }, p.id);
    const b = addNode(a.plan, 'back-end-sql', { x: 900, y: 900 });
    const moved = nudgeItems(b.plan, [p.id, b.id], 16, -32);
    expect(moved.pools[0].position).toEqual({ x: 16, y: -32 });
    expect(pos(moved, a.id)).toEqual({ x: 56, y: 48 });
    expect(pos(moved, b.id)).toEqual({ x: 916, y: 868 });
  });

  it('keeps a nudged member in its pool and grows the pool', () => {
    const p = addPool(emptyPlan(), 'consolidated', { x: 0, y: 0 });
    const a = addNode(p.plan, 'front-end-server', { x: 40, y: 80 }, p.id);
    let plan = a.plan;
    for (let i = 0; i < 40; i++) plan = nudgeItems(plan, [a.id], 16, 0);
    expect(plan.nodes[0].pool).toBe(p.id);
    const box = allPoolBoxes(plan).get(p.id)!;
    expect(box.x + box.width).toBeGreaterThanOrEqual(40 + 640 + NODE_SIZE.width);
  });

  it('changes nothing for an empty selection', () => {
    const { plan } = threeServers();
    expect(nudgeItems(plan, [], 16, 0)).toBe(plan);
  });
});
