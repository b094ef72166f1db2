/**
 * Local plans as a user meets them: an import opens as a new plan next to the open one; new plans
 * and copies get names of their own; the Plans list says what each plan is; damaged or full storage
 * never hides a saved plan.
 */
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plans/${name}.json`, import.meta.url));
const PREFIX = 'ocs-topology-designer:';

let d: Designer;
test.beforeEach(async ({ page }) => {
  d = new Designer(page);
  await d.goto();
});

/** The Plans dialog's rows (opens it). */
async function planRows(page: Page) {
  await page.getByTestId('open-plans').click();
  await expect(page.getByTestId('plans-dialog')).toBeVisible();
  return page.getByTestId('plan-row');
}

async function rowNames(page: Page): Promise<string[]> {
  const rows = await planRows(page);
  const names = (await rows.getByTestId('plan-row-name').allTextContents()).sort();
  await d.closeDialog();
  return names;
}

/** Plan "A": the consolidated template, renamed, saved. */
async function planA(page: Page) {
  await d.startFromTemplate('consolidated');
  await page.getByTestId('plan-name').click();
  await d.waitSaved();
  const rows = await planRows(page);
  await rows.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Plan A');
  await page.getByLabel('New name').press('Enter');
  await d.closeDialog();
  await d.waitSaved();
  return d.plan();
}

test.describe('an import opens as a new plan', () => {
  for (const how of ['the Import button', 'a drop on the canvas'] as const) {
    test(`through ${how}: plan A stays as it was, in Plans and after a reload`, async ({ page }) => {
      const a = await planA(page);
      expect(a.name).toBe('Plan A');
      if (how === 'the Import button') await d.importFile(fixture('standard'));
      else await d.dropFile({ name: 'standard.json', mimeType: 'application/json', buffer: await readFile(fixture('standard')) });
      await expect(page.getByRole('status').filter({ hasText: 'as a new plan' })).toContainText('“Plan A” is unchanged');
      expect((await d.plan()).name).toBe('Standard Edition');
      await d.waitSaved();
      expect(await rowNames(page)).toEqual(['Plan A', 'Standard Edition']);

      await d.reload();
      expect((await d.plan()).name).toBe('Standard Edition');
      const rows = await planRows(page);
      await rows.filter({ hasText: 'Plan A' }).getByRole('button', { name: 'Open' }).click();
      expect(await d.plan()).toEqual(a);
    });
  }
});

test.describe('the Plans list', () => {
  test('new plans from one template get names of their own; each row shows OCS version, size and the full date', async ({ page }) => {
    for (let i = 0; i < 3; i++) {
      const rows = await planRows(page);
      await expect(rows.first()).toBeVisible();
      await page.getByTestId('new-plan-consolidated').click();
      await expect(page.getByTestId('plans-dialog')).toBeHidden();
      await d.waitSaved();
    }
    const names = await rowNames(page);
    expect(names.filter((n) => n.startsWith('Enterprise consolidated'))).toEqual([
      'Enterprise consolidated',
      'Enterprise consolidated (2)',
      'Enterprise consolidated (3)',
    ]);
    expect((await d.plan()).name).toBe('Enterprise consolidated (3)');

    const rows = await planRows(page);
    const facts = rows.filter({ hasText: 'Enterprise consolidated (2)' }).getByTestId('plan-row-facts');
    await expect(facts).toContainText('OCS 2007');
    await expect(facts).toContainText('6 servers');
    await expect(facts).toContainText('1 pool');
    const year = String(new Date().getFullYear());
    const month = new Date().toLocaleString('en-US', { month: 'long' });
    await expect(facts).toContainText(new RegExp(`${month} \\d{1,2}, ${year} at \\d{1,2}:\\d{2}`));
  });

  test('the welcome card’s template gets a name no other plan has', async ({ page }) => {
    await d.startFromTemplate('standard');
    await d.waitSaved();
    const rows = await planRows(page);
    await page.getByTestId('new-plan-empty').click();
    await expect(rows).toHaveCount(0);
    await d.startFromTemplate('standard');
    await d.waitSaved();
    expect(await rowNames(page)).toEqual(['Standard Edition', 'Standard Edition (2)']);
  });

  test('“Edit a copy” of a shared plan names it “… (copy)”', async ({ page, browser }) => {
    await planA(page);
    const url = await d.shareUrl();
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const them = new Designer(await context.newPage());
    await them.goto(url);
    await them.page.getByTestId('edit-copy').click();
    expect((await them.plan()).name).toBe('Plan A (copy)');
    await them.waitSaved();
    await them.reload();
    expect(await rowNamesOf(them)).toEqual(['Plan A (copy)']);
    await context.close();
  });
});

async function rowNamesOf(designer: Designer) {
  const previous = d;
  d = designer;
  try {
    return await rowNames(designer.page);
  } finally {
    d = previous;
  }
}

test.describe('damaged or full storage', () => {
  /** Two saved plans, "Plan A" and then "Standard Edition" (imported, current); returns the id of each. */
  async function twoPlans(page: Page) {
    await planA(page);
    await d.importFile(fixture('standard'));
    // The file is read off the page (in a worker): wait until it has opened, then until it is saved.
    await expect(page.getByRole('status').filter({ hasText: 'from standard.json' })).toBeVisible();
    await d.waitSaved();
    return page.evaluate((prefix) => {
      const index = JSON.parse(localStorage.getItem(`${prefix}index`)!) as { id: string; name: string }[];
      return Object.fromEntries(index.map((e) => [e.name, e.id]));
    }, PREFIX);
  }

  test('full storage: after a reload the saved plans are listed and open, with a warning that new changes cannot be saved', async ({
    page,
  }) => {
    await twoPlans(page);
    // Fill the storage to the last character: big chunks, then smaller ones.
    const full = await page.evaluate((prefix) => {
      let i = 0;
      for (const size of [256 * 1024, 4096, 64, 1]) {
        const chunk = 'x'.repeat(size);
        try {
          for (let n = 0; n < 1000; n++) localStorage.setItem(`${prefix}${i++}`, chunk);
        } catch {
          // Full at this size: go on with smaller chunks.
        }
      }
      try {
        localStorage.setItem(`${prefix}last`, 'x');
        return false;
      } catch {
        return true;
      }
    }, 'quota-test:');
    expect(full).toBe(true);
    await d.reload();
    expect((await d.plan()).name).toBe('Standard Edition');
    await expect(d.alert('new changes cannot be saved')).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
    expect(await rowNames(page)).toEqual(['Plan A', 'Standard Edition']);
    const rows = await planRows(page);
    await rows.filter({ hasText: 'Plan A' }).getByRole('button', { name: 'Open' }).click();
    expect((await d.plan()).name).toBe('Plan A');
    await expect(d.node('fe01.contoso.com')).toBeVisible();
    // An edit that makes the plan larger cannot be stored, and is not reported as saved. (Deleting servers would
    // make the record smaller, and a smaller record may well fit where the larger one stood.)
    const frontEnds = await d.nodesOfKind('front-end-server').count();
    await d.dropFromPalette('front-end-server', { x: 600, y: 420 });
    await expect(d.nodesOfKind('front-end-server')).toHaveCount(frontEnds + 1);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
    await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  });

  const DAMAGE: [string, (raw: string) => string, RegExp][] = [
    ['truncated', (raw) => raw.slice(0, 100), /cut off after 100 characters/],
    ['of a newer version', (raw) => raw.replace('"version":2', '"version":5'), /newer version of OCS Topology Designer \(plan version 5/],
    ['broken JSON', (raw) => raw.replace('"rev":', '"rev";'), /not valid JSON/],
    ['null', () => 'null', /null: it holds no plan/],
  ];
  for (const [what, damage, why] of DAMAGE) {
    test(`the current plan’s record ${what}: the start names it and why, keeps it, offers its text`, async ({ page }) => {
      const ids = await twoPlans(page);
      const damaged = await page.evaluate(
        ({ key, text }) => {
          localStorage.setItem(key, text);
          return localStorage.getItem(key);
        },
        {
          key: `${PREFIX}plan:${ids['Standard Edition']}`,
          text: damage(await page.evaluate((k) => localStorage.getItem(k)!, `${PREFIX}plan:${ids['Standard Edition']}`)),
        },
      );
      await d.reload();
      const alert = d.alert('“Standard Edition”');
      await expect(alert).toContainText('The plan open last time, “Standard Edition”, could not be read');
      await expect(alert).toContainText(why);
      await expect(alert).toContainText('kept as it was');
      expect((await d.plan()).name).toBe('Plan A');

      const rows = await planRows(page);
      const row = rows.filter({ hasText: 'Standard Edition' });
      await expect(row.getByTestId('plan-row-problem')).toContainText(why);
      const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('download-stored-text').click()]);
      expect(download.suggestedFilename()).toBe('standard-edition-stored.txt');
      const text = await readFile(await download.path(), 'utf8');
      expect(text).toBe(damaged);
      await row.getByRole('button', { name: 'Open' }).click();
      await expect(d.alert('“Standard Edition” could not be opened')).toContainText(why);
      await d.closeDialog();

      // Still there, as it was, after edits to the other plan and a reload.
      await d.dropFromPalette('front-end-server', { x: 600, y: 400 });
      await d.waitSaved();
      await d.reload();
      expect(await page.evaluate((k) => localStorage.getItem(k), `${PREFIX}plan:${ids['Standard Edition']}`)).toBe(damaged);
      await expect(d.alert('“Standard Edition”')).toContainText(why);
    });
  }

  test('a damaged plan index: every stored plan is listed again', async ({ page }) => {
    await twoPlans(page);
    await page.evaluate((prefix) => localStorage.setItem(`${prefix}index`, '[{"id":'), PREFIX);
    await d.reload();
    expect(await rowNames(page)).toEqual(['Plan A', 'Standard Edition']);
  });

  test('two tabs: a plan created in one appears in the other’s list, a plan deleted leaves it', async ({ page, context }) => {
    await twoPlans(page);
    const other = new Designer(await context.newPage());
    await other.goto();
    const rows = await planRows(other.page);
    await expect(rows).toHaveCount(2);
    await page.getByTestId('open-plans').click();
    await page.getByTestId('new-plan-expanded').click();
    await d.waitSaved();
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: 'Enterprise expanded' })).toBeVisible();
    await page.getByTestId('open-plans').click();
    const mine = page.getByTestId('plan-row').filter({ hasText: 'Plan A' });
    await mine.getByRole('button', { name: 'Delete' }).click();
    await mine.getByRole('button', { name: 'Really delete' }).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'Plan A' })).toHaveCount(0);
  });
});
