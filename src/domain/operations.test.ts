import { describe, expect, it } from 'vitest';
import { NODE_SIZE } from './geometry';
import { addNode, addPool, allPoolBoxes, connect, deleteItems, dropNodes, moveItems, poolAtPoint } from './operations';
import { emptyPlan } from './plan';
import type { Plan } from './plan';
import { templatePlan } from './templates';

/** Simulate a user's drag: move the node so its centre is at `to`, then drop it. */
function dragTo(plan: Plan, id: string, to: { x: number; y: number }): Plan {
  const boxes = allPoolBoxes(plan);
  const moved = moveItems(plan, new Map([[id, { x: to.x - NODE_SIZE.width / 2, y: to.y - NODE_SIZE.height / 2 }]]));
  return dropNodes(moved, [id], boxes);
}

describe('adding', () => {
  it('adds a server with a unique id and FQDN', () => {
    let plan = emptyPlan();
    const a = addNode(plan, 'front-end-server', { x: 0, y: 0 });
    plan = a.plan;
    const b = addNode(plan, 'front-end-server', { x: 300, y: 0 });
    expect(a.id).not.toBe(b.id);
    expect(b.plan.nodes.map((n) => n.name)).toEqual(['fe01.contoso.com', 'fe02.contoso.com']);
  });

  it('uses the domain the plan already uses', () => {
    const plan = {
      ...emptyPlan(),
      nodes: [{ id: 'x', kind: 'front-end-server' as const, name: 'fe01.fabrikam.net', position: { x: 0, y: 0 } }],
    };
    expect(addNode(plan, 'back-end-sql', { x: 0, y: 0 }).plan.nodes[1].name).toBe('sql01.fabrikam.net');
  });

  it('puts a server into the pool it is added to, and the pool grows to hold it', () => {
    const { plan: p1, id: pool } = addPool(emptyPlan(), 'consolidated', { x: 0, y: 0 });
    const { plan, id } = addNode(p1, 'front-end-server', { x: 900, y: 700 }, pool);
    expect(plan.nodes.find((n) => n.id === id)!.pool).toBe(pool);
    const box = allPoolBoxes(plan).get(pool)!;
    expect(box.x + box.width).toBeGreaterThanOrEqual(900 + NODE_SIZE.width);
    expect(box.y + box.height).toBeGreaterThanOrEqual(700 + NODE_SIZE.height);
  });

  it('never makes a load balancer a pool member', () => {
    const { plan: p1, id: pool } = addPool(emptyPlan(), 'consolidated', { x: 0, y: 0 });
    const { plan, id } = addNode(p1, 'hardware-load-balancer', { x: 10, y: 50 }, pool);
    expect(plan.nodes.find((n) => n.id === id)!.pool).toBeUndefined();
  });
});

