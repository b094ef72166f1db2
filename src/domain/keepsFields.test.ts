/**
 * Every operation keeps every field it does not change: unknown fields of the plan, its pools, nodes
 * and links, and unknown fields inside nested objects (`position.z`, `size.depth`), through random
 * sequences of the edits the app makes (drags, pool drags, resizes, tidy layout, renames, inspector
 * edits, copy and paste, deletes of other items, undo and redo, save and reload).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../io/readPlan';
import { planToJson } from '../io/planJson';
import { arbitraryPlan } from '../../test/support/arbitraries';
import { createPlanStore } from '../store/planStore';
import { autoLayout } from './autoLayout';
import { copyFragment, pasteFragment } from './fragment';
import {
  allPoolBoxes,
  connect,
  deleteItems,
  dropNodes,
  growPool,
  moveItems,
  normalizePoolBoxes,
  setNodePool,
  updateNode,
  updatePool,
} from './operations';
import type { Plan } from './plan';
import { templatePlan } from './templates';

type Dict = Record<string, unknown>;

const ORIGIN = 'x-origin';
// Fields the app knows (the region layout is one: tidy layout and drags into a region write it).
const PLAN_KEYS = ['format', 'version', 'name', 'ocsVersion', 'pools', 'nodes', 'links', 'zones'];
const POOL_KEYS = ['id', 'name', 'edition', 'configuration', 'users', 'position', 'size'];
const NODE_KEYS = ['id', 'kind', 'name', 'pool', 'position', 'collocated', 'sqlVersion', 'is64bit', 'balancing'];
const LINK_KEYS = ['id', 'from', 'to'];

const extraKey = fc.stringMatching(/^x-[a-z]{1,6}$/).filter((k) => k !== ORIGIN);
const extraValue = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
);

/** Extra fields as users' tools add them: a rack, a VLAN, tags, and anything else. */
const objectExtras = fc
  .record(
    {
      rack: fc.string({ maxLength: 6 }),
      vlan: fc.integer({ min: 1, max: 4094 }),
      tags: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      more: fc.dictionary(extraKey, extraValue, { maxKeys: 2 }),
    },
    { requiredKeys: [] },
  )
  .map(({ more, ...named }) => ({ ...named, ...more }) as Dict);

const nestedExtras = fc.record(
  { z: fc.integer({ min: -5, max: 5 }), 'x-layer': fc.string({ maxLength: 4 }) },
  { requiredKeys: [] },
) as fc.Arbitrary<Dict>;

/** A plan (random or a template) with extra fields on everything, each object marked with its id of origin. */
const decoratedPlan: fc.Arbitrary<Plan> = fc
  .oneof(
    arbitraryPlan(),
    fc.constantFrom('standard', 'consolidated', 'expanded').chain((t) => fc.constantFrom('2007', '2007-r2').map((v) => templatePlan(t, v))),
  )
  // Only plans the app can open (the reader refuses links to missing nodes, for one).
  .filter((plan) => parsePlanText(planToJson(plan)).ok)
  .map(normalizePoolBoxes)
  .chain((plan) =>
    fc
      .record({
        plan: objectExtras,
        pools: fc.array(fc.tuple(objectExtras, nestedExtras, nestedExtras), { minLength: plan.pools.length, maxLength: plan.pools.length }),
        nodes: fc.array(fc.tuple(objectExtras, nestedExtras), { minLength: plan.nodes.length, maxLength: plan.nodes.length }),
        links: fc.array(objectExtras, { minLength: plan.links.length, maxLength: plan.links.length }),
      })
      .map(
        (extra): Plan =>
          ({
            ...plan,
            ...extra.plan,
            pools: plan.pools.map((p, i) => ({
              ...p,
              ...extra.pools[i][0],
              [ORIGIN]: p.id,
              position: { ...p.position!, ...extra.pools[i][1] },
              size: { ...p.size!, ...Object.fromEntries(Object.entries(extra.pools[i][2]).map(([k, v]) => [k === 'z' ? 'depth' : k, v])) },
            })),
            nodes: plan.nodes.map((n, i) => ({
              ...n,
              ...extra.nodes[i][0],
              [ORIGIN]: n.id,
              position: { ...n.position, ...extra.nodes[i][1] },
            })),
            links: plan.links.map((l, i) => ({ ...l, ...extra.links[i], [ORIGIN]: l.id })),
          }) as Plan,
      ),
  );

