/** Export, import and share: the plan leaves the app and comes back the same, or says why it cannot. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { Designer } from './pages/designer';
import type { PlanShape } from './pages/designer';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plans/${name}.json`, import.meta.url));
const fixturePlan = (name: string): PlanShape => JSON.parse(readFileSync(fixture(name), 'utf8'));

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Width and height attributes of the root <svg>. */
function svgSize(svg: string) {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/\swidth="([\d.]+)"/.exec(root)?.[1]), height: Number(/\sheight="([\d.]+)"/.exec(root)?.[1]) };
}

/** The plan embedded in the SVG's <metadata>. */
function planInSvg(svg: string): unknown {
  const metadata = /<metadata>([\s\S]*?)<\/metadata>/.exec(svg)?.[1];
  expect(metadata, 'the SVG has a <metadata> element').toBeDefined();
  const json = /<ocs-plan\b[^>]*>([\s\S]*)<\/ocs-plan>/.exec(metadata!)?.[1] ?? '';
  return JSON.parse(json.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** The texts of an SVG's <text> elements, parsed by the browser as XML (null when it is not well-formed). */
function svgTexts(page: Page, svg: string): Promise<string[] | null> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, svg);
}

const contexts: BrowserContext[] = [];

/** Another browser profile: no local plans, nothing shared with the first one. */
async function freshBrowser(browser: Browser): Promise<Designer> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: test.info().project.use.baseURL });
  contexts.push(context);
  return new Designer(await context.newPage());
}

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

