/**
 * Issue 9, phase B, item 1: the network zones as regions on the canvas. A drop or a drag into a
 * region sets the node's zone (one undo step); the preview tells a drop that breaks ZONE-PLACEMENT;
 * the regions are resized and kept; a plan with only internal servers draws none.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

const remoteAccess = {
  format: 'ocs-topology-plan',
  version: 2,
  name: 'Remote access',
  ocsVersion: '2007-r2',
  pools: [],
  nodes: [
    { id: 'rp', kind: 'reverse-proxy', name: 'rp01.contoso.com', position: { x: 0, y: 0 }, zone: 'perimeter' },
    { id: 'se', kind: 'standard-edition-server', name: 'se01.contoso.com', position: { x: 480, y: 0 }, zone: 'internal' },
  ],
  links: [],
};

/** The centre of a region, or a point a fraction of the way down it, in page pixels. */
async function regionPoint(page: Page, zone: string, down = 0.5) {
  const box = (await page.getByTestId(`zone-${zone}`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height * down };
}

async function zoneOfNode(d: Designer, kind: string) {
  return (await d.plan()).nodes.filter((n) => n.kind === kind).map((n) => (n as { zone?: string }).zone);
}

test.describe('network zones on the canvas', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('an Edge Server dropped into a region takes its zone; dragged across, the preview warns and one Ctrl+Z undoes the move', async ({
    page,
  }) => {
    await d.loadPlan(remoteAccess);
    for (const zone of ['external', 'perimeter', 'internal'])
      await expect(page.locator(`.react-flow__node [data-zone="${zone}"]`)).toHaveCount(1);
    await expect(page.getByTestId('zone-perimeter')).toContainText('Perimeter network');

    // Dropped into the perimeter region: a perimeter node; one Ctrl+Z takes the drop back.
    const canvas = (await d.canvas.boundingBox())!;
    const perimeter = await regionPoint(page, 'perimeter', 0.7);
    await d.dropFromPalette('edge-server', { x: perimeter.x - canvas.x, y: perimeter.y - canvas.y });
    await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
    expect(await zoneOfNode(d, 'edge-server')).toEqual(['perimeter']);
    await d.press('Control+z');
    await expect(d.nodesOfKind('edge-server')).toHaveCount(0);

    // Dropped into the internal region, it is in the internal network (the rule then flags it).
    const internal = await regionPoint(page, 'internal', 0.7);
    await d.dropFromPalette('edge-server', { x: internal.x - canvas.x, y: internal.y - canvas.y });
    await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
    expect(await zoneOfNode(d, 'edge-server')).toEqual(['internal']);

    // Dragged into the perimeter: a green preview on the region while it hovers, the zone set on the drop.
    const edge = d.nodesOfKind('edge-server');
    const from = await d.centerOf(edge);
    const to = await regionPoint(page, 'perimeter', 0.7);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
    const preview = page.getByTestId('zone-perimeter').getByTestId('placement-preview');
    await expect(preview).toHaveAttribute('data-ok', 'true');
    await page.mouse.up();
    await expect(preview).toHaveCount(0);
    await expect.poll(() => zoneOfNode(d, 'edge-server')).toEqual(['perimeter']);
    const moved = (await d.plan()).nodes.find((n) => n.kind === 'edge-server')!.position;

    // One Ctrl+Z: back in the internal network, where it was; Ctrl+Y: in the perimeter again.
    await d.press('Control+z');
    await expect.poll(() => zoneOfNode(d, 'edge-server')).toEqual(['internal']);
    expect((await d.plan()).nodes.find((n) => n.kind === 'edge-server')!.position).not.toEqual(moved);
    await d.press('Control+y');
    await expect.poll(() => zoneOfNode(d, 'edge-server')).toEqual(['perimeter']);

    // Dragged back into the internal network: the preview is red and names ZONE-PLACEMENT; the drop still moves it.
    const back = await regionPoint(page, 'internal', 0.8);
    const start = await d.centerOf(edge);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + ((back.x - start.x) * i) / 12, start.y + ((back.y - start.y) * i) / 12);
    const warning = page.getByTestId('zone-internal').getByTestId('placement-preview');
    await expect(warning).toHaveAttribute('data-ok', 'false');
    await expect(warning).toContainText('belongs in the perimeter network, not in the internal network (ZONE-PLACEMENT)');
    await page.mouse.up();
    await expect.poll(() => zoneOfNode(d, 'edge-server')).toEqual(['internal']);
    // The other nodes kept their zones: nothing is read from where they lie.
    expect((await d.plan()).nodes.filter((n) => n.kind !== 'edge-server').map((n) => (n as { zone?: string }).zone)).toEqual([
      'perimeter',
      'internal',
    ]);
  });

  test('dragging from the palette over a region previews its zone: red where the kind does not belong, green where it does', async ({
    page,
  }) => {
    await d.loadPlan(remoteAccess);
    const item = d.paletteItem('front-end-server');
    await item.scrollIntoViewIfNeeded();
    const start = await d.centerOf(item);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const perimeter = await regionPoint(page, 'perimeter', 0.8);
    await page.mouse.move(perimeter.x, perimeter.y, { steps: 10 });
    const red = page.getByTestId('zone-perimeter').getByTestId('placement-preview');
    await expect(red).toHaveAttribute('data-ok', 'false');
    await expect(red).toContainText('A Front End Server belongs in the internal network, not in the perimeter network (ZONE-PLACEMENT).');
    const internal = await regionPoint(page, 'internal', 0.8);
    await page.mouse.move(internal.x, internal.y, { steps: 10 });
    await expect(page.getByTestId('zone-internal').getByTestId('placement-preview')).toHaveAttribute('data-ok', 'true');
    await expect(red).toHaveCount(0);
    await page.mouse.up();
    await expect(page.getByTestId('placement-preview')).toHaveCount(0);
    expect(await zoneOfNode(d, 'front-end-server')).toEqual(['internal']);
  });

  test('a region is resized and moved by the user, and its layout is saved in the plan and kept over a reload', async ({ page }) => {
    await d.loadPlan(remoteAccess);
    const region = page.getByTestId('zone-perimeter');
    const before = (await region.boundingBox())!;
    await region.getByTestId('zone-title').click();
    const handle = page.locator('.react-flow__node[data-id="zone:perimeter"] .react-flow__resize-control.handle.bottom.right');
    await expect(handle).toBeVisible();
    await d.drag(handle, { x: before.x + before.width + 120, y: before.y + before.height + 96 }, await d.centerOf(handle));
    await expect.poll(async () => (await region.boundingBox())!.width).toBeGreaterThan(before.width + 80);
    const plan = await d.plan();
    const saved = (plan as { zones?: { id: string; size: { width: number; height: number } }[] }).zones!;
    expect(saved.map((z) => z.id).sort()).toEqual(['external', 'internal', 'perimeter']);
    const size = saved.find((z) => z.id === 'perimeter')!.size;
    expect(size.width).toBeGreaterThan(300);

    // Moved by its title bar: the region moves, the servers stay, zones stay.
    type Zones = { zones?: { id: string; position: { x: number; y: number } }[] };
    const externalY = async () => ((await d.plan()) as Zones).zones!.find((z) => z.id === 'external')!.position.y;
    const y0 = await externalY();
    const title = page.getByTestId('zone-external').getByTestId('zone-title');
    const t = await d.centerOf(title);
    await d.drag(title, { x: t.x, y: t.y - 80 });
    await expect.poll(externalY).toBeLessThan(y0 - 40);
    const afterMove = await d.plan();
    expect(afterMove.nodes).toEqual(plan.nodes);

    await d.reload();
    await expect(page.getByTestId('zone-perimeter')).toBeVisible();
    expect(await d.plan()).toEqual(afterMove);
    const kept = (await page.getByTestId('zone-perimeter').boundingBox())!;
    expect(kept.width / kept.height).toBeCloseTo(size.width / size.height, 1);
  });

  test('a plan with only internal servers draws no region, on the canvas or in the SVG export, until the user turns them on', async ({
    page,
  }) => {
    await d.startFromTemplate('consolidated');
    await expect(d.nodesOfKind('front-end-server').first()).toBeVisible();
    await expect(page.locator('[data-zone]')).toHaveCount(0);
    const svg = await d.exportFile('svg');
    expect(svg.text).not.toContain('data-zone=');
    expect((await d.plan()).zones).toBeUndefined();

    // Turned on from the canvas's menu, they are drawn (and saved); the servers keep their zones.
    const menu = page.getByTestId('context-menu');
    const canvas = (await d.canvas.boundingBox())!;
    const nodes = (await d.plan()).nodes;
    await page.mouse.click(canvas.x + 40, canvas.y + 40, { button: 'right' });
    await expect(menu.locator('[data-command="hide-zones"]')).toHaveCount(0);
    await menu.locator('[data-command="show-zones"]').click();
    await expect(page.locator('.react-flow__node [data-zone]')).toHaveCount(3);
    expect((await d.plan()).zones).toHaveLength(3);
    expect((await d.plan()).nodes).toEqual(nodes);
    // And off again, while every server is internal.
    await page.mouse.click(canvas.x + 40, canvas.y + 40, { button: 'right' });
    await expect(menu.locator('[data-command="show-zones"]')).toHaveCount(0);
    await menu.locator('[data-command="hide-zones"]').click();
    await expect(page.locator('[data-zone]')).toHaveCount(0);
    await d.press('Control+z');
    await expect(page.locator('.react-flow__node [data-zone]')).toHaveCount(3);
  });
});
