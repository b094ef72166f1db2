/**
 * Reliability: hostile names never run and always show as typed; edits survive reloads, full or
 * blocked storage and a second tab; large and oversized files are handled.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { makeLargePlan } from '../test/support/largePlan';
import { MAX_PLAN_TEXT_LENGTH } from '../src/io/readPlan';
import { Designer } from './pages/designer';
import type { PlanShape } from './pages/designer';

declare global {
  interface Window {
    __pwned?: boolean;
    /** Set by a test: every write to storage fails as full, or only writes of the plans list ('list'). */
    __storageFull?: boolean | 'list';
  }
}

const LONG = `<i>long</i>${'x'.repeat(5000 - 11)}`;

/** Names a user (or a shared file) might hold: markup, script, quotes, very long, and Unicode at its strangest. */
const HOSTILE = [
  '<script>window.__pwned=true</script>',
  '<img src=x onerror="window.__pwned=true;alert(1)">',
  '" onmouseover="window.__pwned=true" autofocus onfocus="window.__pwned=true" x="',
  "' onclick='window.__pwned=true' '",
  'javascript:window.__pwned=true//',
  '<svg onload="window.__pwned=true"><circle r="1"/></svg>',
  ']]><script>window.__pwned=true</script><![CDATA[',
  '</text></g><script>window.__pwned=true</script>',
  '</ocs-plan></metadata><script>window.__pwned=true</script>',
  '"><iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;i&#62; &unknown;',
  "{{constructor.constructor('window.__pwned=true')()}} ${alert(1)}",
  LONG,
  '\u202Emoc.elpmaxe\u202C \u200Fשלום\u200E 👩‍👩‍👧‍👦 🇺🇳 e\u0301\u0308 Z\u0337\u0322\u0353\u0344a\u0338 zero\u200Bwidth\u200D\uFEFF',
];

const PLAN_NAME = `<img src=x onerror="alert(1)"> ]]> "quoted" 'single' \u202Ertl 👩‍💻 e\u0301`;

/** One Standard Edition pool per hostile name, holding one server with the same name. */
function hostilePlan(): PlanShape {
  const cell = (i: number) => ({ x: (i % 4) * 320, y: Math.floor(i / 4) * 240 });
  return {
    format: 'ocs-topology-plan',
    version: 1,
    name: PLAN_NAME,
    ocsVersion: '2007',
    pools: HOSTILE.map((name, i) => ({
      id: `p${i}`,
      name,
      edition: 'standard',
      users: 1000,
      position: cell(i),
      size: { width: 232, height: 152 },
    })),
    nodes: HOSTILE.map((name, i) => ({
      id: `n${i}`,
      kind: 'standard-edition-server',
      name,
      pool: `p${i}`,
      position: { x: cell(i).x + 24, y: cell(i).y + 64 },
    })),
    links: [],
  };
}

/** Load the hostile plan; returns it as the app holds it (pool boxes fitted to their members). */
async function loadHostilePlan(d: Designer): Promise<PlanShape> {
  await d.loadPlan(hostilePlan());
  const plan = await d.plan();
  expect(plan.name).toBe(PLAN_NAME);
  expect(plan.pools.map((p) => p.name)).toEqual(HOSTILE);
  expect(plan.nodes.map((n) => n.name)).toEqual(HOSTILE);
  return plan;
}

/** Catch anything a name could make run: the payloads set window.__pwned or open a dialog. */
async function trap(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__pwned = false;
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  // Strictly false: undefined would mean the trap was never set.
  expect(await page.evaluate(() => window.__pwned)).toBe(false);
  expect(dialogs).toEqual([]);
}

/**
 * A server shows its name as text: all of it, or (when too long for the box) its start with an
 * ellipsis; its node is labelled with the whole name, and so is its tooltip.
 */
async function expectServerNameShown(d: Designer, id: string, name: string) {
  const { shown, label, title } = await d.serverName(id);
  expect(drawnFor(name)(shown), `the name shown on ${id}: ${shown.slice(0, 60)}`).toBe(true);
  expect(label, `the label of ${id}`).toBe(name);
  expect(title, `the tooltip of ${id}`).toContain(name);
}

