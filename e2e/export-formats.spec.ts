/** Formats other tools read: draw.io from the toolbar, the plan inside the PNG, UTF-16 files, the schema, attribution. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';
import type { PlanShape } from './pages/designer';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plans/${name}.json`, import.meta.url));
const fixturePlan = (name: string): PlanShape => JSON.parse(readFileSync(fixture(name), 'utf8'));

test.describe('exports for other tools', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('draw.io: a well-formed mxfile with a container per pool, a cell per server inside it, an edge per link', async ({ page }) => {
    await d.loadPlan(fixturePlan('with-errors'));
    const plan = await d.plan();
    const file = await d.exportFile('drawio');
    expect(file.name).toBe('contoso-hq-with-errors.drawio');
    const cells = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('mxGraphModel > root > mxCell')].map((c) => ({
        id: c.getAttribute('id'),
        parent: c.getAttribute('parent'),
        value: c.getAttribute('value'),
        style: c.getAttribute('style') ?? '',
        edge: c.getAttribute('edge'),
        source: c.getAttribute('source'),
        target: c.getAttribute('target'),
      }));
    }, file.text);
    expect(cells, 'the file is well-formed XML').not.toBeNull();
    const byId = new Map(cells!.map((c) => [c.id, c]));
    for (const pool of plan.pools) {
      expect(byId.get(`pool:${pool.id}`)?.style).toContain('container=1');
      expect(byId.get(`pool:${pool.id}`)?.value?.split('\n')[0]).toBe(pool.name);
    }
    for (const node of plan.nodes) {
      const cell = byId.get(`node:${node.id}`)!;
      expect(cell.value?.split('\n')[0]).toBe(node.name);
      expect(cell.parent).toBe(node.pool === undefined ? '1' : `pool:${node.pool}`);
    }
    for (const link of plan.links) {
      expect(byId.get(`link:${link.id}`)).toMatchObject({ edge: '1', source: `node:${link.from}`, target: `node:${link.to}` });
    }
  });

  test('the PNG carries the plan: importing it opens the same plan as a new plan, the open one kept', async ({ page }) => {
    await d.startFromTemplate('expanded');
    const exported = await d.plan();
    const png = await d.exportFile('png');
    await d.press('Control+a');
    await d.press('Delete');
    await d.importFile(png);
    await expect(page.getByRole('status').filter({ hasText: `from ${png.name}` })).toBeVisible();
    expect(await d.plan()).toEqual(exported);
    // A new plan: its history starts with it, and the plan that was open is still in Plans.
    await expect(page.getByTestId('undo')).toBeDisabled();
    await page.getByTestId('open-plans').click();
    await expect(page.getByTestId('plan-row')).toHaveCount(2);
  });

  test('a PNG without a plan changes nothing and says so', async () => {
    await d.startFromTemplate('consolidated');
    const before = await d.plan();
    const png = await d.exportFile('png');
    // The same picture without the plan chunk: every chunk but iTXt.
    const parts: Buffer[] = [png.buffer.subarray(0, 8)];
    for (let at = 8; at < png.buffer.length;) {
      const len = png.buffer.readUInt32BE(at);
      if (png.buffer.subarray(at + 4, at + 8).toString('latin1') !== 'iTXt') parts.push(png.buffer.subarray(at, at + 12 + len));
      at += 12 + len;
    }
    await d.importFile({ name: 'picture.png', mimeType: 'image/png', buffer: Buffer.concat(parts) });
    await expect(d.alert(/“picture\.png” was not imported: this PNG holds no plan/)).toBeVisible();
    expect(await d.plan()).toEqual(before);
  });

  test('a plan saved as UTF-16 imports; one without a byte order mark is named UTF-16', async ({ page }) => {
    const plan = { ...fixturePlan('standard'), name: 'Zürich UTF-16' };
    const text = JSON.stringify(plan, null, 2);
    await d.importFile({
      name: 'utf16.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    });
    await expect(page.getByRole('status').filter({ hasText: 'from utf16.json' })).toBeVisible();
    expect((await d.plan()).name).toBe('Zürich UTF-16');
    const before = await d.plan();
    await d.importFile({ name: 'bare.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf16le') });
    await expect(
      d.alert(/“bare\.json” was not imported: the file is UTF-16 \(little-endian\) text without a byte order mark/),
    ).toBeVisible();
    expect(await d.plan()).toEqual(before);
  });

  test('the JSON export names its schema, which the app publishes with an $id', async ({ page }) => {
    await d.startFromTemplate('standard');
    const json = await d.exportFile('json');
    const { $schema } = JSON.parse(json.text) as { $schema: string };
    const schema = (await (await page.request.get($schema)).json()) as { $id: string; $schema: string };
    expect(schema.$id).toMatch(/^urn:ocs-topology-designer:plan-schema:/);
    expect(schema.$schema).toMatch(/json-schema\.org/);
  });

  test("React Flow's attribution is visible on the canvas", async ({ page }) => {
    await expect(page.locator('.react-flow__attribution')).toBeVisible();
    await expect(page.locator('.react-flow__attribution a')).toHaveAttribute('href', /reactflow\.dev/);
  });
});
