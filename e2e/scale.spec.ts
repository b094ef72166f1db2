/**
 * A large plan on the canvas: drawn as one picture when the whole plan is in view (no server is a
 * DOM element), and as real server nodes, with their names, once the user zooms in on a part of it.
 */
import { expect, test } from '@playwright/test';
import { makeLargePlan } from '../test/support/largePlan';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

/** Where a point of the plan is on the screen, through the canvas's viewport as it is now. */
function screenPoint(page: Page, point: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => {
    const [, tx, ty, zoom] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/
      .exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)!
      .map(Number);
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    return { x: pane.left + tx + x * zoom, y: pane.top + ty + y * zoom };
  }, point);
}

test('a 5,000-server plan opens as one picture; zooming in shows the servers in view as nodes with names, and out again the picture', async ({
  page,
}) => {
  const d = new Designer(page);
  await d.goto();
  const plan = makeLargePlan(5000);
  await page.evaluate((p) => window.topologyDesigner.loadPlan(p), plan);
  const picture = page.getByTestId('plan-picture');
  const servers = page.locator('.react-flow__node[data-id] [data-kind]:not([data-kind=pool])');

  // Fitted: every server is in view, drawn in the picture, and none is a node.
  await expect(d.canvas).toHaveAttribute('data-detail', 'picture');
  await expect(picture).toHaveAttribute('data-servers', '5000');
  expect(await servers.count()).toBe(0);

  // Zoom in on one server, with the wheel, as a user would.
  const target = plan.nodes[2500];
  const at = await screenPoint(page, { x: target.position.x + 100, y: target.position.y + 36 });
  await page.mouse.move(at.x, at.y);
  // The most server nodes ever in the DOM while zooming in: React Flow draws a node whose handles it
  // has not measured even out of view, so without the handles given it drew all 5,000 once.
  await page.evaluate(() => {
    const w = window as unknown as { mostNodes: number };
    w.mostNodes = 0;
    new MutationObserver(() => {
      w.mostNodes = Math.max(w.mostNodes, document.querySelectorAll('.react-flow__node').length);
    }).observe(document.querySelector('.react-flow__viewport')!, { childList: true, subtree: true });
  });
  for (let i = 0; i < 6 && (await d.canvas.getAttribute('data-detail')) !== 'full'; i++) {
    await page.mouse.wheel(0, -500);
    await page.waitForTimeout(100);
  }
  await expect(d.canvas).toHaveAttribute('data-detail', 'full');
  await expect(picture).toHaveCount(0);
  const node = page.locator(`.react-flow__node[data-id="${target.id}"]`);
  await expect(node.locator('[data-kind]')).toHaveAttribute('data-name', target.name);
  await expect(node.getByTestId('server-name')).toBeVisible();
  expect((await node.getByTestId('server-name').innerText()).replace(/\s+/g, '')).toBe(target.name);
  // Only what is in view is in the DOM.
  const shown = await servers.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(200);
  expect(await page.evaluate(() => (window as unknown as { mostNodes: number }).mostNodes)).toBeLessThan(500);

  // Out again: the picture comes back.
  await page.mouse.wheel(0, 500);
  await expect(d.canvas).toHaveAttribute('data-detail', 'picture');
  await expect(picture).toBeVisible();
});