/** Every hostile name shows as text on its pool (exactly) and its server; the plan's name in the toolbar. */
async function expectNamesShown(d: Designer, plan: PlanShape) {
  for (const item of plan.pools) {
    await expect(d.nodeById(item.id)).toHaveCount(1);
    expect(await d.textsOfNode(item.id), `the name of ${item.id}`).toContain(item.name);
  }
  for (const item of plan.nodes) {
    await expect(d.nodeById(item.id)).toHaveCount(1);
    await expectServerNameShown(d, item.id, item.name);
  }
  expect(await d.page.getByTestId('plan-name').evaluate((el) => el.textContent)).toBe(plan.name);
  // No markup from a name made it into the page, run or not.
  const injected = d.page.locator('#root').locator('img, iframe, script, [onerror], [onload], [onmouseover], [onclick], [onfocus]');
  await expect(injected).toHaveCount(0);
}

/** What an SVG holds, as a browser parses it (XML): elements, risky attributes, texts and titles. */
function svgReport(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      elements: [...new Set(all.map((e) => e.localName))].sort(),
      riskyAttributes: all.flatMap((e) =>
        [...e.attributes]
          .filter((a) => /^on/i.test(a.name) || /href$/i.test(a.name) || /^\s*javascript:/i.test(a.value))
          .map((a) => `${e.localName}[${a.name}]`),
      ),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      titles: [...doc.querySelectorAll('title')].map((t) => t.textContent ?? ''),
    };
  }, svg);
}

const SVG_ELEMENTS = ['circle', 'desc', 'ellipse', 'g', 'line', 'metadata', 'ocs-plan', 'path', 'rect', 'svg', 'text', 'title', 'tspan'];

/** The label drawn for a name: the whole name, or its start cut with an ellipsis. */
const drawnFor = (name: string) => (t: string) => t === name || (t.length > 1 && t.endsWith('…') && name.startsWith(t.slice(0, -1)));

const contexts: BrowserContext[] = [];

async function freshBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: test.info().project.use.baseURL });
  contexts.push(context);
  return context.newPage();
}

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