const pick = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);

/** Simulate a user's drag of nodes and pools (the canvas moves them, then drops them). */
function drag(plan: Plan, ids: string[], dx: number, dy: number): Plan {
  const boxes = allPoolBoxes(plan);
  const moves = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const item = plan.nodes.find((n) => n.id === id)?.position ?? boxes.get(id);
    if (item) moves.set(id, { x: item.x + dx, y: item.y + dy });
  }
  return dropNodes(moveItems(plan, moves), ids, boxes);
}

type Edit = (plan: Plan) => Plan;

const edit: fc.Arbitrary<{ name: string; run: Edit } | 'undo' | 'redo' | 'reload'> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 })).map(([i, dx, dy]) => ({
    name: `drag node ${i} by ${dx},${dy}`,
    run: (p: Plan) => {
      const n = pick(p.nodes, i);
      return n ? drag(p, [n.id], dx, dy) : p;
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 })).map(([i, dx, dy]) => ({
    name: `drag pool ${i} by ${dx},${dy}`,
    run: (p: Plan) => {
      const pool = pick(p.pools, i);
      return pool ? drag(p, [pool.id], dx, dy) : p;
    },
  })),
  fc
    .tuple(fc.nat(), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), fc.boolean())
    .map(([i, dw, dh, fromCorner]) => ({
      name: `resize pool ${i} by ${dw},${dh}${fromCorner ? ' from the top left' : ''}`,
      run: (p: Plan) => {
        const pool = pick(p.pools, i);
        if (!pool) return p;
        const box = allPoolBoxes(p).get(pool.id)!;
        // As the canvas does: the new size, the new corner (React Flow's own {x, y}), then the pool grows to hold its members.
        let next = updatePool(p, pool.id, { size: { width: Math.max(40, box.width + dw), height: Math.max(40, box.height + dh) } });
        if (fromCorner) next = updatePool(next, pool.id, { position: { x: box.x - dw, y: box.y - dh } });
        return growPool(next, pool.id);
      },
    })),
  fc.constant({ name: 'tidy layout', run: autoLayout }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 8 })).map(([i, name]) => ({
    name: `rename item ${i} to ${JSON.stringify(name)}`,
    run: (p: Plan) => {
      const n = pick([...p.nodes, ...p.pools], i);
      if (!n) return { ...p, name };
      return p.nodes.includes(n as never) ? updateNode(p, n.id, { name }) : updatePool(p, n.id, { name });
    },
  })),
  fc.tuple(fc.nat(), fc.boolean(), fc.integer({ min: 0, max: 200_000 })).map(([i, flag, users]) => ({
    name: `inspector edits on item ${i}`,
    run: (p: Plan) => {
      const n = pick(p.nodes, i);
      const pool = pick(p.pools, i);
      let next = n ? updateNode(p, n.id, { is64bit: flag, collocated: flag ? ['web-components'] : [] }) : p;
      if (pool)
        next = updatePool(next, pool.id, {
          users,
          ...(pool.edition === 'enterprise' ? { configuration: flag ? 'expanded' : 'consolidated' } : {}),
        });
      return next;
    },
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => ({
    name: `pool of node ${i} set to pool ${j}, link it`,
    run: (p: Plan) => {
      const n = pick(p.nodes, i);
      const other = pick(p.nodes, j);
      if (!n) return p;
      const next = setNodePool(p, n.id, pick(p.pools, j)?.id);
      return other ? connect(next, n.id, other.id).plan : next;
    },
  })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).map((is) => ({
    name: `copy and paste items ${is.join(',')}`,
    run: (p: Plan) => {
      const items = [...p.pools.map((x) => x.id), ...p.nodes.map((x) => x.id)];
      const ids = is.map((i) => pick(items, i)).filter((x) => x !== undefined);
      return ids.length ? pasteFragment(p, copyFragment(p, ids)).plan : p;
    },
  })),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, members]) => ({
    name: `delete item ${i}`,
    run: (p: Plan) => {
      const item = pick([...p.nodes, ...p.pools, ...p.links], i);
      return item ? deleteItems(p, [item.id], { deletePoolMembers: members }) : p;
    },
  })),
  fc.constantFrom('undo' as const, 'redo' as const, 'reload' as const),
);

