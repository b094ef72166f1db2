/**
 * Diagrams that tell the truth, measured as drawn: on the canvas (the edges' paths sampled in screen
 * coordinates against the servers' boxes) and in the exported SVG (rendered by the browser, paths
 * sampled with getPointAtLength, boxes and names from getBBox and the text). No link through a
 * server other than its ends or through a pool's title, no two servers overlapping, every name whole. Then the ways a server
 * is added land it on a free spot, and Print prints the diagram alone.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';
import type { PlanShape } from './pages/designer';

interface Measured {
  throughForeign: string[];
  overlaps: string[];
  names: { id: string; shown: string; fits: boolean }[];
}

/** Every edge sampled every 2 px on screen, against every server's box on screen. */
async function measureCanvas(page: Page, plan: PlanShape): Promise<Measured> {
  return page.evaluate((links) => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-server')].map((el) => ({
      id: el.dataset.id!,
      r: el.getBoundingClientRect(),
      el,
    }));
    const inside = (r: DOMRect, x: number, y: number) => x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1;
    // Each pool's title as drawn: the name's and the configuration's text, measured with a range.
    const titles = [...document.querySelectorAll<HTMLElement>('.react-flow__node-pool')].flatMap((el) => {
      const bar = el.querySelector<HTMLElement>('[data-testid=pool-name]')?.parentElement;
      return [...(bar?.children ?? [])].map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        return { id: el.dataset.id!, r: range.getBoundingClientRect() };
      });
    });
    const throughForeign: string[] = [];
    for (const link of links) {
      const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${CSS.escape(link.id)}"] path.react-flow__edge-path`);
      if (!path) {
        throughForeign.push(`${link.id}: not drawn`);
        continue;
      }
      const m = path.getScreenCTM()!;
      const length = path.getTotalLength();
      for (let s = 0; s <= length; s += 2) {
        const p = new DOMPoint(path.getPointAtLength(s).x, path.getPointAtLength(s).y).matrixTransform(m);
        const hit = boxes.find((b) => b.id !== link.from && b.id !== link.to && inside(b.r, p.x, p.y));
        if (hit) {
          throughForeign.push(`${link.id} through ${hit.id}`);
          break;
        }
        const title = titles.find((t) => inside(t.r, p.x, p.y));
        if (title) {
          throughForeign.push(`${link.id} through the title of ${title.id}`);
          break;
        }
      }
    }
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlaps.push(`${boxes[i].id} and ${boxes[j].id}`);
      }
    const names = boxes.map(({ id, el, r }) => {
      const name = el.querySelector<HTMLElement>('[data-testid=server-name]')!;
      const lines = [...name.children] as HTMLElement[];
      const fits = lines.every((l) => {
        const range = document.createRange();
        range.selectNodeContents(l);
        const t = range.getBoundingClientRect();
        return t.left >= r.left && t.right <= r.right && t.top >= r.top && t.bottom <= r.bottom;
      });
      return { id, shown: name.textContent ?? '', fits };
    });
    return { throughForeign, overlaps, names };
  }, plan.links);
}

/** The exported SVG, rendered in a blank page and measured there. */
async function measureSvg(page: Page, svg: string, plan: PlanShape): Promise<Measured & { pools: number; links: number }> {
  const blank = await page.context().newPage();
  await blank.setContent(`<!doctype html><body>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`);
  const out = await blank.evaluate((links) => {
    const boxes = [...document.querySelectorAll<SVGGElement>('[data-node-id]')].map((el) => ({
      id: el.dataset.nodeId!,
      r: el.getBBox(),
      el,
    }));
    const inside = (r: DOMRect, x: number, y: number) => x > r.x + 1 && x < r.x + r.width - 1 && y > r.y + 1 && y < r.y + r.height - 1;
    const pools = [...document.querySelectorAll<SVGElement>('[data-pool-id]')].map((el) => el.dataset.poolId!);
    const titles = [...document.querySelectorAll<SVGGElement>('.ocs-pool-label')].flatMap((g, i) =>
      [...g.querySelectorAll<SVGTextElement>(':scope > text')].map((t) => ({ id: pools[i], r: t.getBBox() })),
    );
    const throughForeign: string[] = [];
    for (const link of links) {
      const paths = [...document.querySelectorAll<SVGPathElement>(`[data-link-id="${CSS.escape(link.id)}"] path`)];
      if (paths.length === 0) throughForeign.push(`${link.id}: not drawn`);
      for (const path of paths) {
        const length = path.getTotalLength();
        for (let s = 0; s <= length; s += 2) {
          const p = path.getPointAtLength(s);
          const hit = boxes.find((b) => b.id !== link.from && b.id !== link.to && inside(b.r, p.x, p.y));
          if (hit) {
            throughForeign.push(`${link.id} through ${hit.id}`);
            break;
          }
          const title = titles.find((t) => inside(t.r, p.x, p.y));
          if (title) {
            throughForeign.push(`${link.id} through the title of ${title.id}`);
            break;
          }
        }
      }
    }
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
          overlaps.push(`${boxes[i].id} and ${boxes[j].id}`);
      }
    const names = boxes.map(({ id, el, r }) => {
      const text = el.querySelector<SVGTextElement>('text.ocs-node-name')!;
      const t = text.getBBox();
      return {
        id,
        shown: text.textContent ?? '',
        fits: t.x >= r.x && t.x + t.width <= r.x + r.width && t.y >= r.y && t.y + t.height <= r.y + r.height,
      };
    });
    return {
      throughForeign,
      overlaps,
      names,
      pools: document.querySelectorAll('[data-pool-id]').length,
      links: document.querySelectorAll('[data-link-id]').length,
    };
  }, plan.links);
  await blank.close();
  return out;
}