test.describe('hostile names', () => {
  let d: Designer;
  let dialogs: string[];
  test.beforeEach(async ({ page }) => {
    dialogs = await trap(page);
    d = new Designer(page);
    await d.goto();
  });
  test.afterEach(async ({ page }) => {
    await expectNothingRan(page, dialogs);
  });

  test('loaded from a plan, they show as text in the canvas, the toolbar and the findings; through a share link they arrive identical; nothing runs', async ({
    page,
    browser,
  }) => {
    const plan = await loadHostilePlan(d);
    await expectNamesShown(d, plan);

    const messages = await page.getByTestId('finding-message').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    for (const name of HOSTILE)
      expect(
        messages.some((m) => m.includes(name.trim())),
        `a finding names ${name.slice(0, 40)}`,
      ).toBe(true);

    // A badge's explanation names the server too.
    await d.nodeById('n1').getByTestId('node-flag').hover();
    await expect(page.getByRole('tooltip')).toContainText(HOSTILE[1]);
    await expectNothingRan(page, dialogs);

    await test.step('through a share link, in another browser', async () => {
      const url = await d.shareUrl();
      const page2 = await freshBrowser(browser);
      const dialogs2 = await trap(page2);
      const them = new Designer(page2);
      await them.goto(url);
      await expect(page2.getByTestId('shared-banner')).toBeVisible();
      expect(await them.plan()).toEqual(plan);
      await expectNamesShown(them, plan);
      expect(
        await page2
          .getByTestId('shared-banner')
          .locator('strong')
          .evaluate((el) => el.textContent),
      ).toBe(PLAN_NAME);
      await expectNothingRan(page2, dialogs2);
    });
  });

  test('typed in the inspector, they are kept and shown exactly as typed', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await d.selectNode('fe01.contoso.com');
    const name = page.getByTestId('inspector-name');
    for (const text of HOSTILE) {
      await name.fill(text);
      await name.press('Enter');
      const node = (await d.plan()).nodes.find((n) => n.id === 'fe1')!;
      expect(node.name).toBe(text);
      await expectServerNameShown(d, 'fe1', text);
    }
    await d.node('pool01.contoso.com').click({ position: { x: 20, y: 12 } });
    const poolName = page.getByTestId('inspector-pool-name');
    for (const text of [HOSTILE[1], HOSTILE[9], LONG]) {
      await poolName.fill(text);
      await poolName.press('Enter');
      expect((await d.plan()).pools[0].name).toBe(text);
      expect(await d.textsOfNode('p1')).toContain(text);
    }
    await d.press('Escape');
    const planName = page.getByTestId('inspector-plan-name');
    await planName.fill(PLAN_NAME);
    await planName.press('Enter');
    expect((await d.plan()).name).toBe(PLAN_NAME);
    expect(await page.getByTestId('plan-name').evaluate((el) => el.textContent)).toBe(PLAN_NAME);
  });

  test('in the exported SVG they are escaped text: the picture runs nothing, opened alone or inline, and imports back', async ({
    page,
    context,
  }) => {
    const plan = await loadHostilePlan(d);
    const svg = await d.exportFile('svg');

    const report = await svgReport(page, svg.text);
    expect(report.parseError).toBeNull();
    expect(report.elements.filter((e) => !SVG_ELEMENTS.includes(e))).toEqual([]);
    expect(report.riskyAttributes).toEqual([]);
    for (const node of plan.nodes) {
      expect(report.titles, `the title of ${node.id}`).toContain(`Standard Edition Server: ${node.name}`);
      expect(report.texts.some(drawnFor(node.name)), `the label of ${node.id}`).toBe(true);
    }
    expect(report.titles).toContain(PLAN_NAME);

    // Opened on its own, as an SVG document.
    const viewer = await context.newPage();
    const viewerDialogs = await trap(viewer);
    await viewer.route('**/exported.svg', (route) => route.fulfill({ body: svg.buffer, contentType: 'image/svg+xml' }));
    await viewer.goto('/exported.svg');
    expect(await viewer.evaluate(() => document.documentElement.localName)).toBe('svg');
    expect(await viewer.locator('parsererror').count()).toBe(0);
    expect(await viewer.locator('text').count()).toBe(report.texts.length);
    await expectNothingRan(viewer, viewerDialogs);

    // Inline in an HTML page, where the HTML parser reads it.
    const html = `<!doctype html><html><body>${svg.text.replace(/^<\?xml[^>]*>/, '')}</body></html>`;
    await viewer.route('**/inline.html', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await viewer.goto('/inline.html');
    expect(await viewer.locator('script, foreignObject, iframe, img').count()).toBe(0);
    const inlineTexts = await viewer.locator('svg text').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(inlineTexts).toEqual(report.texts);
    await expectNothingRan(viewer, viewerDialogs);

    // And the plan comes back from it, every name exact.
    await d.press('Control+a');
    await d.press('Delete');
    await d.importFile(svg);
    await expect.poll(() => d.plan()).toEqual(plan);
  });
});

/** Storage that can be made full while the app runs, with window.__storageFull. */
function storageThatFills(page: Page) {
  return page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      const full = window.__storageFull;
      if (full === true || (full === 'list' && key.endsWith(':index')))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
}