test.describe('export, import and share', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('JSON, SVG and PNG downloads: the plan pretty-printed, a plain SVG carrying the plan, a PNG at twice the size', async ({ page }) => {
    await d.loadPlan(fixturePlan('with-errors'));
    const plan = await d.plan();

    const json = await d.exportFile('json');
    expect(json.name).toBe('contoso-hq-with-errors.json');
    const { $schema, ...written } = JSON.parse(json.text) as { $schema: string };
    expect(written).toEqual(plan);
    expect($schema).toBe(new URL('/plan.schema.json', page.url()).href);
    expect(json.text).toMatch(
      /^\{\n {2}"\$schema": "[^"]+",\n {2}"format": "ocs-topology-plan",\n {2}"version": 2,\n {2}"name": "Contoso HQ with errors",\n/,
    );
    expect(json.text.endsWith('}\n')).toBe(true);

    const svg = await d.exportFile('svg');
    expect(svg.name).toBe('contoso-hq-with-errors.svg');
    expect(svg.text).not.toMatch(/<foreignObject/i);
    expect(svg.text).not.toMatch(/<script/i);
    expect(svg.text).not.toMatch(/\son[a-z]+\s*=/i);
    expect(planInSvg(svg.text)).toEqual(plan);
    const texts = await svgTexts(page, svg.text);
    expect(texts, 'the SVG is well-formed XML').not.toBeNull();
    for (const name of [plan.name, ...plan.pools.map((p) => p.name), ...plan.nodes.map((n) => n.name)]) expect(texts).toContain(name);

    const png = await d.exportFile('png');
    expect(png.name).toBe('contoso-hq-with-errors.png');
    expect(png.buffer.subarray(0, 8)).toEqual(PNG_MAGIC);
    const size = svgSize(svg.text);
    expect(size.width).toBeGreaterThan(0);
    expect(pngSize(png.buffer)).toEqual({ width: size.width * 2, height: size.height * 2 });
  });

  test('an exported JSON and an exported SVG import back to the same plan, each as a new plan', async ({ page }) => {
    await d.startFromTemplate('expanded');
    const exported = await d.plan();
    const json = await d.exportFile('json');
    const svg = await d.exportFile('svg');
    await d.press('Control+a');
    await d.press('Delete');
    const cleared = await d.plan();
    expect(cleared.nodes).toHaveLength(0);

    for (const file of [json, svg]) {
      await d.importFile(file);
      await expect(page.getByRole('status').filter({ hasText: `from ${file.name}` })).toBeVisible();
      expect(await d.plan()).toEqual(exported);
      for (const n of exported.nodes) await expect(d.nodeById(n.id)).toBeVisible();
      // A new plan: its history starts with it.
      await expect(page.getByTestId('undo')).toBeDisabled();
    }
  });

  test('a plan file dropped onto the canvas is imported', async () => {
    await d.startFromTemplate('consolidated');
    const exported = await d.plan();
    const json = await d.exportFile('json');
    await d.press('Control+a');
    await d.press('Delete');
    expect((await d.plan()).nodes).toHaveLength(0);

    await d.dropFile(json);
    await expect.poll(() => d.plan()).toEqual(exported);
    await expect(d.node('fe01.contoso.com')).toBeVisible();
  });

  const BROKEN: [string, RegExp][] = [
    ['not-json', /not valid JSON/],
    ['not-a-plan', /format: missing; this is not an OCS Topology Designer plan/],
    ['bad-kind', /nodes\[2\]\.kind: .*"router"/],
    ['dangling-link', /links\[0\]\.to: no node has the id "hlb9"/],
    ['newer-version', /version: this plan was saved by a newer version .*plan version 3/],
  ];
  for (const [name, problem] of BROKEN) {
    test(`importing ${name}.json says what is wrong and changes nothing`, async () => {
      await d.startFromTemplate('consolidated');
      const before = await d.plan();
      await d.importFile(fixture(name));
      const alert = d.alert(`${name}.json`);
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(problem);
      await expect(alert).toContainText('Nothing was changed');
      await expect(alert).not.toContainText('..');
      expect(await d.plan()).toEqual(before);
      await expect(d.node('fe01.contoso.com')).toBeVisible();
      // The refused import left no step in the history: one Ctrl+Z undoes the template.
      await d.press('Control+z');
      expect((await d.plan()).nodes).toHaveLength(0);
    });
  }

  test('a share link opens the plan read-only in a fresh browser; "Edit a copy" makes it a local plan that survives a reload', async ({
    browser,
  }) => {
    await d.loadPlan(fixturePlan('with-errors'));
    const plan = await d.plan();
    const url = await d.shareUrl();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#plan=1\./);

    const them = await freshBrowser(browser);
    await them.goto(url);
    // The link is decoded after the app starts (off the page's thread): the banner says it has opened.
    const banner = them.page.getByTestId('shared-banner');
    await expect(banner).toBeVisible();
    expect(await them.plan()).toEqual(plan);
    await expect(banner).toContainText(plan.name);

    // Read-only: the palette is disabled, Delete and the inspector do nothing.
    await expect(them.paletteItem('front-end-server')).toHaveAttribute('aria-disabled', 'true');
    await them.paletteItem('back-end-sql').focus();
    await them.press('Enter');
    await them.selectNode('fe01.contoso.com');
    await expect(them.page.getByTestId('inspector-name')).toBeDisabled();
    await them.press('Delete');
    await them.press('Control+v');
    expect(await them.plan()).toEqual(plan);
    let entries = await them.planEntries();
    await expect(entries).toHaveCount(0);
    await them.closeDialog();

    await them.page.getByTestId('edit-copy').click();
    await expect(banner).toBeHidden();
    expect(them.page.url()).not.toContain('#plan=');
    // The copy says it is one.
    expect(await them.plan()).toEqual({ ...plan, name: `${plan.name} (copy)` });
    await them.waitSaved();
    await expect(them.paletteItem('front-end-server')).toHaveAttribute('aria-disabled', 'false');
    await them.selectNode('fe01.contoso.com');
    await them.press('Delete');
    const edited = await them.plan();
    expect(edited.nodes).toHaveLength(plan.nodes.length - 1);
    await them.waitSaved();

    await them.reload();
    expect(await them.plan()).toEqual(edited);
    await expect(banner).toBeHidden();
    entries = await them.planEntries();
    await expect(entries).toHaveCount(1);
    await expect(entries).toContainText(plan.name);
  });

  test('opening a share link where the recipient has plans of their own keeps those plans', async ({ browser }) => {
    await d.startFromTemplate('expanded');
    const shared = await d.plan();
    const url = await d.shareUrl();

    const them = await freshBrowser(browser);
    await them.goto('/');
    await them.startFromTemplate('standard');
    const planName = them.page.getByTestId('inspector-plan-name');
    await planName.fill('My own plan');
    await planName.press('Enter');
    const own = await them.plan();
    expect(own.name).toBe('My own plan');

    // The link opened in the same tab, right after the edit.
    await them.page.goto(url);
    await expect(them.page.getByTestId('shared-banner')).toBeVisible();
    expect(await them.plan()).toEqual(shared);
    let entries = await them.planEntries();
    await expect(entries).toHaveCount(1);
    await expect(entries).toContainText('My own plan');
    await them.closeDialog();
    await them.page.getByTestId('leave-shared').click();
    await expect(them.page.getByTestId('shared-banner')).toBeHidden();
    expect(await them.plan()).toEqual(own);

    // The link opened in a new tab of the same browser, then edited as a copy.
    const tab = new Designer(await them.page.context().newPage());
    await tab.goto(url);
    await expect(tab.page.getByTestId('shared-banner')).toBeVisible();
    expect(await tab.plan()).toEqual(shared);
    await tab.page.getByTestId('edit-copy').click();
    await tab.waitSaved();
    entries = await tab.planEntries();
    await expect(entries).toHaveCount(2);
    await entries.filter({ hasText: 'My own plan' }).getByRole('button', { name: 'Open' }).click();
    expect(await tab.plan()).toEqual(own);
    entries = await tab.planEntries();
    await entries
      .filter({ hasText: `${shared.name} (copy)` })
      .getByRole('button', { name: 'Open' })
      .click();
    expect(await tab.plan()).toEqual({ ...shared, name: `${shared.name} (copy)` });
  });

  test('a file imported while a shared plan is shown becomes a local plan, which a reload keeps', async ({ browser }) => {
    await d.startFromTemplate('expanded');
    const url = await d.shareUrl();
    const them = await freshBrowser(browser);
    await them.goto(url);
    await expect(them.page.getByTestId('shared-banner')).toBeVisible();

    await them.importFile(fixture('standard'));
    await expect(them.page.getByTestId('shared-banner')).toBeHidden();
    const imported = await them.plan();
    expect(imported.name).toBe('Standard Edition');
    await them.waitSaved();
    await them.reload();
    await expect(them.page.getByTestId('shared-banner')).toBeHidden();
    expect(await them.plan()).toEqual(imported);
  });

  test('a damaged link says what is wrong, and the user’s own plan carries on intact', async ({ page }) => {
    const damaged: [string, (payload: string) => string, RegExp][] = [
      ['garbage', () => 'garbage<script>x</script>', /not an OCS Topology Designer plan link/],
      ['not base64url', () => '1.@@@not~base64', /damaged or incomplete/],
      ['truncated', (p) => p.slice(0, Math.floor(p.length * 0.6)), /damaged or incomplete/],
      ['from a newer link format', (p) => `2${p.slice(p.indexOf('.'))}`, /newer version .*link format 2/],
    ];
    await d.startFromTemplate('consolidated');
    const url = await d.shareUrl();
    const payload = url.slice(url.indexOf('#plan=') + '#plan='.length);
    for (const [label, damage, problem] of damaged) {
      await test.step(label, async () => {
        await d.waitSaved();
        const own = await d.plan();
        const link = `/#plan=${damage(payload)}`;

        // Opened in a new tab: the message, then the user's last plan.
        const tab = new Designer(await page.context().newPage());
        await tab.goto(link);
        await expect(tab.alert('This link does not hold a plan')).toContainText(problem);
        await expect(tab.page.getByTestId('shared-banner')).toBeHidden();
        expect(await tab.plan()).toEqual(own);
        await expect(tab.node('fe01.contoso.com')).toBeVisible();
        await tab.page.close();

        // Opened in the same tab right after an edit: the edit and its undo step are kept.
        await d.selectNode('fe04.contoso.com');
        await d.press('Delete');
        const edited = await d.plan();
        await page.goto(link);
        const alert = d.alert(problem);
        await expect(alert).toContainText('This link does not hold a plan');
        expect(await d.plan()).toEqual(edited);
        await d.press('Control+z');
        expect(await d.plan()).toEqual(own);
        await alert.getByRole('button', { name: 'Dismiss' }).click();
      });
    }
  });
});
