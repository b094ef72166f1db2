/**
 * Issue 11 in the app: the deployment report beside the diagram, live as the plan changes; its inputs
 * edited in the inspector; rows linked to their servers; the report exported as Markdown and Excel.
 */
import { spawnSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

const section = (page: Page, table: string) => page.getByTestId(`report-section-${table}`);
const rows = (page: Page, table: string) => section(page, table).getByTestId('report-row');
const rowWith = (page: Page, table: string, text: string) => rows(page, table).filter({ hasText: text });

async function download(page: Page, command: string): Promise<{ name: string; buffer: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(command).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), buffer: Buffer.concat(chunks) };
}

/** The plan's record of a node or pool, with the report's fields (plan format 2). */
type WithReportFields = { externalIps?: unknown; externalFqdns?: unknown; webInternalFqdn?: string };
const nodeOf = async (d: Designer, id: string) => (await d.plan()).nodes.find((n) => n.id === id) as WithReportFields;

const selectedIds = (page: Page) =>
  page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());

test.describe('the deployment report', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    d = new Designer(page);
    await d.goto();
    await page.getByTestId('template-r2-remote-access').click();
    await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
  });

  test('opens beside the diagram with every section, and follows the SIP domain typed in the inspector', async ({ page }) => {
    await expect(page.getByTestId('report-view')).toHaveCount(0);
    await page.getByTestId('toggle-report').click();
    const view = page.getByTestId('report-view');
    await expect(view).toBeVisible();
    for (const t of ['summary', 'servers', 'dns', 'certificates', 'firewall', 'loadBalancers', 'capacity'])
      await expect(section(page, t)).toBeVisible();
    // The canvas is still there, above the report.
    await expect(d.canvas).toBeVisible();

    await expect(rows(page, 'servers')).toHaveCount(10);
    await expect(rowWith(page, 'dns', 'pool01.contoso.com').first()).toBeVisible();
    await expect(rowWith(page, 'dns', '_sip._tls.contoso.com')).toHaveCount(1);
    await expect(rowWith(page, 'dns', 'sip.contoso.com').first()).toBeVisible();
    // Every row but the summary's cites a source.
    for (const row of await rows(page, 'dns').all()) await expect(row.getByTestId('report-source').first()).toBeVisible();

    // Nothing selected: the plan inspector, with the default SIP domain as the placeholder.
    const domains = d.inspector.getByTestId('inspector-sip-domains');
    await expect(domains).toHaveValue('');
    await expect(domains).toHaveAttribute('placeholder', 'contoso.com');
    await domains.fill('fabrikam.com');
    await domains.press('Enter');
    await expect(rowWith(page, 'dns', '_sip._tls.fabrikam.com')).toHaveCount(1);
    await expect(rowWith(page, 'dns', '_sip._tls.contoso.com')).toHaveCount(0);
    await expect(page.getByTestId('report-sip-domains')).toContainText('fabrikam.com');
    expect((await d.plan()).sipDomains).toEqual(['fabrikam.com']);

    // One undo step takes the whole edit back.
    await page.getByTestId('undo').click();
    await expect(rowWith(page, 'dns', '_sip._tls.contoso.com')).toHaveCount(1);
    expect((await d.plan()).sipDomains).toBeUndefined();
  });

  test('a row selects its servers and brings them into view', async ({ page }) => {
    await page.getByTestId('toggle-report').click();
    const plan = await d.plan();
    const edge = plan.nodes.find((n) => n.kind === 'edge-server')!;
    const row = rowWith(page, 'dns', '_sip._tls.contoso.com');
    await expect(row).toHaveAttribute('data-node-ids', new RegExp(edge.id));
    await row.click();
    await expect.poll(() => selectedIds(page)).toEqual([edge.id]);
    await expect(d.inspector.getByTestId('inspector-name')).toHaveValue(edge.name);
    await expect(d.node(edge.name)).toBeInViewport();

    // Expanded over the diagram, a click steps the report aside so the server shows.
    await page.getByTestId('report-expand').click();
    await expect(page.getByTestId('report-view')).toHaveAttribute('data-mode', 'expanded');
    const fe = plan.nodes.find((n) => n.name === 'fe01.contoso.com')!;
    await rowWith(page, 'servers', 'fe01.contoso.com').click();
    await expect(page.getByTestId('report-view')).toHaveAttribute('data-mode', 'open');
    await expect.poll(() => selectedIds(page)).toEqual([fe.id]);
    await expect(d.node(fe.name)).toBeInViewport();
  });

  test('the inspector edits the report’s inputs: addresses checked gently, one undo step each', async ({ page }) => {
    await page.getByTestId('toggle-report').click();
    const plan = await d.plan();
    const edge = plan.nodes.find((n) => n.kind === 'edge-server')!;
    await d.selectNode(edge.name);
    // Defaults as placeholders.
    await expect(d.inspector.getByTestId('inspector-external-fqdn-access')).toHaveAttribute('placeholder', 'sip.contoso.com');
    const ip = d.inspector.getByTestId('inspector-external-ip-access');
    await ip.fill('203.0.113.300');
    await ip.press('Enter');
    await expect(d.inspector.getByTestId('inspector-external-ip-access-problem')).toContainText('Not an IPv4 address');
    // The value is kept as typed.
    expect((await nodeOf(d, edge.id)).externalIps).toEqual({ access: '203.0.113.300' });
    await ip.fill('203.0.113.30');
    await ip.press('Enter');
    await expect(d.inspector.getByTestId('inspector-external-ip-access-problem')).toHaveCount(0);

    const name = d.inspector.getByTestId('inspector-external-fqdn-access');
    await name.fill('im.contoso.com');
    await name.press('Enter');
    await expect(rowWith(page, 'dns', 'im.contoso.com').first()).toBeVisible();
    await page.getByTestId('undo').click();
    await expect(rowWith(page, 'dns', 'im.contoso.com')).toHaveCount(0);
    expect((await nodeOf(d, edge.id)).externalFqdns).toBeUndefined();

    // A pool's web farm FQDN, its default the pool FQDN.
    await page.keyboard.press('Escape');
    await d.page
      .locator('.react-flow__node')
      .filter({ hasText: 'pool01.contoso.com' })
      .first()
      .click({ position: { x: 40, y: 12 } });
    const web = d.inspector.getByTestId('inspector-pool-web-internal');
    await expect(web).toHaveAttribute('placeholder', 'pool01.contoso.com');
    await web.fill('web.contoso.com');
    await web.press('Enter');
    expect(((await d.plan()).pools.find((p) => p.name === 'pool01.contoso.com') as WithReportFields).webInternalFqdn).toBe(
      'web.contoso.com',
    );
  });

  test('exports Markdown, HTML and an Excel workbook of the report', async ({ page }) => {
    await page.getByTestId('toggle-report').click();
    const md = await download(page, 'export-report-md');
    expect(md.name).toBe('r2-remote-access-report.md');
    const text = md.buffer.toString('utf8');
    expect(text).toContain('pool01.contoso.com');
    expect(text).toContain('_sip._tls.contoso.com');
    expect(text).toMatch(/^#/m);

    const html = await download(page, 'export-report-html');
    expect(html.name).toBe('r2-remote-access-report.html');
    expect(html.buffer.toString('utf8')).toMatch(/^<!doctype html>/i);
    expect(html.buffer.toString('utf8')).toContain('@media print');
    // Names may break after a dot (<wbr>) in the HTML: read the text as a browser shows it.
    expect(html.buffer.toString('utf8').replaceAll('<wbr>', '')).toContain('_sip._tls.contoso.com');

    const xlsx = await download(page, 'export-report-xlsx');
    expect(xlsx.name).toBe('r2-remote-access-report.xlsx');
    const files = unzipSync(new Uint8Array(xlsx.buffer));
    expect(Object.keys(files)).toContain('xl/workbook.xml');
    const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBeGreaterThanOrEqual(6);
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    expect(all).toContain('edge01.contoso.com');
    expect(all).toContain('_sip._tls.contoso.com');
  });

  test('the minimap steps aside while the report is docked below the diagram, and its button still shows it', async ({ page }) => {
    const miniMap = page.locator('.react-flow__minimap');
    await expect(miniMap).toHaveCount(1);
    await page.getByTestId('toggle-report').click();
    await expect(page.getByTestId('report-view')).toBeVisible();
    await expect(miniMap).toHaveCount(0);
    await page.getByTestId('minimap-toggle').click();
    await expect(miniMap).toHaveCount(1);
  });

  test('gives the report the command-line tool gives for the same plan', async ({ page }) => {
    // An edited input too, so the comparison covers what the inspector writes.
    await d.inspector.getByTestId('inspector-sip-domains').fill('fabrikam.com');
    await d.inspector.getByTestId('inspector-sip-domains').press('Enter');
    await page.getByTestId('toggle-report').click();
    const app = JSON.parse((await download(page, 'export-report-json')).buffer.toString('utf8')) as unknown;
    const run = spawnSync('node', ['bin/ocs-topology.mjs', 'report', '-', '--format', 'json'], {
      input: JSON.stringify(await d.plan()),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(app).toEqual(JSON.parse(run.stdout));
  });
});