function expectTruthful(m: Measured, plan: PlanShape) {
  expect(m.throughForeign).toEqual([]);
  expect(m.overlaps).toEqual([]);
  expect(m.names.map((n) => [n.id, n.shown, n.fits])).toEqual(plan.nodes.map((n) => [n.id, n.name, true]));
}

const routed = (page: Page, links: number) => expect(page.locator('.react-flow__edge .link-gap[data-routed="true"]')).toHaveCount(links);

const longNames = (): PlanShape =>
  JSON.parse(readFileSync(new URL('../fixtures/plans/long-names.json', import.meta.url), 'utf8')) as PlanShape;

test.describe('diagrams, measured', () => {
  for (const template of ['standard', 'consolidated', 'expanded'] as const) {
    test(`template ${template}, tidied: canvas and SVG route every link around the other servers, names whole`, async ({ page }) => {
      const d = new Designer(page);
      await d.goto();
      await d.startFromTemplate(template);
      await page.getByTestId('auto-layout').click();
      await d.press('Shift+1');
      const plan = await d.plan();
      await routed(page, plan.links.length);
      expectTruthful(await measureCanvas(page, plan), plan);
      const svg = (await d.exportFile('svg')).text;
      const m = await measureSvg(page, svg, plan);
      expectTruthful(m, plan);
      expect(m.pools).toBe(plan.pools.length);
      expect(m.links).toBe(plan.links.length);
    });
  }

  test('R2 full data centre, tidied in one undo step: each server in its zone region, links around servers and pool titles', async ({
    page,
  }) => {
    const d = new Designer(page);
    await d.goto();
    await page.getByTestId('open-plans').click();
    await page.getByTestId('new-plan-r2-data-centre').click();
    await page.keyboard.press('Escape');
    const before = await d.plan();
    await page.getByTestId('auto-layout').click();
    await expect
      .poll(async () => JSON.stringify((await d.plan()).nodes.map((n) => n.position)))
      .not.toBe(JSON.stringify(before.nodes.map((n) => n.position)));
    await d.press('Shift+1');
    const plan = await d.plan();
    await routed(page, plan.links.length);
    await page.screenshot({ path: test.info().outputPath('canvas.png') });
    expectTruthful(await measureCanvas(page, plan), plan);
    const svg = (await d.exportFile('svg')).text;
    expectTruthful(await measureSvg(page, svg, plan), plan);
    // Each server's box inside the region of its zone, as the browser draws the SVG.
    const blank = await page.context().newPage();
    await blank.setContent(`<!doctype html><body>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body>`);
    const outside = await blank.evaluate(
      (nodes) => {
        const region = (z: string) => document.querySelector<SVGGElement>(`[data-zone="${z}"] rect`)!.getBBox();
        return nodes.flatMap((n) => {
          const b = document.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(n.id)}"] rect`)!.getBBox();
          const r = region(n.zone ?? 'internal');
          return b.x >= r.x && b.y >= r.y && b.x + b.width <= r.x + r.width && b.y + b.height <= r.y + r.height ? [] : [n.id];
        });
      },
      plan.nodes as { id: string; zone?: string }[],
    );
    await blank.close();
    expect(outside).toEqual([]);
    await d.press('Control+z');
    expect((await d.plan()).nodes.map((n) => n.position)).toEqual(before.nodes.map((n) => n.position));
  });

  test('long names: whole on the canvas at normal zoom and in the SVG; a link label is drawn and exported', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.loadPlan(longNames());
    const plan = await d.plan();
    await routed(page, plan.links.length);
    await page.screenshot({ path: test.info().outputPath('canvas.png') });
    expectTruthful(await measureCanvas(page, plan), plan);
    await expect(page.getByTestId('link-label')).toHaveText(['TLS 5061']);
    const svg = (await d.exportFile('svg')).text;
    expectTruthful(await measureSvg(page, svg, plan), plan);
    expect(svg).toContain('>TLS 5061</text>');
  });

  test('a link label typed in the inspector is drawn on the line and exported', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    const link = (await d.plan()).links[0];
    await page.locator(`.react-flow__edge[data-id="${link.id}"]`).dispatchEvent('click');
    await page.getByTestId('inspector-link-label').fill('SIP/TLS 5061');
    await page.getByTestId('inspector-link-label').press('Enter');
    expect((await d.plan()).links[0]).toMatchObject({ id: link.id, label: 'SIP/TLS 5061' });
    await expect(page.locator(`.react-flow__edge[data-id="${link.id}"] [data-testid=link-label]`)).toHaveText('SIP/TLS 5061');
    expect((await d.exportFile('svg')).text).toContain('>SIP/TLS 5061</text>');
  });

  test('dragging a server re-routes its links live around the others', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('expanded');
    await d.press('Shift+1');
    const plan = await d.plan();
    await routed(page, plan.links.length);
    const hlb = plan.nodes.find((n) => n.kind === 'hardware-load-balancer')!;
    const from = await d.centerOf(d.nodeById(hlb.id));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + 40 * i, from.y - 10 * i);
    // Still dragging: the moved server's links are routed for where it is now.
    await routed(page, plan.links.length);
    expectTruthful(await measureCanvas(page, await d.plan()), await d.plan());
    await page.mouse.up();
  });
});

