import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addNode, addPool, connect, deleteItems, moveItems, updateNode, updatePool } from '../domain/operations';
import { emptyPlan, NODE_KINDS } from '../domain/plan';
import type { Plan } from '../domain/plan';
import { templatePlan } from '../domain/templates';
import { createPlanStore, HISTORY_LIMIT } from './planStore';

describe('plan store history', () => {
  it('each apply is one undo step; undo and redo walk them', () => {
    const store = createPlanStore(emptyPlan());
    const s = () => store.getState();
    const p0 = s().plan;
    s().apply(addNode(p0, 'front-end-server', { x: 0, y: 0 }).plan);
    const p1 = s().plan;
    s().apply(addNode(p1, 'back-end-sql', { x: 0, y: 200 }).plan);
    const p2 = s().plan;
    s().undo();
    expect(s().plan).toBe(p1);
    s().undo();
    expect(s().plan).toBe(p0);
    s().undo();
    expect(s().plan).toBe(p0);
    s().redo();
    s().redo();
    expect(s().plan).toBe(p2);
  });

  it('a new edit after undo clears redo', () => {
    const store = createPlanStore(emptyPlan());
    const s = () => store.getState();
    s().apply(addNode(s().plan, 'front-end-server', { x: 0, y: 0 }).plan);
    s().undo();
    s().apply(addNode(s().plan, 'back-end-sql', { x: 0, y: 0 }).plan);
    expect(s().future).toHaveLength(0);
    s().redo();
    expect(s().plan.nodes.map((n) => n.kind)).toEqual(['back-end-sql']);
  });

  it('a drag is one step, however many moves it has', () => {
    const store = createPlanStore(templatePlan('consolidated'));
    const s = () => store.getState();
    const before = s().plan;
    s().beginGesture();
    for (let i = 1; i <= 30; i++) s().apply(moveItems(s().plan, new Map([['fe1', { x: i * 10, y: 0 }]])), { geometryOnly: true });
    s().endGesture();
    expect(s().past).toHaveLength(1);
    s().undo();
    expect(s().plan).toBe(before);
  });

  it('a gesture that changed nothing adds no step; a cancelled one restores the plan', () => {
    const store = createPlanStore(templatePlan('consolidated'));
    const s = () => store.getState();
    s().beginGesture();
    s().endGesture();
    expect(s().past).toHaveLength(0);
    const before = s().plan;
    s().beginGesture();
    s().apply(moveItems(s().plan, new Map([['fe1', { x: 5, y: 5 }]])), { geometryOnly: true });
    s().cancelGesture();
    expect(s().plan).toBe(before);
    expect(s().past).toHaveLength(0);
  });

  it('moves do not bump the rule version; other edits, undo and redo do', () => {
    const store = createPlanStore(templatePlan('consolidated'));
    const s = () => store.getState();
    const v0 = s().ruleVersion;
    s().apply(moveItems(s().plan, new Map([['fe1', { x: 5, y: 5 }]])), { geometryOnly: true });
    expect(s().ruleVersion).toBe(v0);
    s().apply(updateNode(s().plan, 'fe1', { name: 'x.contoso.com' }));
    expect(s().ruleVersion).toBe(v0 + 1);
    s().undo();
    expect(s().ruleVersion).toBe(v0 + 2);
  });

  it('a read-only plan takes no edits', () => {
    const store = createPlanStore();
    store.getState().reset(templatePlan('standard'), { readOnly: true });
    const before = store.getState().plan;
    store.getState().apply(deleteItems(before, ['se1'], { deletePoolMembers: false }));
    expect(store.getState().plan).toBe(before);
  });

  it('counts the documents it has held: a reset is another one, an edit or an undo is not', () => {
    const store = createPlanStore(emptyPlan());
    const s = () => store.getState();
    expect(s().documentVersion).toBe(0);
    s().apply(addNode(s().plan, 'front-end-server', { x: 0, y: 0 }).plan);
    s().undo();
    s().redo();
    expect(s().documentVersion).toBe(0);
    s().reset(templatePlan('standard'));
    expect(s().documentVersion).toBe(1);
    s().reset(templatePlan('standard'), { readOnly: true });
    expect(s().documentVersion).toBe(2);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const store = createPlanStore(emptyPlan());
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().apply({ ...store.getState().plan, name: `n${i}` });
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });
});

/** One random edit of the kinds the app makes. */
const editArb = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    kind: fc.constantFrom(...NODE_KINDS),
    x: fc.integer({ min: -500, max: 2000 }),
    y: fc.integer({ min: -500, max: 2000 }),
  }),
  fc.record({
    op: fc.constant('pool' as const),
    kind: fc.constantFrom('standard' as const, 'consolidated' as const, 'expanded' as const),
    x: fc.integer({ min: 0, max: 2000 }),
  }),
  fc.record({ op: fc.constant('move' as const), pick: fc.nat(), dx: fc.integer({ min: -300, max: 300 }) }),
  fc.record({ op: fc.constant('link' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat(), members: fc.boolean() }),
  fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), name: fc.string() }),
  fc.record({ op: fc.constant('users' as const), pick: fc.nat(), users: fc.nat({ max: 200_000 }) }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(plan: Plan, e: Edit): Plan {
  const ids = [...plan.nodes.map((n) => n.id), ...plan.pools.map((p) => p.id)];
  const pick = (i: number) => (ids.length > 0 ? ids[i % ids.length] : undefined);
  switch (e.op) {
    case 'add':
      return addNode(plan, e.kind, { x: e.x, y: e.y }, plan.pools[0]?.id).plan;
    case 'pool':
      return addPool(plan, e.kind, { x: e.x, y: 0 }).plan;
    case 'move': {
      const id = pick(e.pick);
      const n = plan.nodes.find((x) => x.id === id);
      return n ? moveItems(plan, new Map([[n.id, { x: n.position.x + e.dx, y: n.position.y }]])) : plan;
    }
    case 'link':
      return plan.nodes.length > 1
        ? connect(plan, plan.nodes[e.a % plan.nodes.length].id, plan.nodes[e.b % plan.nodes.length].id).plan
        : plan;
    case 'delete': {
      const id = pick(e.pick);
      return id ? deleteItems(plan, [id], { deletePoolMembers: e.members }) : plan;
    }
    case 'rename': {
      const id = pick(e.pick);
      return id && plan.nodes.some((n) => n.id === id) ? updateNode(plan, id, { name: e.name }) : plan;
    }
    case 'users':
      return plan.pools.length > 0 ? updatePool(plan, plan.pools[e.pick % plan.pools.length].id, { users: e.users }) : plan;
  }
}

describe('undo and redo as a property', () => {
  it('200 random edits: undo all gives the start exactly, redo all gives the end exactly', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 200, maxLength: 200 }), (edits) => {
        const start = templatePlan('expanded');
        const store = createPlanStore(structuredClone(start));
        for (const e of edits) store.getState().apply(applyEdit(store.getState().plan, e), { geometryOnly: e.op === 'move' });
        const end = structuredClone(store.getState().plan);
        while (store.getState().past.length > 0) store.getState().undo();
        expect(store.getState().plan).toEqual(start);
        while (store.getState().future.length > 0) store.getState().redo();
        expect(store.getState().plan).toEqual(end);
      }),
      { numRuns: 25 },
    );
  });
});
