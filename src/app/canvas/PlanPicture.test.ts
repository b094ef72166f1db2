import { describe, expect, it } from 'vitest';
import { makeLargePlan } from '../../../test/support/largePlan';
import { NODE_SIZE } from '../../domain/geometry';
import { drawPicture } from './PlanPicture';
import type { PictureContent } from './PlanPicture';
import { boxColours } from './serverBox';

/** A 2D context that records the rectangles of each fill and stroke (in canvas units), and draws nothing. */
function recorder() {
  const rects: number[][] = [];
  const filled: { style: unknown; rects: number[][] }[] = [];
  let path: number[][] = [];
  const ctx = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    clearRect() {},
    save() {},
    restore() {},
    translate() {},
    scale() {},
    setLineDash() {},
    beginPath: () => (path = []),
    rect: (x: number, y: number, w: number, h: number) => {
      path.push([x, y, w, h]);
      rects.push([x, y, w, h]);
    },
    moveTo() {},
    lineTo() {},
    fill: () => filled.push({ style: ctx.fillStyle, rects: path }),
    stroke() {},
    fillRect() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, filled };
}

function content(servers: number): PictureContent {
  const plan = makeLargePlan(servers);
  return { nodes: plan.nodes, links: plan.links, pools: [], selected: new Set() };
}

describe('the plan picture', () => {
  const colours = boxColours(false, '#64748b');

  it('draws every server box when the whole plan is in view', () => {
    const c = content(300);
    const { ctx, filled } = recorder();
    expect(drawPicture(ctx, c, [0, 0, 0.01], 10_000, 10_000, colours)).toBe(300);
    const boxes = filled.find((f) => f.style === colours.fill)!.rects;
    expect(boxes).toHaveLength(300);
    expect(boxes[0]).toEqual([c.nodes[0].position.x, c.nodes[0].position.y, NODE_SIZE.width, NODE_SIZE.height]);
  });

  it('draws only the servers in view', () => {
    const c = content(300);
    const first = c.nodes[0].position;
    // A view of 400 × 200 canvas units from just above the first server, at zoom 1.
    const { ctx } = recorder();
    const drawn = drawPicture(ctx, c, [-first.x + 10, -first.y + 10, 1], 400, 200, colours);
    const inView = c.nodes.filter(
      (n) =>
        n.position.x < first.x - 10 + 400 &&
        n.position.x + NODE_SIZE.width > first.x - 10 &&
        n.position.y < first.y - 10 + 200 &&
        n.position.y + NODE_SIZE.height > first.y - 10,
    ).length;
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThan(300);
    expect(drawn).toBe(inView);
  });
});
