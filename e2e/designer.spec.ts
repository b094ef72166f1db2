import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

const SERVER_KINDS = [
  'standard-edition-server',
  'front-end-server',
  'back-end-sql',
  'hardware-load-balancer',
  'web-components-server',
  'web-conferencing-server',
  'av-conferencing-server',
];
const POOLS = ['pool-standard', 'pool-consolidated', 'pool-expanded'];

test.describe('the designer', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('every palette item can be dragged onto the canvas, and lands where it is dropped', async ({ page }) => {
    for (const [i, item] of POOLS.entries()) {
      await d.dropFromPalette(item, { x: 200 + i * 330, y: 600 });
    }
    for (const [i, kind] of SERVER_KINDS.entries()) {
      const at = { x: 130 + (i % 4) * 220, y: 100 + Math.floor(i / 4) * 120 };
      await d.dropFromPalette(kind, at);
      const node = d.nodesOfKind(kind).first();
      await expect(node).toBeVisible();
      // The node appears centred where it was dropped.
      const c = await d.centerOf(node);
      const expected = await d.canvasPoint(at);
      expect(Math.abs(c.x - expected.x)).toBeLessThan(4);
      expect(Math.abs(c.y - expected.y)).toBeLessThan(4);
    }
    const plan = await d.plan();
    expect(plan.nodes.map((n) => n.kind).sort()).toEqual([...SERVER_KINDS].sort());
    expect(plan.pools.map((p) => p.configuration ?? p.edition).sort()).toEqual(['consolidated', 'expanded', 'standard']);
    await expect(page.locator('.react-flow__node [data-kind="pool"]')).toHaveCount(3);
  });

  test('a server dropped into a pool joins it; dragged out it leaves; into another pool it moves', async () => {
    await d.dropFromPalette('pool-consolidated', { x: 260, y: 200 });
    await d.dropFromPalette('pool-expanded', { x: 260, y: 560 });
    await d.dropFromPalette('front-end-server', { x: 260, y: 220 });
    let plan = await d.plan();
    const [poolA, poolB] = plan.pools;
    expect(plan.nodes[0].pool).toBe(poolA.id);

    const fe = d.node(plan.nodes[0].name);
    await d.drag(fe, await d.canvasPoint({ x: 700, y: 380 }));
    plan = await d.plan();
    expect(plan.nodes[0].pool).toBeUndefined();

    await d.drag(fe, await d.canvasPoint({ x: 260, y: 580 }));
    plan = await d.plan();
    expect(plan.nodes[0].pool).toBe(poolB.id);
  });

  test('moving a pool moves its members', async () => {
    await d.startFromTemplate('consolidated');
    const before = await d.plan();
    const title = d.node('pool01.contoso.com');
    const box = (await title.boundingBox())!;
    const grab = { x: box.x + box.width - 30, y: box.y + 12 };
    await d.drag(title, { x: grab.x + 120, y: grab.y + 48 }, grab);
    const after = await d.plan();
    const moved = (id: string) => {
      const a = before.nodes.find((n) => n.id === id)!.position;
      const b = after.nodes.find((n) => n.id === id)!.position;
      return { dx: b.x - a.x, dy: b.y - a.y };
    };
    const fe = moved('fe1');
    expect(fe.dx).not.toBe(0);
    for (const n of before.nodes.filter((x) => x.pool === 'p1')) expect(moved(n.id)).toEqual(fe);
    expect(moved('hlb1')).toEqual({ dx: 0, dy: 0 });
  });

  test('a pool is resized by its handles; its members stay put; it never ends smaller than them', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    const before = await d.plan();
    await d.node('pool01.contoso.com').click({ position: { x: 20, y: 12 } });
    const corner = page.locator('.react-flow__resize-control.handle.top.left');
    const c = await d.centerOf(corner);
    await d.drag(corner, { x: c.x - 80, y: c.y - 40 }, c);
    let after = await d.plan();
    expect(after.pools[0].position!.x).toBeLessThan(before.pools[0].position!.x - 40);
    expect(after.pools[0].size!.width).toBeGreaterThan(before.pools[0].size!.width + 40);
    expect(after.nodes).toEqual(before.nodes);
    // One resize, one undo step.
    await d.press('Control+z');
    expect((await d.plan()).pools).toEqual(before.pools);
    // Shrinking past the members: the pool still holds them.
    const br = page.locator('.react-flow__resize-control.handle.bottom.right');
    const b = await d.centerOf(br);
    await d.drag(br, { x: b.x - 400, y: b.y - 200 }, b);
    after = await d.plan();
    const pool = after.pools[0];
    for (const n of after.nodes.filter((x) => x.pool === pool.id)) {
      expect(n.position.x + 184).toBeLessThanOrEqual(pool.position!.x + pool.size!.width);
      expect(n.position.y + 64).toBeLessThanOrEqual(pool.position!.y + pool.size!.height);
    }
  });

  test('two nodes are linked by dragging between them; Delete removes the link', async ({ page }) => {
    await d.dropFromPalette('front-end-server', { x: 200, y: 200 });
    await d.dropFromPalette('back-end-sql', { x: 600, y: 300 });
    await d.connect('fe01.contoso.com', 'sql01.contoso.com');
    let plan = await d.plan();
    expect(plan.links).toHaveLength(1);
    expect(new Set([plan.links[0].from, plan.links[0].to])).toEqual(new Set(plan.nodes.map((n) => n.id)));
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    // The new link is selected: Delete removes it and leaves the nodes.
    await d.press('Delete');
    plan = await d.plan();
    expect(plan.links).toHaveLength(0);
    expect(plan.nodes).toHaveLength(2);
  });

  test('links run from border to border of their servers, routed orthogonally, and follow a server as it is dragged', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    const expectLinksOnBorders = async () => {
      const plan = await d.plan();
      // Once routed (the router runs in a worker), every link is drawn along its route.
      await expect(page.locator('.react-flow__edge .link-gap[data-routed="true"]')).toHaveCount(plan.links.length);
      const byId = new Map(plan.nodes.map((n) => [n.id, n]));
      for (const link of plan.links) {
        const path = await page.locator(`[data-testid="rf__edge-${link.id}"] path.react-flow__edge-path`).getAttribute('d');
        const numbers = (path ?? '').match(/-?[\d.]+(?:e-?\d+)?/g)!.map(Number);
        const points = numbers.flatMap((v, i) => (i % 2 === 0 ? [[v, numbers[i + 1]] as const] : []));
        const [[ax, ay], [bx, by]] = [points[0], points[points.length - 1]];
        for (const [end, x, y] of [
          [byId.get(link.from)!, ax, ay],
          [byId.get(link.to)!, bx, by],
        ] as const) {
          const { x: left, y: top } = end.position;
          // On the box's outline: within it, and on its left/right or top/bottom edge.
          expect(x).toBeGreaterThanOrEqual(left - 0.5);
          expect(x).toBeLessThanOrEqual(left + 184 + 0.5);
          expect(y).toBeGreaterThanOrEqual(top - 0.5);
          expect(y).toBeLessThanOrEqual(top + 64 + 0.5);
          const onSide = Math.min(Math.abs(x - left), Math.abs(x - left - 184)) < 0.5;
          const onTopOrBottom = Math.min(Math.abs(y - top), Math.abs(y - top - 64)) < 0.5;
          expect(onSide || onTopOrBottom, `${link.id} ends on the outline of ${end.name}`).toBe(true);
        }
        // And it runs orthogonally: every segment horizontal or vertical.
        for (let i = 1; i < points.length; i++) {
          expect(
            Math.min(Math.abs(points[i][0] - points[i - 1][0]), Math.abs(points[i][1] - points[i - 1][1])),
            `${link.id} segment ${i}`,
          ).toBeLessThan(0.01);
        }
      }
    };
    await expectLinksOnBorders();
    const fe = d.node('fe01.contoso.com');
    const from = await d.centerOf(fe);
    await d.drag(fe, { x: from.x - 90, y: from.y + 130 });
    await expectLinksOnBorders();
  });

  test('deleting a node deletes its links; deleting a pool asks about its members', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await d.selectNode('hlb01.contoso.com');
    await d.press('Delete');
    let plan = await d.plan();
    expect(plan.nodes.some((n) => n.kind === 'hardware-load-balancer')).toBe(false);
    expect(plan.links).toHaveLength(4);

    await d.node('pool01.contoso.com').click({ position: { x: 20, y: 12 } });
    await d.press('Delete');
    await expect(page.getByTestId('delete-pool-dialog')).toBeVisible();
    await page.getByTestId('delete-pool-keep-members').click();
    plan = await d.plan();
    expect(plan.pools).toHaveLength(0);
    expect(plan.nodes).toHaveLength(5);
    expect(plan.nodes.every((n) => n.pool === undefined)).toBe(true);

    await d.press('Control+z');
    await d.node('pool01.contoso.com').click({ position: { x: 20, y: 12 } });
    await d.press('Delete');
    await page.getByTestId('delete-pool-with-members').click();
    plan = await d.plan();
    expect(plan.pools).toHaveLength(0);
    expect(plan.nodes).toHaveLength(0);
  });

  test('undo and redo: a drag is one step; Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    await d.dropFromPalette('front-end-server', { x: 200, y: 200 });
    const added = await d.plan();
    const fe = d.node('fe01.contoso.com');
    await d.drag(fe, await d.canvasPoint({ x: 500, y: 400 }));
    const moved = await d.plan();
    expect(moved.nodes[0].position).not.toEqual(added.nodes[0].position);
    await d.press('Control+z');
    expect((await d.plan()).nodes[0].position).toEqual(added.nodes[0].position);
    await d.press('Control+z');
    expect((await d.plan()).nodes).toHaveLength(0);
    await d.press('Control+Shift+z');
    expect((await d.plan()).nodes).toHaveLength(1);
    await d.press('Control+y');
    expect((await d.plan()).nodes[0].position).toEqual(moved.nodes[0].position);
  });

  test('selection changes do not enter history and do not clear redo', async () => {
    await d.dropFromPalette('front-end-server', { x: 200, y: 200 });
    await d.dropFromPalette('back-end-sql', { x: 500, y: 200 });
    await d.press('Control+z');
    await d.selectNode('fe01.contoso.com');
    await d.pane.click({ position: { x: 700, y: 600 } });
    await d.press('Control+y');
    expect((await d.plan()).nodes).toHaveLength(2);
  });

  test('multi-select, copy, paste and duplicate give new names that do not collide', async () => {
    await d.startFromTemplate('consolidated');
    await d.selectNode('fe01.contoso.com');
    await d.selectNode('fe02.contoso.com', { shift: true });
    await d.press('Control+c');
    await d.press('Control+v');
    let plan = await d.plan();
    expect(
      plan.nodes
        .filter((n) => n.kind === 'front-end-server')
        .map((n) => n.name)
        .sort(),
    ).toEqual(['fe01', 'fe02', 'fe03', 'fe04', 'fe05', 'fe06'].map((h) => `${h}.contoso.com`));
    await d.press('Control+d');
    plan = await d.plan();
    expect(plan.nodes.filter((n) => n.kind === 'front-end-server')).toHaveLength(8);
    const names = plan.nodes.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    // Select all and delete: every pool and member goes, with no question (the members are selected too).
    await d.press('Control+a');
    await d.press('Delete');
    const empty = await d.plan();
    expect(empty.nodes).toHaveLength(0);
    expect(empty.pools).toHaveLength(0);
  });

  test('keyboard: focus a palette item and press Enter; with a pool selected it goes into the pool', async ({ page }) => {
    await d.paletteItem('pool-consolidated').focus();
    await page.keyboard.press('Enter');
    let plan = await d.plan();
    expect(plan.pools).toHaveLength(1);
    // The new pool is selected: the next server goes into it.
    await d.paletteItem('front-end-server').focus();
    await page.keyboard.press('Enter');
    plan = await d.plan();
    expect(plan.nodes).toHaveLength(1);
    expect(plan.nodes[0].pool).toBe(plan.pools[0].id);
    await expect(d.nodesOfKind('front-end-server')).toBeVisible();
    // Select the pool again: the next server also goes into it, beside the first, not on top of it.
    await d.node(plan.pools[0].name).click({ position: { x: 20, y: 12 } });
    await d.paletteItem('back-end-sql').focus();
    await page.keyboard.press('Enter');
    plan = await d.plan();
    expect(plan.nodes).toHaveLength(2);
    expect(plan.nodes.every((n) => n.pool === plan.pools[0].id)).toBe(true);
    expect(plan.nodes[1].position).not.toEqual(plan.nodes[0].position);
    // With nothing selected, a keyboard add goes to the centre of the view, outside any pool there.
    await d.press('Escape');
    await d.paletteItem('hardware-load-balancer').focus();
    await page.keyboard.press('Enter');
    plan = await d.plan();
    expect(plan.nodes).toHaveLength(3);
    expect(plan.nodes[2].pool).toBeUndefined();
  });

  test('the inspector edits names, pool settings and plan settings, undoably', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await d.selectNode('sql01.contoso.com');
    const name = page.getByTestId('inspector-name');
    await name.fill('sqlcluster.contoso.com');
    await name.press('Enter');
    await page.getByTestId('inspector-sql-version').selectOption('2000-sp4');
    let plan = await d.plan();
    const sql = plan.nodes.find((n) => n.kind === 'back-end-sql')!;
    expect(sql.name).toBe('sqlcluster.contoso.com');
    expect((sql as { sqlVersion?: string }).sqlVersion).toBe('2000-sp4');
    await d.press('Control+z');
    await d.press('Control+z');
    plan = await d.plan();
    expect(plan.nodes.find((n) => n.kind === 'back-end-sql')!.name).toBe('sql01.contoso.com');

    await d.pane.click({ position: { x: 40, y: 40 } });
    await page.getByTestId('inspector-ocs-version').selectOption('2007-r2');
    expect((await d.plan()).ocsVersion).toBe('2007-r2');
  });

  test('tidy layout untangles a pile of servers in one undoable step', async ({ page }) => {
    await d.startFromTemplate('expanded');
    const tidy = await d.plan();
    await d.loadPlan({ ...tidy, nodes: tidy.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) });
    const piled = await d.plan();
    await page.getByTestId('auto-layout').click();
    await expect
      .poll(
        async () =>
          (await d.plan()).nodes.map((n) => `${n.position.x},${n.position.y}`).length > 0 &&
          new Set((await d.plan()).nodes.map((n) => `${n.position.x},${n.position.y}`)).size,
      )
      .toBe(tidy.nodes.length);
    const after = await d.plan();
    expect(after.nodes.map((n) => n.pool)).toEqual(piled.nodes.map((n) => n.pool));
    await d.press('Control+z');
    expect(await d.plan()).toEqual(piled);
  });

  test('a reload loses nothing', async ({ page }) => {
    await d.startFromTemplate('expanded');
    await d.dropFromPalette('back-end-sql', { x: 100, y: 100 });
    const before = await d.plan();
    await page.reload();
    await page.waitForFunction(() => typeof window.topologyDesigner?.getPlan === 'function');
    expect(await d.plan()).toEqual(before);
    await expect(d.node('sql02.contoso.com')).toBeVisible();
  });

  for (const template of ['standard', 'consolidated', 'expanded'] as const) {
    test(`start from the ${template} template: a plan with no errors`, async ({ page }) => {
      await d.startFromTemplate(template);
      const plan = await d.plan();
      expect(plan.nodes.length).toBeGreaterThan(0);
      await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
      await expect(d.findings.locator('[data-severity="error"]')).toHaveCount(0);
      for (const n of plan.nodes) await expect(d.node(n.name)).toBeVisible();
    });
  }

  test('the plans list: new from a template, open, rename, duplicate, delete', async ({ page }) => {
    await d.startFromTemplate('standard');
    await page.getByTestId('open-plans').click();
    await page.getByTestId('new-plan-expanded').click();
    expect((await d.plan()).name).toBe('Enterprise expanded');
    await page.getByTestId('open-plans').click();
    const entries = page.getByTestId('plans-entry');
    await expect(entries).toHaveCount(2);
    await entries.filter({ hasText: 'Standard Edition' }).getByRole('button', { name: 'Open' }).click();
    expect((await d.plan()).name).toBe('Standard Edition');
    await page.getByTestId('open-plans').click();
    await entries.filter({ hasText: 'Enterprise expanded' }).getByRole('button', { name: 'Duplicate' }).click();
    await expect(entries).toHaveCount(3);
    await entries.filter({ hasText: 'Enterprise expanded (copy)' }).getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('Phase 2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(entries.filter({ hasText: 'Phase 2' })).toHaveCount(1);
    await entries.filter({ hasText: 'Phase 2' }).getByRole('button', { name: 'Delete' }).click();
    await entries.filter({ hasText: 'Phase 2' }).getByRole('button', { name: 'Really delete' }).click();
    await expect(entries).toHaveCount(2);
  });

  test('loadPlan replaces the plan as one undoable step; bad input throws and changes nothing', async ({ page }) => {
    await d.startFromTemplate('standard');
    const before = await d.plan();
    const error = await page.evaluate(() => {
      try {
        window.topologyDesigner.loadPlan({
          format: 'ocs-topology-plan',
          version: 1,
          name: 'x',
          ocsVersion: '2007',
          pools: [],
          nodes: [{ id: 'a', kind: 'router' }],
          links: [],
        });
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(error).toMatch(/nodes\[0\]/);
    expect(await d.plan()).toEqual(before);
    const other = { ...before, name: 'Loaded', nodes: before.nodes.map((n) => ({ ...n, name: 'se99.contoso.com' })) };
    await d.loadPlan(other);
    expect((await d.plan()).name).toBe('Loaded');
    await d.press('Control+z');
    expect(await d.plan()).toEqual(before);
  });
});
