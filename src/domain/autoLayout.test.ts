import { describe, expect, it } from 'vitest';
import { autoLayout } from './autoLayout';
import { allPoolBoxes, moveItems } from './operations';
import { containsPoint, nodeBox, NODE_SIZE } from './geometry';
import { makeLargePlan } from '../../test/support/largePlan';
import { templatePlan } from './templates';
import type { Plan } from './plan';

function overlaps(plan: Plan): number {
  const boxes = plan.nodes.map(nodeBox);
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
    }
  return n;
}

describe('auto-layout', () => {
  it('untangles a plan whose servers all sit on one spot, keeping members inside their pools', () => {
    const base = templatePlan('expanded');
    const piled = moveItems(base, new Map(base.nodes.map((n) => [n.id, { x: 0, y: 0 }])));
    expect(overlaps(piled)).toBeGreaterThan(0);
    const tidy = autoLayout(piled);
    expect(overlaps(tidy)).toBe(0);
    const boxes = allPoolBoxes(tidy);
    for (const n of tidy.nodes) {
      const center = { x: n.position.x + NODE_SIZE.width / 2, y: n.position.y + NODE_SIZE.height / 2 };
      const inside = [...boxes.entries()].filter(([, b]) => containsPoint(b, center)).map(([id]) => id);
      // A member lies in its own pool's box; anything else in no pool's box.
      expect(inside).toEqual(n.pool ? [n.pool] : []);
    }
  });

  it('changes only positions and pool boxes', () => {
    const plan = templatePlan('consolidated');
    const tidy = autoLayout(plan);
    const strip = (p: Plan) => ({
      ...p,
      nodes: p.nodes.map(({ position: _p, ...n }) => n),
      pools: p.pools.map(({ position: _p, size: _s, ...q }) => q),
    });
    expect(strip(tidy)).toEqual(strip(plan));
  });

  it('lays out a 300-server plan with no overlaps', () => {
    expect(overlaps(autoLayout(makeLargePlan(300)))).toBe(0);
  });
});
