/**
 * Input at and past the limits (src/io/limits.ts), as a user meets it: share links, imported files
 * and the page's loadPlan. Refused input says why at once and leaves the open plan alone; large input
 * within the limits is decoded off the main thread, so the page keeps painting meanwhile.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { deflateSync, strToU8 } from 'fflate';
import { makeLargePlan } from '../test/support/largePlan';
import { toBase64url } from '../src/io/base64url';
import { crc32 } from '../src/io/crc32';
import { LIMITS } from '../src/io/limits';
import { planToJson } from '../src/io/planJson';
import { Designer } from './pages/designer';

/** A share-link payload holding this compact JSON, built as the app builds its own. */
function payloadOf(json: string): string {
  const bytes = strToU8(json);
  const packed = deflateSync(bytes, { level: 9 });
  const out = new Uint8Array(4 + packed.length);
  new DataView(out.buffer).setUint32(0, crc32(bytes));
  out.set(packed, 4);
  return `1.${toBase64url(out)}`;
}

/**
 * Records when animation frames are painted between a file's arrival (its input's `change`) and the
 * import's notice: `window.importFrames` = { gap: the longest time without a frame, total: the import's time }.
 */
async function watchFramesWhileImporting(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { importFrames?: { gap: number; total: number; frames: number } };
    let start: number | undefined;
    let last = 0;
    let gap = 0;
    let frames = 0;
    const tick = (now: number) => {
      if (start !== undefined && w.importFrames === undefined) {
        gap = Math.max(gap, now - last);
        last = now;
        frames++;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    document.addEventListener('change', () => (start = last = performance.now()), true);
    new MutationObserver(() => {
      if (start !== undefined && w.importFrames === undefined && document.querySelector('[data-testid^="notice-"]')) {
        const now = performance.now();
        w.importFrames = { gap: Math.max(gap, now - last), total: now - start, frames };
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

test.describe('limits', () => {
  test('a short link holding 3,000,000 links is refused at once with the count and the limit; the open plan stays', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('standard');
    const before = await d.plan();
    const payload = payloadOf(
      `["L",1,[],[["a",1,"a.contoso.com",0,0],["b",1,"b.contoso.com",300,0]],[${new Array(3_000_000).fill('[0,1]').join(',')}]]`,
    );
    expect(payload.length).toBeLessThan(40_000);
    await page.evaluate((p) => (location.hash = `plan=${p}`), payload);
    await expect(d.alert('The link holds 3,000,000 links; the limit is 50,000')).toBeVisible();
    expect(await d.plan()).toEqual(before);
    await expect(page.getByTestId('shared-banner')).toBeHidden();
  });

  test('while a 20,000-server file is read and checked, the page keeps painting; its error is told and nothing changes', async ({
    page,
  }) => {
    test.slow();
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    const before = await d.plan();
    // At the limits: 20,000 servers, 50,000 links; the very last link points nowhere, so all of it is read.
    const plan = makeLargePlan(LIMITS.servers);
    const ids = plan.nodes.map((n) => n.id);
    for (let i = plan.links.length; i < LIMITS.links; i++)
      plan.links.push({ id: `extra${i}`, from: ids[i % ids.length], to: ids[(i * 7 + 1) % ids.length] });
    plan.links[plan.links.length - 1] = { ...plan.links[plan.links.length - 1], to: 'nowhere' };
    const file = test.info().outputPath('at-the-limits.json');
    writeFileSync(file, planToJson(plan));
    await watchFramesWhileImporting(page);
    await d.importFile(file);
    await expect(d.alert(`“at-the-limits.json” was not imported: links[49999].to: no node has the id "nowhere"`)).toBeVisible({
      timeout: 60_000,
    });
    // Decoded on the main thread, the page painted nothing for most of the import (its longest pause
    // was nearly all of it); decoded in a worker, frames keep coming all along.
    const { gap, total, frames } = await page.evaluate(
      () => (window as unknown as { importFrames: { gap: number; total: number; frames: number } }).importFrames,
    );
    test.info().annotations.push({
      type: 'frames while importing',
      description: `${frames} frames in ${Math.round(total)} ms, longest pause ${Math.round(gap)} ms`,
    });
    expect(gap, `${frames} frames in ${Math.round(total)} ms`).toBeLessThan(total / 2);
    expect(await d.plan()).toEqual(before);
  });

  test('a file with 500,000 links is refused on the count, and the open plan stays', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('standard');
    const before = await d.plan();
    const plan = { ...before, links: Array.from({ length: 500_000 }, (_, i) => ({ id: `l${i}`, from: 'a', to: 'b' })) };
    const file = test.info().outputPath('500k-links.json');
    writeFileSync(file, JSON.stringify(plan));
    await d.importFile(file);
    await expect(
      d.alert('“500k-links.json” was not imported: links: the plan holds 500,000 links; the limit is 50,000. Nothing was changed.'),
    ).toBeVisible();
    expect(await d.plan()).toEqual(before);
  });

  test('an SVG with 1.5 MB of unclosed <ocs-plan> tags is refused at once', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('standard');
    const before = await d.plan();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata>${'<ocs-plan>'.repeat(150_000)}</metadata></svg>`;
    await d.importFile({ name: 'crafted.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
    await expect(
      d.alert('“crafted.svg” was not imported: the plan inside this SVG is damaged (markup inside the <ocs-plan> element)'),
    ).toBeVisible();
    expect(await d.plan()).toEqual(before);
  });

  test('loadPlan refuses a million links, deep nesting and absurd coordinates at once, and the plan stays usable', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('expanded');
    const before = await d.plan();
    const messages = await page.evaluate((plan) => {
      const attempt = (p: unknown) => {
        try {
          window.topologyDesigner.loadPlan(p);
          return 'loaded';
        } catch (e) {
          return (e as Error).message;
        }
      };
      const link = { id: 'l', from: plan.nodes[0].id, to: plan.nodes[1].id };
      let deep: unknown = [];
      for (let i = 0; i < 100_000; i++) deep = [deep];
      const far = structuredClone(plan);
      far.nodes[0].position = { x: 1e308, y: 0 };
      return [attempt({ ...plan, links: new Array(1_000_000).fill(link) }), attempt({ ...plan, deep }), attempt(far)];
    }, before);
    expect(messages).toEqual([
      'Not a valid plan: links: the plan holds 1,000,000 links; the limit is 50,000',
      'Not a valid plan: deep[0][0][0][0][0][0][0]…: values are nested more than 64 levels deep; the limit is 64',
      'Not a valid plan: nodes[0].position.x: expected a number no larger than 1,000,000 but got 1e+308',
    ]);
    expect(await d.plan()).toEqual(before);
  });

  test('a plan at the edges of the coordinate range opens, and a reload shows exactly what was opened', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    const plan = await d.plan();
    const corners = [-LIMITS.nodeCoordinate, LIMITS.nodeCoordinate];
    plan.nodes.forEach((n, i) => (n.position = { x: corners[i % 2], y: corners[(i >> 1) % 2] }));
    await d.loadPlan(plan);
    const opened = await d.plan();
    expect(opened.nodes.map((n) => n.position)).toEqual(plan.nodes.map((n) => n.position));
    await d.waitSaved();
    await d.reload();
    expect(await d.plan()).toEqual(opened);
    const svg = await d.exportFile('svg');
    expect(svg.text).not.toMatch(/Infinity|NaN/);
  });

  test('where no worker can start, files and links are read on the page, with the same limits', async ({ page, browser }) => {
    await page.addInitScript(() => {
      // A browser (or a policy) without Web Workers.
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('expanded');
    const plan = await d.plan();
    const exported = await d.exportFile('json');
    await d.loadPlan({ ...plan, pools: [], nodes: [], links: [] });
    expect((await d.plan()).nodes).toEqual([]);
    await d.importFile({ name: 'again.json', mimeType: 'application/json', buffer: exported.buffer });
    // The import is read asynchronously (here on the page): wait for the plan it opens.
    await expect.poll(async () => (await d.plan()).nodes).toEqual(plan.nodes);
    await expect(d.alert(/./)).toHaveCount(0);
    const url = await d.shareUrl();
    const other = await browser.newPage();
    await other.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
    const them = new Designer(other);
    await them.goto(url.slice(url.indexOf('/#')));
    await expect(other.getByTestId('shared-banner')).toBeVisible();
    expect((await them.plan()).nodes).toEqual(plan.nodes);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata>${'<ocs-plan>'.repeat(1000)}</metadata></svg>`;
    await them.importFile({ name: 'crafted.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
    await expect(them.alert('“crafted.svg” was not imported: the plan inside this SVG is damaged')).toBeVisible();
    await other.close();
  });
});
