/**
 * Issue 9, phase A: the new kinds from the palette, their fields in the inspector, and plan format
 * version 2 out and back in; the palette's filter; kinds a version lacks, disabled with the reason.
 */
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';
import { archivingMonitoringPlan } from '../test/support/archivingPlan';

const emptyPlan = (ocsVersion: '2007' | '2007-r2', version = 2) => ({
  format: 'ocs-topology-plan',
  version,
  name: 'Remote access',
  ocsVersion,
  pools: [],
  nodes: [],
  links: [],
});

test.describe('deployment kinds', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('an Edge Server dragged from the palette lands in the perimeter, its services are edited, and it survives JSON and SVG (version 2)', async ({
    page,
  }) => {
    await d.loadPlan(emptyPlan('2007-r2'));
    await d.dropFromPalette('edge-server', { x: 400, y: 250 });
    await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
    let plan = await d.plan();
    expect(plan.version).toBe(2);
    expect(plan.nodes).toEqual([
      expect.objectContaining({
        kind: 'edge-server',
        name: 'edge01.contoso.com',
        zone: 'perimeter',
        edgeServices: ['access', 'web-conferencing', 'av'],
        avNat: 'none',
      }),
    ]);

    // The new server is selected: the inspector shows its kind's fields.
    await expect(d.inspector.getByRole('heading', { name: 'Edge Server' })).toBeVisible();
    await expect(page.getByTestId('inspector-zone')).toHaveValue('perimeter');
    await page.getByTestId('inspector-edge-services-av').uncheck();
    await page.getByTestId('inspector-av-nat').selectOption('destination');
    // The last service cannot be unchecked: an Edge Server runs at least one.
    await page.getByTestId('inspector-edge-services-web-conferencing').uncheck();
    await expect(page.getByTestId('inspector-edge-services-access')).toBeDisabled();
    plan = await d.plan();
    expect(plan.nodes[0]).toMatchObject({ edgeServices: ['access'], avNat: 'destination' });

    // Export and import again: the same version-2 plan, each as a new plan.
    const json = await d.exportFile('json');
    expect(JSON.parse(json.text)).toMatchObject({ version: 2, nodes: [{ zone: 'perimeter', edgeServices: ['access'] }] });
    const svg = await d.exportFile('svg');
    expect(svg.text).toContain('version="2"');
    for (const file of [json, svg]) {
      await d.importFile(file);
      await expect(page.getByRole('status').filter({ hasText: `from ${file.name}` })).toBeVisible();
      expect(await d.plan()).toEqual(plan);
      await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
    }
  });

  test('the palette filter narrows the groups to what matches', async ({ page }) => {
    const filter = page.getByTestId('palette-filter');
    await expect(d.paletteItem('front-end-server')).toBeVisible();
    await filter.fill('edge');
    await expect(d.paletteItem('edge-server')).toBeVisible();
    await expect(d.paletteItem('front-end-server')).toHaveCount(0);
    await expect(page.getByTestId('palette-group-perimeter')).toBeVisible();
    await expect(page.getByTestId('palette-group-voice')).toHaveCount(0);
    await filter.fill('director');
    await expect(d.paletteItem('pool-director-enterprise')).toBeVisible();
    await expect(d.paletteItem('pool-director-standard')).toBeVisible();
    await filter.fill('no such thing');
    await expect(page.getByTestId('palette-no-match')).toBeVisible();
    await filter.press('Escape');
    await expect(filter).toHaveValue('');
    for (const kind of [
      'mediation-server',
      'media-gateway',
      'pstn',
      'archiving-server',
      'monitoring-server',
      'cwa-server',
      'sql-server',
      'reverse-proxy',
    ]) {
      await expect(d.paletteItem(kind)).toBeVisible();
    }
  });

  test('a 2007 plan shows Group Chat disabled with the reason; on R2 it can be added', async ({ page }) => {
    // A version-1 plan is accepted by loadPlan and read as version 2.
    await d.loadPlan(emptyPlan('2007', 1));
    expect((await d.plan()).version).toBe(2);
    const chat = d.paletteItem('group-chat-server');
    await expect(chat).toHaveAttribute('aria-disabled', 'true');
    await expect(chat).toContainText('OCS 2007 has no Group Chat Server (new in R2).');
    await expect(chat).toHaveAttribute('draggable', 'false');
    await chat.click({ force: true });
    expect((await d.plan()).nodes).toHaveLength(0);
    // Labels by version.
    await expect(d.paletteItem('archiving-server')).toContainText('Archiving and CDR Server');

    await page.getByTestId('inspector-ocs-version').selectOption('2007-r2');
    await expect(chat).toHaveAttribute('aria-disabled', 'false');
    await expect(d.paletteItem('archiving-server')).toContainText('Archiving Server');
    await chat.click();
    await expect(d.nodesOfKind('group-chat-server')).toHaveCount(1);
  });

  test('a server card names its kind as the plan’s OCS version does, as the inspector and the palette do', async ({ page }) => {
    // Short names: a name too long for one line takes the kind's line.
    const plan = archivingMonitoringPlan('2007');
    await d.loadPlan({ ...plan, nodes: plan.nodes.map((n) => ({ ...n, name: n.name.replace('01.contoso.com', '.lab.net') })) });
    const card = (id: string) => d.nodeById(id).locator('[data-kind]').first();
    await expect(card('arc1')).toHaveAttribute('title', 'Archiving and CDR Server: arc.lab.net');
    await expect(card('arc1')).toContainText('Archiving and CDR');
    await expect(card('mon1')).toHaveAttribute('title', 'QoE Monitoring Server: mon.lab.net');
    await expect(card('mon1')).toContainText('QoE Monitoring');
    await d.selectNode('mon.lab.net');
    await expect(d.inspector.getByRole('heading', { level: 2 })).toHaveText('QoE Monitoring Server');
    await expect(d.paletteItem('monitoring-server')).toContainText('QoE Monitoring Server');

    // The plan moved to R2: the cards follow at once.
    await d.press('Escape');
    await page.getByTestId('inspector-ocs-version').selectOption('2007-r2');
    await expect(card('arc1')).toHaveAttribute('title', 'Archiving Server: arc.lab.net');
    await expect(card('arc1')).toContainText('Archiving');
    await expect(card('arc1')).not.toContainText('CDR');
    await expect(card('mon1')).toHaveAttribute('title', 'Monitoring Server: mon.lab.net');
    await expect(card('mon1')).toContainText('Monitoring');
    await expect(card('mon1')).not.toContainText('QoE');
  });

  test('a Director pool from the palette, the plan’s sites, and a server placed in a site', async ({ page }) => {
    await d.loadPlan(emptyPlan('2007-r2'));
    await d.paletteItem('pool-director-enterprise').click();
    let plan = await d.plan();
    expect(plan.pools).toEqual([
      expect.objectContaining({ name: 'dir01.contoso.com', edition: 'enterprise', purpose: 'director', users: 0 }),
    ]);
    await expect(page.getByTestId('inspector-pool-purpose')).toHaveValue('director');

    await d.press('Escape');
    await page.getByTestId('inspector-site-add').click();
    await page.getByTestId('inspector-site-name-0').fill('Oslo');
    await page.getByTestId('inspector-site-add').click();
    plan = await d.plan();
    expect(plan.sites).toEqual([
      { id: 's1', name: 'Oslo' },
      { id: 's2', name: 'Site 2' },
    ]);
    await page.getByTestId('inspector-site-remove-1').click();

    await d.dropFromPalette('mediation-server', { x: 600, y: 420 });
    await page.getByTestId('inspector-site').selectOption({ label: 'Oslo' });
    plan = await d.plan();
    expect(plan.sites).toEqual([{ id: 's1', name: 'Oslo' }]);
    expect(plan.nodes.find((n) => n.kind === 'mediation-server')).toMatchObject({ site: 's1', zone: 'internal' });
  });
});
