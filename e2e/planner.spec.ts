/**
 * Issue 15: a new user answers the planner's form for a 60,000-user, two-site OCS 2007 R2 organisation with external
 * access and Enterprise Voice, and gets a plan that checks clean, reads well as a picture and explains each server;
 * then comes back to the form to regenerate it.
 */
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('a 60,000-user two-site R2 organisation with external access and voice: a clean plan, each server explained', async ({ page }) => {
  const d = new Designer(page);
  await d.goto();
  await page.getByTestId('welcome-planner').click();
  const form = page.getByTestId('planner-form');
  await expect(form).toBeVisible();
  // Sensible defaults: R2, one site, 10% external users.
  await expect(form.locator('[name="ocsVersion"]')).toHaveValue('2007-r2');
  await expect(form.locator('[name="externalPercent"]')).toHaveValue('10');
  await form.locator('[name="sites.0.name"]').fill('HQ');
  await form.locator('[name="sites.0.users"]').fill('50000');
  await page.getByTestId('planner-add-site').click();
  await form.locator('[name="sites.1.name"]').fill('Oslo');
  await form.locator('[name="sites.1.users"]').fill('10000');
  await form.locator('[name="features"][value="external"]').check();
  await form.locator('[name="features"][value="voice"]').check();
  await expect(page.getByTestId('planner-summary')).toContainText('60,000 users, about 6,000 connecting from outside');
  await page.getByTestId('planner-generate').click();
  await expect(form).toHaveCount(0);

  // The plan: no error or warning in the findings list; both sites, their pools, the Edge, the voice servers.
  await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('count-warning')).toHaveAttribute('data-count', '0');
  await expect(
    d.findings.locator('[data-testid="finding"][data-severity="error"], [data-testid="finding"][data-severity="warning"]'),
  ).toHaveCount(0);
  const plan = await d.plan();
  expect(plan.ocsVersion).toBe('2007-r2');
  expect((plan as { requirements?: unknown }).requirements).toMatchObject({
    sites: [
      { name: 'HQ', users: 50000 },
      { name: 'Oslo', users: 10000 },
    ],
  });
  const kinds = new Set(plan.nodes.map((n) => n.kind));
  for (const k of ['front-end-server', 'back-end-sql', 'edge-server', 'reverse-proxy', 'mediation-server', 'media-gateway', 'pstn'])
    expect(kinds.has(k as never), k).toBe(true);
  await expect(d.nodesOfKind('edge-server')).toHaveCount(2);

  // Each server explains itself in the inspector.
  // The whole plan is in view, small: click each server in its middle.
  await d.node('hq-fe01.contoso.com').click();
  await expect(page.getByTestId('inspector-why')).toContainText('12,500 users per Front End, a derivation');
  await d.node('edge01.contoso.com').click();
  await expect(page.getByTestId('inspector-why')).toContainText('6,000 external users');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('plan-requirements')).toContainText('60,000 users in 2 sites');
  await page.getByTestId('zoom-fit').click();
  await page.screenshot({ path: test.info().outputPath('planner-60000-r2.png') });
});

test('back to the requirements: regenerate as a new plan, or replace the open one after a confirm (one undo step)', async ({ page }) => {
  const d = new Designer(page);
  await d.goto();
  await page.getByTestId('open-plans').click();
  await page.getByTestId('new-plan-requirements').click();
  const form = page.getByTestId('planner-form');
  await form.locator('[name="sites.0.users"]').fill('not a number');
  await page.getByTestId('planner-generate').click();
  // Bad input: a clear message, and the form keeps what was typed.
  await expect(page.getByTestId('planner-problems')).toContainText('Users of site 1');
  await expect(form.locator('[name="sites.0.users"]')).toHaveValue('not a number');
  await form.locator('[name="sites.0.users"]').fill('2000');
  await form.locator('[name="name"]').fill('Branch office');
  await page.getByTestId('planner-generate').click();
  await expect.poll(async () => (await d.plan()).name).toBe('Branch office');
  const userPools = async () =>
    (await d.plan()).pools.filter((p) => (p as { purpose?: string }).purpose !== 'director').map((p) => p.edition);
  expect(await userPools()).toEqual(['standard']);

  // With nothing selected, the inspector offers the way back to the form, filled from the plan.
  await page.getByTestId('edit-requirements').click();
  await expect(form.locator('[name="sites.0.users"]')).toHaveValue('2000');
  await form.locator('[name="sites.0.users"]').fill('9000');
  await page.getByTestId('planner-replace').click();
  await expect(page.getByTestId('planner-replace-warning')).toBeVisible();
  await page.getByTestId('planner-replace').click();
  await expect(form).toHaveCount(0);
  await expect.poll(userPools).toEqual(['enterprise']);
  // Replaced in place: still one plan of that name, and undo brings the Standard Edition plan back.
  await page.keyboard.press('Control+z');
  await expect.poll(userPools).toEqual(['standard']);

  // Regenerate as a new plan: the open one stays in Plans.
  await page.getByTestId('edit-requirements').click();
  await form.locator('[name="sites.0.users"]').fill('12000');
  await page.getByTestId('planner-generate').click();
  await expect.poll(async () => (await d.plan()).name).toBe('Branch office (2)');
  const entries = await d.planEntries();
  await expect(entries.filter({ hasText: 'Branch office' })).toHaveCount(2);
});