test.describe('saving', () => {
  test('an edit made right before a reload survives it', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    await d.waitSaved();
    const before = await d.plan();

    // Delete a server, reload at once.
    await d.selectNode('fe04.contoso.com');
    await d.press('Delete');
    await d.reload();
    const expected = {
      ...before,
      nodes: before.nodes.filter((n) => n.id !== 'fe4'),
      links: before.links.filter((l) => l.from !== 'fe4' && l.to !== 'fe4'),
    };
    expect(await d.plan()).toEqual(expected);

    // A rename still being typed (the field has the focus), reload at once.
    await d.selectNode('sql01.contoso.com');
    await page.getByTestId('inspector-name').fill('sqlnew.contoso.com');
    await d.reload();
    const plan = await d.plan();
    expect(plan.nodes.find((n) => n.id === 'sql1')!.name).toBe('sqlnew.contoso.com');
    expect(plan.nodes).toHaveLength(expected.nodes.length);
  });

  test('full storage: a warning, "Not saved", editing goes on; when there is room again, saving resumes', async ({ page }) => {
    await storageThatFills(page);
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    await d.waitSaved();

    await page.evaluate(() => (window.__storageFull = true));
    await d.selectNode('fe04.contoso.com');
    await d.press('Delete');
    const warning = page.getByTestId('notice-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAttribute('role', 'alert');
    await expect(warning).toContainText(/storage .* full/);
    const status = page.getByTestId('save-status');
    await expect(status).toHaveAttribute('data-state', 'failed');
    await expect(status).toHaveText('Not saved');

    // Editing goes on, and still says it is not saved.
    await d.selectNode('fe03.contoso.com');
    await d.press('Delete');
    expect((await d.plan()).nodes.map((n) => n.id)).not.toContain('fe3');
    await expect(d.node('fe03.contoso.com')).toHaveCount(0);
    await expect(status).toHaveAttribute('data-state', 'failed');
    await expect(warning).toHaveCount(1);

    await page.evaluate(() => (window.__storageFull = false));
    await d.selectNode('fe02.contoso.com');
    await d.press('Delete');
    await d.waitSaved();
    await expect(page.getByRole('status').filter({ hasText: 'Saving works again' })).toBeVisible();
    const latest = await d.plan();
    await d.reload();
    expect(await d.plan()).toEqual(latest);
    const entries = await d.planEntries();
    await expect(entries).toHaveCount(1);
  });

  test('storage that fills up part-way through a save (the plan written, its line in the list not) invents no conflict', async ({
    page,
  }) => {
    await storageThatFills(page);
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    await d.waitSaved();

    await page.evaluate(() => (window.__storageFull = 'list'));
    await d.selectNode('fe04.contoso.com');
    await d.press('Delete');
    await d.waitSaved();
    await page.evaluate(() => (window.__storageFull = false));
    await d.selectNode('fe03.contoso.com');
    await d.press('Delete');
    await d.waitSaved();

    const latest = await d.plan();
    expect(latest.name).toBe('Enterprise consolidated');
    await expect(page.getByTestId('notice-warning')).toHaveCount(0);
    const entries = await d.planEntries();
    await expect(entries).toHaveCount(1);
    await d.closeDialog();
    await d.reload();
    expect(await d.plan()).toEqual(latest);
  });

  test('storage blocked from the start: the app works, warns, and does not claim to save', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const d = new Designer(page);
    await d.goto();
    const warning = page.getByTestId('notice-warning');
    await expect(warning).toContainText('does not let the app store plans');
    await expect(warning).toHaveAttribute('role', 'alert');
    await d.startFromTemplate('standard');
    await d.dropFromPalette('front-end-server', { x: 600, y: 400 });
    expect((await d.plan()).nodes).toHaveLength(2);
    await expect(d.node('fe01.contoso.com')).toBeVisible();
    // Nothing survives a reload here, so the status must not say "Saved".
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  });
});