describe('moving into and out of pools', () => {
  const base = () => {
    const a = addPool(emptyPlan(), 'consolidated', { x: 0, y: 0 });
    const b = addPool(a.plan, 'consolidated', { x: 1000, y: 0 });
    const n = addNode(b.plan, 'front-end-server', { x: 2000, y: 2000 });
    return { plan: n.plan, poolA: a.id, poolB: b.id, node: n.id };
  };

  it('a drop inside a pool makes the server a member; a drop outside ends it; another pool moves it', () => {
    const { plan, poolA, poolB, node } = base();
    const inA = dragTo(plan, node, { x: 200, y: 150 });
    expect(inA.nodes.find((n) => n.id === node)!.pool).toBe(poolA);
    const outside = dragTo(inA, node, { x: 700, y: 1500 });
    expect(outside.nodes.find((n) => n.id === node)!.pool).toBeUndefined();
    const inB = dragTo(inA, node, { x: 1200, y: 150 });
    expect(inB.nodes.find((n) => n.id === node)!.pool).toBe(poolB);
  });

  it('a member dragged past its pool’s border leaves, instead of stretching the pool', () => {
    const { plan, poolA, node } = base();
    const inA = dragTo(plan, node, { x: 200, y: 150 });
    const boxBefore = allPoolBoxes(inA).get(poolA)!;
    const out = dragTo(inA, node, { x: boxBefore.x + boxBefore.width + 150, y: 150 });
    expect(out.nodes.find((n) => n.id === node)!.pool).toBeUndefined();
    expect(allPoolBoxes(out).get(poolA)).toEqual(boxBefore);
  });

  it('a pool grows to fit a member dropped near its edge', () => {
    const { plan, poolA, node } = base();
    const box = allPoolBoxes(plan).get(poolA)!;
    const inA = dragTo(plan, node, { x: box.x + box.width - 5, y: box.y + box.height - 5 });
    const grown = allPoolBoxes(inA).get(poolA)!;
    expect(inA.nodes.find((n) => n.id === node)!.pool).toBe(poolA);
    const n = inA.nodes.find((x) => x.id === node)!;
    expect(grown.x + grown.width).toBeGreaterThanOrEqual(n.position.x + NODE_SIZE.width);
    expect(grown.y + grown.height).toBeGreaterThanOrEqual(n.position.y + NODE_SIZE.height);
  });

  it('moving a pool moves its members by the same offset, and only them', () => {
    const plan = templatePlan('consolidated');
    const pool = plan.pools[0];
    const moved = moveItems(plan, new Map([[pool.id, { x: pool.position!.x + 100, y: pool.position!.y - 40 }]]));
    for (const n of plan.nodes) {
      const after = moved.nodes.find((m) => m.id === n.id)!;
      if (n.pool === pool.id) expect(after.position).toEqual({ x: n.position.x + 100, y: n.position.y - 40 });
      else expect(after).toBe(n);
    }
  });

  it('a member moved together with its pool moves once, not twice', () => {
    const plan = templatePlan('consolidated');
    const pool = plan.pools[0];
    const fe = plan.nodes.find((n) => n.kind === 'front-end-server')!;
    const moves = new Map([
      [pool.id, { x: pool.position!.x + 50, y: pool.position!.y }],
      [fe.id, { x: fe.position.x + 50, y: fe.position.y }],
    ]);
    expect(moveItems(plan, moves).nodes.find((n) => n.id === fe.id)!.position.x).toBe(fe.position.x + 50);
  });

  it('moving one node changes one node object and shares the rest', () => {
    const plan = templatePlan('expanded');
    const id = plan.nodes[3].id;
    const moved = moveItems(plan, new Map([[id, { x: 1, y: 2 }]]));
    expect(moved.nodes.filter((n, i) => n !== plan.nodes[i]).map((n) => n.id)).toEqual([id]);
    expect(moved.pools).toBe(plan.pools);
    expect(moved.links).toBe(plan.links);
  });

  it('the smallest pool box under a point wins', () => {
    const outer = addPool(emptyPlan(), 'consolidated', { x: 0, y: 0 });
    const plan = {
      ...outer.plan,
      pools: [
        ...outer.plan.pools,
        {
          id: 'inner',
          name: 'inner.contoso.com',
          edition: 'standard' as const,
          position: { x: 100, y: 100 },
          size: { width: 100, height: 100 },
        },
      ],
    };
    expect(poolAtPoint(plan, { x: 150, y: 150 })).toBe('inner');
    expect(poolAtPoint(plan, { x: 20, y: 20 })).toBe(outer.id);
    expect(poolAtPoint(plan, { x: -20, y: 20 })).toBeUndefined();
  });
});

describe('links', () => {
  it('connects two nodes once, never a node to itself', () => {
    const plan = templatePlan('empty');
    const a = addNode(plan, 'front-end-server', { x: 0, y: 0 });
    const b = addNode(a.plan, 'back-end-sql', { x: 0, y: 200 });
    const c1 = connect(b.plan, a.id, b.id);
    expect(c1.plan.links).toHaveLength(1);
    expect(connect(c1.plan, b.id, a.id).plan).toBe(c1.plan);
    expect(connect(c1.plan, a.id, a.id).plan).toBe(c1.plan);
    expect(connect(c1.plan, a.id, 'nope').plan).toBe(c1.plan);
  });
});

describe('deleting', () => {
  it('deleting a node deletes its links', () => {
    const plan = templatePlan('consolidated');
    const next = deleteItems(plan, ['hlb1'], { deletePoolMembers: false });
    expect(next.nodes.some((n) => n.id === 'hlb1')).toBe(false);
    expect(next.links.some((l) => l.from === 'hlb1' || l.to === 'hlb1')).toBe(false);
    expect(next.links).toHaveLength(4);
  });

  it('deleting a pool keeps its members outside, or deletes them with their links', () => {
    const plan = templatePlan('consolidated');
    const kept = deleteItems(plan, ['p1'], { deletePoolMembers: false });
    expect(kept.pools).toHaveLength(0);
    expect(kept.nodes).toHaveLength(plan.nodes.length);
    expect(kept.nodes.every((n) => n.pool === undefined)).toBe(true);
    expect(kept.links).toEqual(plan.links);
    const gone = deleteItems(plan, ['p1'], { deletePoolMembers: true });
    expect(gone.nodes.map((n) => n.id)).toEqual(['hlb1']);
    expect(gone.links).toHaveLength(0);
  });

  it('deletes a link alone', () => {
    const plan = templatePlan('consolidated');
    const next = deleteItems(plan, ['l1'], { deletePoolMembers: false });
    expect(next.links.map((l) => l.id)).not.toContain('l1');
    expect(next.nodes).toBe(plan.nodes);
  });
});
