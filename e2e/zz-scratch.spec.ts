import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { Designer } from './pages/designer';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plans/${name}.json`, import.meta.url));
test('shots', async ({ page }) => {
  const d = new Designer(page);
  await d.goto();
  await d.startFromTemplate('consolidated');
  await d.waitSaved();
  await d.importFile(fixture('standard'));
  await d.waitSaved();
  await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('ocs-topology-designer:index')!) as { id: string }[];
    const k = `ocs-topology-designer:plan:${index[0].id}`;
    localStorage.setItem(k, localStorage.getItem(k)!.replace('"version":1', '"version":3'));
  });
  await d.reload();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/h16store-start.png' });
  await page.getByTestId('open-plans').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/h16store-plans.png' });
});
