/** Touch: a tap on a palette item adds it; pinch zooms; a finger drags a server (touch emulation). */
import { expect, test } from '@playwright/test';
import type { CDPSession, Page } from '@playwright/test';
import { Designer } from './pages/designer';

test.use({ hasTouch: true });

type Point = { x: number; y: number };

async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
}

/** The canvas's zoom, from React Flow's viewport transform. */
async function zoom(page: Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
}

test.describe('touch', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('a tap on a palette item adds it at the centre of the view, or into the selected pool', async ({ page }) => {
    await d.paletteItem('pool-consolidated').tap();
    await expect(page.locator('.react-flow__node [data-kind="pool"]')).toHaveCount(1);
    let plan = await d.plan();
    expect(plan.pools).toHaveLength(1);
    // The new pool is selected: a tapped server goes into it.
    await d.paletteItem('front-end-server').tap();
    plan = await d.plan();
    expect(plan.nodes).toHaveLength(1);
    expect(plan.nodes[0].pool).toBe(plan.pools[0].id);
    await d.pane.tap({ position: { x: 20, y: 20 } });
    await d.paletteItem('back-end-sql').tap();
    plan = await d.plan();
    expect(plan.nodes).toHaveLength(2);
    const sql = plan.nodes.find((n) => n.kind === 'back-end-sql')!;
    // At the centre of the view (inside the pool that stands there, so it joins it), at the nearest free spot: not on the Front End.
    const node = (await d.nodeById(sql.id).boundingBox())!;
    const fe = (await d.nodeById(plan.nodes.find((n) => n.kind === 'front-end-server')!.id).boundingBox())!;
    const canvas = (await d.canvas.boundingBox())!;
    const overlaps = node.x < fe.x + fe.width && fe.x < node.x + node.width && node.y < fe.y + fe.height && fe.y < node.y + node.height;
    expect(overlaps).toBe(false);
    const off = Math.hypot(
      node.x + node.width / 2 - (canvas.x + canvas.width / 2),
      node.y + node.height / 2 - (canvas.y + canvas.height / 2),
    );
    expect(off).toBeLessThan(2 * node.height + 40);
  });

  test('pinching zooms the canvas in and out', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await expect(d.nodeById('fe1')).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    const canvas = (await d.canvas.boundingBox())!;
    // An empty spot of the canvas, away from the nodes.
    const c = { x: canvas.x + 120, y: canvas.y + canvas.height - 200 };
    const before = await zoom(page);
    await touch(cdp, 'touchStart', [
      { x: c.x - 20, y: c.y },
      { x: c.x + 20, y: c.y },
    ]);
    for (let i = 1; i <= 10; i++)
      await touch(cdp, 'touchMove', [
        { x: c.x - 20 - i * 8, y: c.y },
        { x: c.x + 20 + i * 8, y: c.y },
      ]);
    await touch(cdp, 'touchEnd', []);
    await expect.poll(() => zoom(page)).toBeGreaterThan(before * 1.5);
    const zoomedIn = await zoom(page);
    await touch(cdp, 'touchStart', [
      { x: c.x - 100, y: c.y },
      { x: c.x + 100, y: c.y },
    ]);
    for (let i = 1; i <= 10; i++)
      await touch(cdp, 'touchMove', [
        { x: c.x - 100 + i * 8, y: c.y },
        { x: c.x + 100 - i * 8, y: c.y },
      ]);
    await touch(cdp, 'touchEnd', []);
    await expect.poll(() => zoom(page)).toBeLessThan(zoomedIn / 1.5);
    // Pinching changes the view only, never the plan.
    expect((await d.plan()).nodes.find((n) => n.id === 'fe1')!.position).toEqual({ x: 80, y: 240 });
  });

  test('a finger drags a server, as one undo step', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await expect(d.nodeById('hlb1')).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    const before = (await d.plan()).nodes.find((n) => n.id === 'hlb1')!.position;
    const from = await d.centerOf(d.nodeById('hlb1'));
    await touch(cdp, 'touchStart', [from]);
    for (let i = 1; i <= 12; i++) await touch(cdp, 'touchMove', [{ x: from.x + i * 10, y: from.y + i * 3 }]);
    await touch(cdp, 'touchEnd', []);
    await expect.poll(async () => (await d.plan()).nodes.find((n) => n.id === 'hlb1')!.position.x).toBeGreaterThan(before.x + 60);
    const plan = await d.plan();
    expect(plan.links.filter((l) => l.from === 'hlb1' || l.to === 'hlb1').length).toBeGreaterThan(0);
    await d.press('Control+z');
    expect((await d.plan()).nodes.find((n) => n.id === 'hlb1')!.position).toEqual(before);
  });
});
