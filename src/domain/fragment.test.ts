import { describe, expect, it } from 'vitest';
import { checkPlan } from '../rules';
import { copyFragment, fragmentText, pasteFragment } from './fragment';
import { nodeBox, poolBox } from './geometry';
import { boxesOverlap } from './placement';
import type { Plan } from './plan';
import { templatePlan } from './templates';

const errors = (plan: Plan) => checkPlan(plan).filter((f) => f.severity === 'error');

function overlapsAnother(plan: Plan, id: string): boolean {
  const node = plan.nodes.find((n) => n.id === id)!;
  return plan.nodes.some((n) => n.id !== id && boxesOverlap(nodeBox(n), nodeBox(node)));
}

describe('copy and paste', () => {
  it('a pool member pasted into its plan stays a member, is linked like its original, lands in free space inside the pool', () => {
    const plan = templatePlan('consolidated');
    const { plan: next, ids } = pasteFragment(plan, copyFragment(plan, ['fe1']));
    expect(ids).toHaveLength(1);
    const copy = next.nodes.find((n) => n.id === ids[0])!;
    expect(copy.name).toBe('fe05.contoso.com');
    expect(copy.pool).toBe('p1');
    expect(overlapsAnother(next, copy.id)).toBe(false);
    const pool = next.pools[0];
    const box = poolBox(
      pool,
      next.nodes.filter((n) => n.pool === 'p1'),
    );
    expect(box.x <= copy.position.x && copy.position.x + 184 <= box.x + box.width).toBe(true);
    // Linked to the load balancer and the back end, as fe01 is: the plan stays free of errors.
    const ends = next.links.filter((l) => l.from === copy.id || l.to === copy.id).map((l) => (l.from === copy.id ? l.to : l.from));
    expect(ends.sort()).toEqual(['hlb1', 'sql1']);
    expect(errors(next)).toEqual([]);
  });

  it('pasting again and again never piles copies up; a full pool grows to hold them', () => {
    let plan = templatePlan('consolidated');
    const fragment = copyFragment(plan, ['fe1', 'fe2']);
    const before = plan.pools[0].size!;
    for (let i = 0; i < 6; i++) plan = pasteFragment(plan, fragment).plan;
    expect(plan.nodes.filter((n) => n.pool === 'p1')).toHaveLength(5 + 12);
    for (const n of plan.nodes) expect(overlapsAnother(plan, n.id), n.name).toBe(false);
    const after = plan.pools[0].size!;
    expect(after.width * after.height).toBeGreaterThan(before.width * before.height);
    const box = poolBox(
      plan.pools[0],
      plan.nodes.filter((n) => n.pool === 'p1'),
    );
    for (const n of plan.nodes.filter((n) => n.pool === 'p1')) {
      expect(n.position.y).toBeGreaterThanOrEqual(box.y + 40);
      expect(n.position.y + 64).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  it('links among the copied servers are kept; new ids and names collide with nothing', () => {
    const plan = templatePlan('consolidated');
    const fragment = copyFragment(plan, ['fe1', 'fe2', 'hlb1']);
    expect(fragment.links).toHaveLength(2);
    const { plan: next, ids } = pasteFragment(plan, fragment);
    expect(ids).toHaveLength(3);
    const allIds = [...next.nodes.map((n) => n.id), ...next.pools.map((p) => p.id), ...next.links.map((l) => l.id)];
    expect(new Set(allIds).size).toBe(allIds.length);
    const names = [...next.nodes, ...next.pools].map((n) => n.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const pasted = next.nodes.filter((n) => ids.includes(n.id));
    expect(pasted.map((n) => n.name).sort()).toEqual(['fe05.contoso.com', 'fe06.contoso.com', 'hlb02.contoso.com']);
    const [fe5, fe6, hlb2] = ['fe05', 'fe06', 'hlb02'].map((h) => pasted.find((n) => n.name.startsWith(h))!);
    const linked = (a: string, b: string) => next.links.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
    expect(linked(fe5.id, hlb2.id) && linked(fe6.id, hlb2.id)).toBe(true);
    expect(fe5.pool).toBe('p1');
    expect(hlb2.pool).toBeUndefined();
    for (const n of pasted) expect(overlapsAnother(next, n.id)).toBe(false);
  });

  it('copying a pool copies its members into a new pool, placed clear of the old one', () => {
    const plan = templatePlan('consolidated');
    const { plan: next, ids } = pasteFragment(plan, copyFragment(plan, ['p1']));
    const newPool = next.pools.find((p) => ids.includes(p.id))!;
    expect(newPool.name).not.toBe('pool01.contoso.com');
    expect(next.nodes.filter((n) => n.pool === newPool.id)).toHaveLength(5);
    // The pool's links among members (FE to SQL) come along; links to the load balancer outside do not.
    expect(next.links).toHaveLength(plan.links.length + 4);
    const boxOf = (id: string) =>
      poolBox(
        next.pools.find((p) => p.id === id)!,
        next.nodes.filter((n) => n.pool === id),
      );
    expect(boxesOverlap(boxOf('p1'), boxOf(newPool.id))).toBe(false);
  });

  it('in another plan, servers of a pool that plan does not have land outside any pool, unlinked from what is not there', () => {
    const source = templatePlan('consolidated');
    const fragment = copyFragment(source, ['fe1']);
    const target = templatePlan('standard');
    const { plan: next, ids } = pasteFragment(target, fragment);
    const copy = next.nodes.find((n) => n.id === ids[0])!;
    expect(copy.pool).toBeUndefined();
    expect(next.links).toEqual([]);
    expect(copy.name).toBe('fe01.contoso.com');
    expect(overlapsAnother(next, copy.id)).toBe(false);
  });

  it('its text is the names, one a line', () => {
    const plan = templatePlan('consolidated');
    expect(fragmentText(copyFragment(plan, ['fe1', 'fe2']))).toBe('fe01.contoso.com\nfe02.contoso.com');
  });
});