test('a 1,000-server plan opens as boxes: a server is one element and its centre handle, a pool has no header, and every link runs from border to border, before and after zooming in', async ({
  page,
}) => {
  const d = new Designer(page);
  await d.goto();
  const plan = makeLargePlan(1000);
  await page.evaluate((p) => window.topologyDesigner.loadPlan(p), plan);
  await expect(d.canvas).toHaveAttribute('data-detail', 'boxes');
  await expect(page.locator('.react-flow__node-server')).toHaveCount(1000);

  // What each box is made of: one element with the kind and name, holding only the hidden centre handle.
  const shapes = await page.evaluate(() =>
    [...document.querySelectorAll('.react-flow__node-server')].map((n) => {
      const box = n.firstElementChild as HTMLElement;
      return `${box.dataset.detail}:${box.dataset.kind ? 'kind' : ''}:${[...box.querySelectorAll('*')].map((c) => c.getAttribute('data-handleid')).join(',')}`;
    }),
  );
  expect(new Set(shapes)).toEqual(new Set(['box:kind:center']));
  expect(await page.locator('.react-flow__node-pool [data-kind=pool]').count()).toBe(plan.pools.length);
  expect(await page.getByTestId('pool-name').count()).toBe(0);

  // Every link is drawn, and starts on its source server's border: the centre handle is where links are anchored.
  const offBorder = () =>
    page.evaluate((p) => {
      const at = new Map(p.nodes.map((n) => [n.id, n.position]));
      const links = new Map(p.links.map((l) => [l.id, l]));
      const out: string[] = [];
      let drawn = 0;
      for (const edge of document.querySelectorAll<SVGElement>('.react-flow__edge')) {
        const link = links.get(edge.dataset.id!);
        const d = edge.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '';
        const m = /^M\s*([-\d.]+)[ ,]([-\d.]+)/.exec(d);
        const s = link && at.get(link.from);
        if (!link || !m || !s) continue;
        drawn++;
        const [x, y] = [Number(m[1]), Number(m[2])];
        const onX = Math.abs(x - s.x) < 0.6 || Math.abs(x - (s.x + 184)) < 0.6;
        const onY = Math.abs(y - s.y) < 0.6 || Math.abs(y - (s.y + 64)) < 0.6;
        const inside = x > s.x - 0.6 && x < s.x + 184.6 && y > s.y - 0.6 && y < s.y + 64.6;
        if (!inside || !(onX || onY)) out.push(`${link.id}: ${d}`);
      }
      return { drawn, off: out.slice(0, 3) };
    }, plan);
  expect(await offBorder()).toEqual({ drawn: plan.links.length, off: [] });

  // Zoomed in, the servers in view are full nodes with their link ring; zoomed out again, boxes whose links are still drawn.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 8 && (await d.canvas.getAttribute('data-detail')) !== 'full'; i++) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(100);
  }
  await expect(d.canvas).toHaveAttribute('data-detail', 'full');
  const full = page.locator('.react-flow__node-server').first();
  await expect(full.getByTestId('server-name')).toBeVisible();
  await expect(full.locator('.react-flow__handle')).toHaveCount(5);
  await page.getByTestId('zoom-fit').click();
  await expect(d.canvas).toHaveAttribute('data-detail', 'boxes');
  await expect(page.locator('.react-flow__node-server')).toHaveCount(1000);
  await expect.poll(offBorder).toEqual({ drawn: plan.links.length, off: [] });
});

test('a 10,000-server plan: every link is routed after opening; panned and zoomed in, a dragged server’s links are routed while the pointer is still down', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const d = new Designer(page);
  await d.goto();
  const plan = makeLargePlan(10000);
  await page.evaluate((p) => window.topologyDesigner.loadPlan(p), plan);
  const picture = page.getByTestId('plan-picture');
  await expect(d.canvas).toHaveAttribute('data-detail', 'picture');
  await expect(picture).toHaveAttribute('data-servers', '10000');
  // The worker's pass over the whole plan (a performance measure the page leaves).
  const wholePass = () =>
    page.evaluate(() =>
      performance
        .getEntriesByName('ocs-links-routed')
        .map((e) => (e as PerformanceMeasure).detail as { whole: boolean; links: number; changed: number })
        .find((x) => x.whole && x.links === 11428),
    );
  await expect.poll(wholePass, { timeout: 30_000 }).toEqual({ whole: true, links: 11428, changed: 11428 });

  // Pan with the pointer, then zoom in on a server with the wheel.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width / 2 + 60, pane.y + pane.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const target = plan.nodes[5000];
  const at = await screenPoint(page, { x: target.position.x + 92, y: target.position.y + 32 });
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 10 && (await d.canvas.getAttribute('data-detail')) !== 'full'; i++) {
    await page.mouse.wheel(0, -500);
    await page.waitForTimeout(100);
  }
  await expect(d.canvas).toHaveAttribute('data-detail', 'full');
  const node = page.locator(`.react-flow__node[data-id="${target.id}"]`);
  await expect(node).toBeVisible();
  const own = plan.links.filter((l) => l.from === target.id || l.to === target.id).map((l) => l.id);
  expect(own.length).toBeGreaterThan(0);
  const ownGaps = (routed: boolean) =>
    page.locator(own.map((id) => `.react-flow__edge[data-id="${id}"] .link-gap[data-routed="${routed}"]`).join(', '));
  await expect(ownGaps(true)).toHaveCount(own.length);

  // Drag it down and right; before the pointer is released its links are routed for where it is now.
  const box = (await node.boundingBox())!;
  const before = (await d.plan()).nodes.find((n) => n.id === target.id)!.position;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2 + 70, { steps: 12 });
  await expect.poll(async () => (await d.plan()).nodes.find((n) => n.id === target.id)!.position).not.toEqual(before);
  await expect(ownGaps(true)).toHaveCount(own.length);
  // Routed, not straight: every own link is drawn as horizontal and vertical runs only.
  const orthogonal = await page.evaluate(
    (ids) =>
      ids.every((id) => {
        const d = document.querySelector(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`)?.getAttribute('d') ?? '';
        const pts = [...d.matchAll(/([-\d.]+)[ ,]([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
        return (
          pts.length >= 2 && pts.every((p, i) => i === 0 || Math.abs(p[0] - pts[i - 1][0]) < 0.01 || Math.abs(p[1] - pts[i - 1][1]) < 0.01)
        );
      }),
    own,
  );
  expect(orthogonal).toBe(true);
  await page.mouse.up();
});