test.describe('two tabs on one plan', () => {
  /** Every local plan, as the Plans dialog of this tab lists and opens them. */
  async function allPlans(d: Designer): Promise<PlanShape[]> {
    const entries = await d.planEntries();
    const count = await entries.count();
    await d.closeDialog();
    const plans: PlanShape[] = [];
    for (let i = 0; i < count; i++) {
      await d.planEntries();
      const open = entries.nth(i).getByRole('button', { name: 'Open' });
      if ((await open.count()) > 0) await open.click();
      else await d.closeDialog();
      plans.push(await d.plan());
    }
    return plans;
  }

  const without = (plan: PlanShape, ...ids: string[]) => ids.every((id) => !plan.nodes.some((n) => n.id === id));
  const summary = (plans: PlanShape[]) => plans.map((p) => `${p.name}: ${p.nodes.map((n) => n.id).join(',')}`);

  test('edits in both tabs, alternating and at the same moment: none is lost', async ({ page, context }) => {
    const a = new Designer(page);
    await a.goto();
    await a.startFromTemplate('expanded');
    await a.waitSaved();
    const b = new Designer(await context.newPage());
    await b.goto();
    expect(await b.plan()).toEqual(await a.plan());

    // Alternating: each tab takes in the other's saved edit.
    await a.selectNode('fe04.contoso.com');
    await a.press('Delete');
    await a.waitSaved();
    await expect.poll(async () => without(await b.plan(), 'fe4')).toBe(true);
    await b.selectNode('fe03.contoso.com');
    await b.press('Delete');
    await b.waitSaved();
    await expect.poll(async () => without(await a.plan(), 'fe3')).toBe(true);
    expect(await a.plan()).toEqual(await b.plan());

    // At the same moment: each tab deletes a different server.
    await a.selectNode('fe02.contoso.com');
    await b.selectNode('av01.contoso.com');
    await Promise.all([a.press('Delete'), b.press('Delete')]);
    await a.waitSaved();
    await b.waitSaved();

    // Once both tabs have settled, the plans list holds every edit: all four in one plan, or the
    // last two kept apart. A third tab reads the list, so a and b stay on their plans.
    const c = new Designer(await context.newPage());
    await c.goto();
    let plans: PlanShape[] = [];
    const holdsEveryEdit = async () => {
      plans = await allPlans(c);
      const a4 = plans.some((p) => without(p, 'fe4', 'fe3', 'fe2'));
      const b4 = plans.some((p) => without(p, 'fe4', 'fe3', 'av1'));
      return a4 && b4;
    };
    await expect.poll(holdsEveryEdit, { message: 'every edit is in a saved plan' }).toBe(true);
    expect(plans.length, summary(plans).join('\n')).toBeLessThanOrEqual(2);
    if (plans.length === 2) {
      // Kept apart: the tab whose edit went to the new plan says so.
      const warning = (d: Designer) => d.page.getByTestId('notice-warning').filter({ hasText: 'another tab' });
      expect((await warning(a).count()) + (await warning(b).count())).toBeGreaterThanOrEqual(1);
    }
  });
});

test.describe('large input', () => {
  test('a 10,000-server plan imports and renders', async ({ page }) => {
    test.slow();
    const d = new Designer(page);
    await d.goto();
    const plan = makeLargePlan(10_000);
    // Handed over as a file on disk: a buffer would travel through the test channel as base64.
    const file = test.info().outputPath('large.json');
    writeFileSync(file, JSON.stringify(plan));
    // Not waiting for the notice: the page is busy laying out for a while; the polls below wait instead.
    await d.importFile(file, { wait: false });
    // Fitted, the whole plan is drawn as one picture (see src/app/canvas/detail.ts): every server in it.
    const rendered = () =>
      page.evaluate(() => {
        const p = window.topologyDesigner.getPlan();
        return {
          plan: { name: p.name, nodes: p.nodes.length, pools: p.pools.length, links: p.links.length },
          drawn: document.querySelector<HTMLElement>('[data-testid=plan-picture]')?.dataset.servers,
        };
      });
    await expect.poll(rendered, { timeout: 150_000 }).toEqual({
      plan: { name: plan.name, nodes: 10_000, pools: plan.pools.length, links: plan.links.length },
      drawn: '10000',
    });
  });

  test('a file over the size limit is refused with a clear message, and the tab stays responsive', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('standard');
    const before = await d.plan();
    const file = test.info().outputPath('huge.json');
    writeFileSync(file, Buffer.alloc(MAX_PLAN_TEXT_LENGTH + 1, ' '));
    await d.importFile(file);
    const alert = d.alert('huge.json');
    await expect(alert).toContainText('20.0 MB');
    await expect(alert).toContainText(/over 20 MB are refused/);
    expect(await d.plan()).toEqual(before);
    // Still responsive: a keyboard edit goes through at once.
    await d.paletteItem('back-end-sql').focus();
    await page.keyboard.press('Enter');
    expect((await d.plan()).nodes).toHaveLength(before.nodes.length + 1);
  });
});
