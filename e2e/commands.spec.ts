/**
 * The command table as a user meets it: right-click menus, the shortcuts help, rename in place,
 * align and distribute, arrow-key nudges and find.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

const menu = (page: Page) => page.getByTestId('context-menu');
const menuIds = (page: Page) =>
  menu(page)
    .locator('[data-command]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-command')));

test.describe('commands', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('expanded');
    await expect(d.nodeById('fe1')).toBeVisible();
  });

  test('a right-click on a server offers its commands; arrows and Enter run one; Escape and a click outside close', async ({ page }) => {
    await d.nodeById('fe1').click({ button: 'right', position: { x: 60, y: 20 } });
    await expect(menu(page)).toBeVisible();
    expect(await menuIds(page)).toEqual(expect.arrayContaining(['rename', 'copy', 'duplicate', 'delete']));
    // The right-click selected the server.
    await expect(d.inspector.getByTestId('inspector-name')).toHaveValue('fe01.contoso.com');
    await page.keyboard.press('Escape');
    await expect(menu(page)).toHaveCount(0);
    // Escape closed only the menu: the selection stays.
    await expect(d.inspector.getByTestId('inspector-name')).toHaveValue('fe01.contoso.com');

    await d.nodeById('fe1').click({ button: 'right', position: { x: 60, y: 20 } });
    await expect(menu(page)).toBeVisible();
    await page.mouse.click(5, 300); // the palette, outside the menu
    await expect(menu(page)).toHaveCount(0);

    // Keyboard: the first item has the focus; ArrowDown three times reaches Delete; Enter runs it.
    await d.nodeById('fe1').click({ button: 'right', position: { x: 60, y: 20 } });
    await expect(menu(page).locator('[data-command="rename"]')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(menu(page).locator('[data-command="delete"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu(page)).toHaveCount(0);
    await expect(d.nodeById('fe1')).toHaveCount(0);
    expect((await d.plan()).nodes.some((n) => n.id === 'fe1')).toBe(false);
    await d.press('Control+z');
    await expect(d.nodeById('fe1')).toBeVisible();
  });

  test('pools, links and the empty canvas each offer the commands that apply there', async ({ page }) => {
    const pool = await d.nodeById('p1').boundingBox();
    await page.mouse.click(pool!.x + pool!.width - 30, pool!.y + 12, { button: 'right' });
    await expect(menu(page)).toHaveAttribute('data-context', 'pool');
    expect(await menuIds(page)).toEqual(expect.arrayContaining(['rename', 'delete']));
    await page.keyboard.press('Escape');

    const link = page.locator('.react-flow__edge').first();
    const linkId = await link.getAttribute('data-id');
    await link.locator('path').last().dispatchEvent('contextmenu', { button: 2 });
    await expect(menu(page)).toHaveAttribute('data-context', 'link');
    expect(await menuIds(page)).toEqual(['delete']);
    await menu(page).locator('[data-command="delete"]').click();
    expect((await d.plan()).links.some((l) => l.id === linkId)).toBe(false);

    const canvas = (await d.canvas.boundingBox())!;
    await page.mouse.click(canvas.x + 40, canvas.y + 40, { button: 'right' });
    await expect(menu(page)).toHaveAttribute('data-context', 'canvas');
    expect(await menuIds(page)).toEqual(expect.arrayContaining(['paste', 'select-all', 'tidy-layout', 'zoom-fit', 'find', 'help']));
    expect(await menuIds(page)).not.toContain('rename');
    await menu(page).locator('[data-command="select-all"]').click();
    await expect(d.inspector).toContainText('items selected');
  });

  test('the menu stays inside the window when opened near its corner', async ({ page }) => {
    const viewport = page.viewportSize()!;
    const canvas = (await d.canvas.boundingBox())!;
    // Near the bottom-right corner of the canvas (left of the minimap's column).
    await page.mouse.click(canvas.x + canvas.width - 260, canvas.y + canvas.height - 6, { button: 'right' });
    const box = (await menu(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  });

  test('? and the toolbar open the shortcuts help, which lists the commands with their keys', async ({ page }) => {
    await d.pane.click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('?');
    const help = page.getByTestId('shortcuts-dialog');
    await expect(help).toBeVisible();
    await expect(help.locator('[data-command="undo"]')).toContainText('Ctrl+Z');
    await expect(help.locator('[data-command="rename"]')).toContainText('F2');
    await expect(help.locator('[data-command="find"]')).toContainText('Ctrl+F');
    await expect(help.locator('[data-command="align-left"]')).toContainText('Alt+Shift+L');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await page.getByTestId('open-help').click();
    await expect(help).toBeVisible();
    // The toolbar's tooltips show the same shortcuts.
    await d.closeDialog();
    await expect(page.getByTestId('undo')).toHaveAttribute('title', /Ctrl\+Z/);
  });

  test('double-click a server name to rename it in place: Enter commits as one undo step, Escape cancels', async ({ page }) => {
    await d.nodeById('fe1').getByTestId('server-name').dblclick();
    const input = page.getByTestId('rename-input');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('fe01.contoso.com');
    await input.fill('fe11.contoso.com');
    await input.press('Enter');
    await expect(input).toHaveCount(0);
    await expect(d.nodeById('fe1').getByTestId('server-name')).toHaveText('fe11.contoso.com');
    expect((await d.plan()).nodes.find((n) => n.id === 'fe1')!.name).toBe('fe11.contoso.com');
    await d.press('Control+z');
    expect((await d.plan()).nodes.find((n) => n.id === 'fe1')!.name).toBe('fe01.contoso.com');

    // Escape leaves the name as it was.
    await d.nodeById('fe2').getByTestId('server-name').dblclick();
    await input.fill('nothing.contoso.com');
    await input.press('Escape');
    await expect(input).toHaveCount(0);
    expect((await d.plan()).nodes.find((n) => n.id === 'fe2')!.name).toBe('fe02.contoso.com');

    // A pool's name, and F2 on the selection; leaving the field commits.
    await d.nodeById('p1').getByTestId('pool-name').dblclick();
    await input.fill('pool-east.contoso.com');
    await d.pane.click({ position: { x: 20, y: 20 } });
    expect((await d.plan()).pools[0].name).toBe('pool-east.contoso.com');
    await d.selectNode('fe03.contoso.com');
    await page.keyboard.press('F2');
    await expect(input).toHaveValue('fe03.contoso.com');
    await input.fill('fe33.contoso.com');
    await input.press('Enter');
    expect((await d.plan()).nodes.find((n) => n.id === 'fe3')!.name).toBe('fe33.contoso.com');
  });

  test('align and distribute a multi-selection from the menu and the keyboard; members stay in their pool', async ({ page }) => {
    // Stagger three servers first, by nudging them with the arrow keys.
    await d.selectNode('fe02.contoso.com');
    await page.keyboard.press('Shift+ArrowDown');
    await d.selectNode('web01.contoso.com');
    await page.keyboard.press('Shift+ArrowUp');
    const before = await d.plan();
    const y = (p: typeof before, id: string) => p.nodes.find((n) => n.id === id)!.position.y;
    expect(y(before, 'fe2')).toBe(y(before, 'fe1') + 64);

    await d.selectNode('fe01.contoso.com');
    await d.selectNode('fe02.contoso.com', { shift: true });
    await d.selectNode('web01.contoso.com', { shift: true });
    await d.nodeById('fe2').click({ button: 'right', position: { x: 60, y: 20 } });
    expect(await menuIds(page)).toEqual(
      expect.arrayContaining(['align-left', 'align-top', 'distribute-horizontal', 'distribute-vertical']),
    );
    await menu(page).locator('[data-command="align-left"]').click();
    let plan = await d.plan();
    const x = (p: typeof plan, id: string) => p.nodes.find((n) => n.id === id)!.position.x;
    expect(new Set(['fe1', 'fe2', 'web1'].map((id) => x(plan, id))).size).toBe(1);
    expect(plan.nodes.filter((n) => ['fe1', 'fe2', 'web1'].includes(n.id)).every((n) => n.pool === 'p1')).toBe(true);

    // Distribute vertically from the keyboard: equal gaps between the three.
    await page.keyboard.press('Alt+Shift+V');
    plan = await d.plan();
    const ys = ['fe1', 'fe2', 'web1'].map((id) => y(plan, id)).sort((a, b) => a - b);
    expect(ys[1] - ys[0]).toBeCloseTo(ys[2] - ys[1], 5);

    // Each arrangement is one undo step.
    await d.press('Control+z');
    await d.press('Control+z');
    plan = await d.plan();
    expect(['fe1', 'fe2', 'web1'].map((id) => plan.nodes.find((n) => n.id === id)!.position)).toEqual(
      ['fe1', 'fe2', 'web1'].map((id) => before.nodes.find((n) => n.id === id)!.position),
    );
    // The inspector of a multi-selection offers the same commands.
    await d.inspector.getByTestId('inspector-align-top').click();
    plan = await d.plan();
    expect(new Set(['fe1', 'fe2', 'web1'].map((id) => y(plan, id))).size).toBe(1);
  });

  test('arrow keys nudge the selection one grid step, Shift four; each press is one undo step', async ({ page }) => {
    await d.selectNode('hlb01.contoso.com');
    const at = (await d.plan()).nodes.find((n) => n.id === 'hlb1')!.position;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    let now = (await d.plan()).nodes.find((n) => n.id === 'hlb1')!.position;
    expect(now).toEqual({ x: at.x + 32, y: at.y + 64 });
    await d.press('Control+z');
    now = (await d.plan()).nodes.find((n) => n.id === 'hlb1')!.position;
    expect(now).toEqual({ x: at.x + 32, y: at.y });
    // A pool moves with its members.
    const pool = await d.nodeById('p1').boundingBox();
    await page.mouse.click(pool!.x + pool!.width - 30, pool!.y + 12);
    const fe1 = (await d.plan()).nodes.find((n) => n.id === 'fe1')!.position;
    await page.keyboard.press('ArrowLeft');
    expect((await d.plan()).nodes.find((n) => n.id === 'fe1')!.position).toEqual({ x: fe1.x - 16, y: fe1.y });
  });

  test('Ctrl+F finds servers by name; Enter and arrows go through the matches, each selected and framed', async ({ page }) => {
    await d.pane.click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('Control+f');
    const find = page.getByTestId('find');
    await expect(find).toBeFocused();
    await find.fill('FE0');
    await expect(page.getByTestId('find-count')).toHaveText('1 of 4');
    await expect(d.inspector.getByTestId('inspector-name')).toHaveValue('fe01.contoso.com');
    await find.press('Enter');
    await expect(page.getByTestId('find-count')).toHaveText('2 of 4');
    await expect(d.inspector.getByTestId('inspector-name')).toHaveValue('fe02.contoso.com');
    await find.press('ArrowUp');
    await find.press('ArrowUp');
    await expect(page.getByTestId('find-count')).toHaveText('4 of 4');
    await expect(d.inspector.getByTestId('inspector-name')).toHaveValue('fe04.contoso.com');
    // Framed: the match is inside the visible canvas.
    const canvas = (await d.canvas.boundingBox())!;
    await expect
      .poll(async () => {
        const b = (await d.nodeById('fe4').boundingBox())!;
        return b.x >= canvas.x && b.x + b.width <= canvas.x + canvas.width && b.y >= canvas.y && b.y + b.height <= canvas.y + canvas.height;
      })
      .toBe(true);
    await find.fill('pool01');
    await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
    await expect(d.inspector.getByTestId('inspector-pool-name')).toHaveValue('pool01.contoso.com');
    await find.fill('nothing-like-this');
    await expect(page.getByTestId('find-count')).toHaveText('no match');
    await find.press('Escape');
    await expect(find).toHaveCount(0);
  });

  test('in a shared, read-only view the menus offer view commands only, and keys change nothing', async ({ page }) => {
    const url = await d.shareUrl();
    // Only the hash changes: the page stays, and the link's plan replaces the open one once its
    // worker has decoded it. Until then fe1 is the open plan's own, editable server.
    await page.goto(url);
    await expect(page.getByTestId('shared-banner')).toBeVisible();
    await expect(d.nodeById('fe1')).toBeVisible();
    const before = await d.plan();
    await d.nodeById('fe1').click({ button: 'right', position: { x: 60, y: 20 } });
    for (const id of ['rename', 'duplicate', 'delete']) await expect(menu(page).locator(`[data-command="${id}"]`)).toBeDisabled();
    await expect(menu(page).locator('[data-command="copy"]')).toBeEnabled();
    await expect(menu(page).locator('[data-command="zoom-fit"]')).toBeEnabled();
    await page.keyboard.press('Escape');
    await d.selectNode('fe01.contoso.com');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('F2');
    await d.nodeById('fe2').getByTestId('server-name').dblclick();
    await expect(page.getByTestId('rename-input')).toHaveCount(0);
    expect(await d.plan()).toEqual(before);
  });

  test('a menu opened before a shared link’s plan arrives closes when that plan replaces the open one', async ({ page }) => {
    const url = await d.shareUrl();
    // The link is decoded in a worker: its script is held back until the menu is open.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/decodeWorker*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url);
    await d.nodeById('fe1').click({ button: 'right', position: { x: 60, y: 20 } });
    await expect(menu(page).locator('[data-command="rename"]')).toBeEnabled();
    release();
    await expect(page.getByTestId('shared-banner')).toBeVisible();
    // The menu was the editable plan's: it does not stay open over the shared one.
    await expect(menu(page)).toHaveCount(0);
    await d.nodeById('fe1').click({ button: 'right', position: { x: 60, y: 20 } });
    await expect(menu(page).locator('[data-command="rename"]')).toBeDisabled();
    await expect(menu(page).locator('[data-command="copy"]')).toBeEnabled();
  });
});
