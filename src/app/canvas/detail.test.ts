import { describe, expect, it } from 'vitest';
import { makeLargePlan } from '../../../test/support/largePlan';
import { NODE_SIZE } from '../../domain/geometry';
import { detailOf, LOD_SERVERS, LOD_ZOOM, MIN_ZOOM, PICTURE_SERVERS, planBounds, viewportFor } from './detail';

describe('the level of detail', () => {
  it('is full for plans up to LOD_SERVERS at every zoom, and for every plan from LOD_ZOOM up', () => {
    expect(detailOf(MIN_ZOOM, LOD_SERVERS)).toBe('full');
    expect(detailOf(LOD_ZOOM, 10_000)).toBe('full');
  });
  it('is boxes below LOD_ZOOM for large plans, and the picture above PICTURE_SERVERS', () => {
    expect(detailOf(LOD_ZOOM - 0.01, LOD_SERVERS + 1)).toBe('boxes');
    expect(detailOf(LOD_ZOOM - 0.01, PICTURE_SERVERS)).toBe('boxes');
    expect(detailOf(LOD_ZOOM - 0.01, PICTURE_SERVERS + 1)).toBe('picture');
  });
});

describe('framing a plan from its own boxes', () => {
  it('takes in every server and pool, or only the ones asked for', () => {
    const plan = makeLargePlan(40);
    const all = planBounds(plan)!;
    for (const n of plan.nodes) {
      expect(n.position.x).toBeGreaterThanOrEqual(all.x);
      expect(n.position.y + NODE_SIZE.height).toBeLessThanOrEqual(all.y + all.height);
    }
    const one = planBounds(plan, [plan.nodes[5].id])!;
    expect(one).toEqual({ ...plan.nodes[5].position, ...NODE_SIZE });
    expect(planBounds(plan, ['no-such-id'])).toBeUndefined();
  });

  it('fits a 10,000-server plan into a laptop-sized pane, above the minimum zoom', () => {
    const plan = makeLargePlan(10_000);
    const bounds = planBounds(plan)!;
    const v = viewportFor(bounds, 850, 820)!;
    expect(v.zoom).toBeGreaterThan(MIN_ZOOM);
    // The whole plan is on screen: its corners map into the pane.
    expect(bounds.x * v.zoom + v.x).toBeGreaterThanOrEqual(0);
    expect((bounds.x + bounds.width) * v.zoom + v.x).toBeLessThanOrEqual(850);
    expect((bounds.y + bounds.height) * v.zoom + v.y).toBeLessThanOrEqual(820);
    expect(viewportFor(bounds, 0, 0)).toBeUndefined();
  });
});