/** The fields of `o` the app does not know, with nested positions' and sizes' unknown fields. */
function unknownFields(o: Dict, known: readonly string[]): Dict {
  const out: Dict = {};
  for (const [k, v] of Object.entries(o)) if (!known.includes(k)) out[k] = v;
  for (const [k, inner] of [
    ['position', ['x', 'y']],
    ['size', ['width', 'height']],
  ] as const) {
    const value = o[k];
    if (value && typeof value === 'object') out[`${k}.`] = unknownFields(value as Dict, inner);
  }
  return out;
}

function expectKept(original: Plan, plan: Plan, history: string[]) {
  const why = history.join(' → ');
  expect(unknownFields(plan as unknown as Dict, PLAN_KEYS), why).toEqual(unknownFields(original as unknown as Dict, PLAN_KEYS));
  for (const [items, originals, known] of [
    [plan.pools, original.pools, POOL_KEYS],
    [plan.nodes, original.nodes, NODE_KEYS],
    [plan.links, original.links, LINK_KEYS],
  ] as const) {
    const byId = new Map<unknown, Dict>((originals as unknown as readonly Dict[]).map((o) => [o.id, o]));
    for (const item of items as unknown as readonly Dict[]) {
      // A copy carries its original's fields (and its mark of origin); a link or pool made by an edit has no mark.
      const from = byId.get(item[ORIGIN]);
      if (!from) {
        expect(item[ORIGIN], why).toBeUndefined();
        continue;
      }
      const got = unknownFields(item, known);
      const want = unknownFields(from, known);
      expect(got, `${why}: ${String(item.id)}`).toEqual(want);
    }
  }
}

describe('unknown fields survive every edit', () => {
  it('through random edit sequences, undo, redo and save/reload', () => {
    fc.assert(
      fc.property(decoratedPlan, fc.array(edit, { minLength: 1, maxLength: 12 }), (original, edits) => {
        const store = createPlanStore(original);
        const history: string[] = [];
        for (const e of edits) {
          const s = store.getState();
          if (e === 'undo') s.undo();
          else if (e === 'redo') s.redo();
          else if (e === 'reload') {
            const read = parsePlanText(planToJson(s.plan));
            expect(read.ok).toBe(true);
            if (read.ok) s.reset(normalizePoolBoxes(read.plan));
          } else s.apply(e.run(s.plan));
          history.push(typeof e === 'string' ? e : e.name);
          expectKept(original, store.getState().plan, history);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a drag, a pool drag and tidy layout keep rack, vlan, tags and position.z (as seen)', () => {
    const base = normalizePoolBoxes(templatePlan('consolidated'));
    const plan: Plan = {
      ...base,
      nodes: base.nodes.map((n) => ({ ...n, rack: 'R1', vlan: 12, tags: ['dmz'], position: { ...n.position, z: 3 } })),
    };
    const fe = plan.nodes[0];
    const pool = plan.pools[0];
    for (const next of [drag(plan, [fe.id], 40, 0), drag(plan, [pool.id], 40, 40), autoLayout(plan)]) {
      for (const n of next.nodes) expect(n).toMatchObject({ rack: 'R1', vlan: 12, tags: ['dmz'], position: { z: 3 } });
    }
  });
});