test.describe('no overlaps when servers are added', () => {
  test('a server dropped onto an occupied spot in a pool goes to the nearest free spot inside it', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    const before = await d.plan();
    const fe = before.nodes.find((n) => n.kind === 'front-end-server')!;
    const at = await d.centerOf(d.nodeById(fe.id));
    await d.dropFromPalette('front-end-server', { x: at.x + 20, y: at.y + 10 });
    const plan = await d.plan();
    expect(plan.nodes).toHaveLength(before.nodes.length + 1);
    expect(plan.nodes.at(-1)!.pool).toBe(fe.pool);
    await routed(page, plan.links.length);
    expectTruthful(await measureCanvas(page, plan), plan);
  });

  test('a pasted copy and a fix that adds a server cover no server', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    await d.selectNode('fe01.contoso.com');
    await d.press('Control+c');
    await d.press('Control+v');
    await d.press('Control+v');
    await d.press('Control+d');
    let plan = await d.plan();
    expect(plan.nodes).toHaveLength(9);
    await routed(page, plan.links.length);
    expectTruthful(await measureCanvas(page, plan), plan);
    // Delete the load balancer; its fix adds one back, at a free spot.
    await d.selectNode('hlb01.contoso.com');
    await d.press('Delete');
    await d.findingsOf('EE-LB-MISSING').getByTestId('finding-fix').first().click();
    await expect(d.findingsOf('EE-LB-MISSING')).toHaveCount(0);
    plan = await d.plan();
    expect(plan.nodes).toHaveLength(9);
    await routed(page, plan.links.length);
    expectTruthful(await measureCanvas(page, plan), plan);
  });
});

test('Print (Ctrl+P) prints the diagram alone, fitted to the page', async ({ page }) => {
  const d = new Designer(page);
  await d.goto();
  await d.startFromTemplate('expanded');
  await page.evaluate(() => {
    (window as { printed?: number }).printed = 0;
    window.print = () => void ((window as { printed?: number }).printed! += 1);
  });
  await d.press('Control+p');
  await expect.poll(() => page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  const img = page.getByTestId('print-diagram').locator('img');
  await expect(img).toBeVisible();
  const box = (await img.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.width).toBeLessThanOrEqual(view.width + 1);
  expect(box.height).toBeLessThanOrEqual(view.height + 1);
  expect(Math.max(box.width / view.width, box.height / view.height)).toBeGreaterThan(0.9);
  await page.screenshot({ path: test.info().outputPath('print.png') });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#root')).toBeVisible();
});
