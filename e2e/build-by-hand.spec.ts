/**
 * Issue 9: "R2 remote access" built by hand from the palette, as a new user following the README would:
 * a consolidated pool, a Director, an Edge Server and a reverse proxy dropped from the palette, each finding
 * read and its fix applied, until the plan is clean, in the app and for `ocs-topology check` alike.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('R2 remote access, built by hand from the palette: every error has a fix that works, and the plan ends clean', async ({ page }) => {
  test.slow();
  const d = new Designer(page);
  await d.goto();
  await page.getByTestId('inspector-ocs-version').selectOption('2007-r2');
  const errors = page.getByTestId('count-error');

  // The user pool: a consolidated pool with two Front Ends.
  await d.dropFromPalette('pool-consolidated', { x: 700, y: 420 });
  await expect(d.nodesOfKind('pool')).toHaveCount(1);
  const pool = (await d.nodesOfKind('pool').boundingBox())!;
  const canvas = (await d.canvas.boundingBox())!;
  const inPool = (fx: number, fy: number) => ({ x: pool.x - canvas.x + pool.width * fx, y: pool.y - canvas.y + pool.height * fy });
  await d.dropFromPalette('front-end-server', inPool(0.3, 0.5));
  await d.dropFromPalette('front-end-server', inPool(0.7, 0.5));
  await expect(d.nodesOfKind('front-end-server')).toHaveCount(2);

  // A Director, and the perimeter: an Edge Server and a reverse proxy (they go to the perimeter network).
  await d.dropFromPalette('pool-director-standard', { x: 700, y: 120 });
  await d.dropFromPalette('edge-server', { x: 200, y: 160 });
  await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
  const plan = await d.plan();
  expect(plan.nodes.find((n) => n.kind === 'edge-server')).toMatchObject({ zone: 'perimeter' });
  await expect(errors).not.toHaveAttribute('data-count', '0');

  // Every error finding names its rule and offers a fix; apply them one by one until none is left.
  const seen = new Set<string>();
  for (let step = 0; step < 20 && (await errors.getAttribute('data-count')) !== '0'; step++) {
    const finding = d.findings.locator('[data-testid="finding"][data-severity="error"]').first();
    const rule = (await finding.getAttribute('data-rule'))!;
    seen.add(rule);
    const before = Number(await errors.getAttribute('data-count'));
    await expect(finding.getByTestId('finding-fix').first(), `${rule} offers a fix`).toBeVisible();
    await finding.getByTestId('finding-fix').first().click();
    await expect
      .poll(async () => Number(await errors.getAttribute('data-count')), `the fix for ${rule} removes an error`)
      .toBeLessThan(before);
  }
  await expect(errors).toHaveAttribute('data-count', '0');
  // The fixes met the Director's server, the Edge Server's next hop and its reverse proxy among others.
  expect([...seen]).toEqual(expect.arrayContaining(['EDGE-NEEDS-REVERSE-PROXY', 'EDGE-INTERNAL-HOP']));
  const done = await d.plan();
  for (const kind of ['edge-server', 'reverse-proxy', 'front-end-server', 'back-end-sql', 'hardware-load-balancer']) {
    expect(
      done.nodes.some((n) => n.kind === kind),
      kind,
    ).toBe(true);
  }
  expect(done.pools).toContainEqual(expect.objectContaining({ purpose: 'director' }));
  const run = spawnSync('node', ['bin/ocs-topology.mjs', 'check', '-', '--json'], { input: JSON.stringify(done), encoding: 'utf8' });
  expect(run.status).toBe(0);
  await page.screenshot({ path: test.info().outputPath('built-by-hand.png') });
});
