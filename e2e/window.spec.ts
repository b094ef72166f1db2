/**
 * Defect 10, window sizes: at 1366 × 768 nothing in the toolbar wraps or overflows, and with both
 * side panels collapsed the canvas has at least 90% of the width; the panels stay as left.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

test.use({ viewport: { width: 1366, height: 768 } });

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  height: number;
  lineHeight: number;
}

/** Every visible child of the toolbar, with its box and the line height of its text. */
async function toolbarChildren(page: Page): Promise<{ bar: Box; children: Box[]; scrollWidth: number; clientWidth: number }> {
  return page.getByTestId('toolbar').evaluate((bar) => {
    const boxOf = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5;
      return {
        what: (el.getAttribute('data-testid') ?? el.textContent ?? el.tagName).slice(0, 40),
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
        height: r.height,
        lineHeight: lh,
      };
    };
    const children = [...bar.children].filter((c) => c.getBoundingClientRect().width > 0 && getComputedStyle(c).display !== 'none');
    // The text inside the title and the counts, one line each.
    const inner = [...bar.querySelectorAll('[data-testid^="count-"], [data-testid="plan-name"], span')].filter(
      (c) => c.getBoundingClientRect().width > 0 && (c.textContent ?? '').trim() !== '',
    );
    return { bar: boxOf(bar), children: [...children, ...inner].map(boxOf), scrollWidth: bar.scrollWidth, clientWidth: bar.clientWidth };
  });
}

/** Twelve pools, each broken in several ways: dozens of errors, warnings and info findings. */
function brokenPlan() {
  const pools = [];
  const nodes = [];
  for (let i = 0; i < 12; i++) {
    pools.push({
      id: `p${i}`,
      name: `pool${i}.contoso.com`,
      edition: 'enterprise',
      configuration: i % 2 ? 'expanded' : 'consolidated',
      users: 200000,
    });
    nodes.push({
      id: `fe${i}`,
      kind: 'front-end-server',
      name: `fe${i}.contoso.com`,
      pool: `p${i}`,
      position: { x: i * 300, y: 0 },
      is64bit: false,
    });
    nodes.push({
      id: `se${i}`,
      kind: 'standard-edition-server',
      name: `se${i}.contoso.com`,
      position: { x: i * 300, y: 400 },
      is64bit: false,
    });
  }
  return {
    format: 'ocs-topology-plan',
    version: 1,
    name: 'Contoso headquarters and branch offices, phase 2',
    ocsVersion: '2007-r2',
    pools,
    nodes,
    links: [],
  };
}

test.describe('at 1366 × 768', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('expanded');
    await expect(d.nodeById('fe1')).toBeVisible();
  });

  test('the toolbar keeps every item on one line, inside the window', async ({ page }) => {
    // The widest toolbar: a long plan name and two-digit counts of every severity.
    await d.loadPlan(brokenPlan());
    for (const sev of ['error', 'warning', 'info']) await expect(page.getByTestId(`count-${sev}`)).toHaveAttribute('data-count', /^\d\d$/);
    const { bar, children, scrollWidth, clientWidth } = await toolbarChildren(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const c of children) {
      expect(c.right, `${c.what} ends inside the window`).toBeLessThanOrEqual(1366);
      expect(c.left, `${c.what} starts inside the toolbar`).toBeGreaterThanOrEqual(bar.left);
      expect(c.top, `${c.what} is inside the toolbar`).toBeGreaterThanOrEqual(bar.top);
      expect(c.bottom, `${c.what} is inside the toolbar`).toBeLessThanOrEqual(bar.bottom);
      // One line: no taller than one line of its text plus its padding (a wrapped label doubles it).
      expect(c.height, `${c.what} is one line`).toBeLessThan(c.lineHeight * 2);
    }
    const title = children.find((c) => c.what.startsWith('OCS Topology Designer'))!;
    expect(title.height).toBeLessThan(title.lineHeight * 1.5);
    for (const id of ['count-error', 'count-warning', 'count-info', 'share-link', 'plan-name']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(1366);
      expect(box.height, id).toBeLessThan(32);
    }
    await page.screenshot({ path: test.info().outputPath('toolbar-1366.png') });
    // The plan's name still shows.
    expect((await page.getByTestId('plan-name').boundingBox())!.width).toBeGreaterThan(100);
  });

  test('both side panels collapse from the toolbar; the canvas then has 90% of the width; a reload keeps them collapsed', async ({
    page,
  }) => {
    const before = (await d.canvas.boundingBox())!;
    expect(before.width).toBeLessThan(0.9 * 1366);
    await page.getByTestId('toggle-palette').click();
    await expect(page.getByTestId('palette')).toHaveCount(0);
    await expect(page.getByTestId('toggle-palette')).toHaveAttribute('aria-pressed', 'false');
    await page.getByTestId('toggle-details').click();
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
    await expect.poll(async () => (await d.canvas.boundingBox())!.width).toBeGreaterThanOrEqual(0.9 * 1366);

    await d.reload();
    await expect(page.getByTestId('palette')).toHaveCount(0);
    await expect(page.getByTestId('details-panel')).toHaveCount(0);
    expect((await d.canvas.boundingBox())!.width).toBeGreaterThanOrEqual(0.9 * 1366);

    // The commands' shortcuts bring them back.
    await d.pane.click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('Alt+1');
    await expect(page.getByTestId('palette')).toBeVisible();
    await page.keyboard.press('Alt+2');
    await expect(page.getByTestId('details-panel')).toBeVisible();
    await d.reload();
    await expect(page.getByTestId('palette')).toBeVisible();
    await expect(page.getByTestId('details-panel')).toBeVisible();
  });
});
