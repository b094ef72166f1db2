// Takes the README's screenshots from a production build: the expanded seed configuration,
// the same plan with a rule broken (finding, badge and fix on show), and the R2 full data centre.
import { spawn, execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ensureBrowser, CHROMIUM_ARGS } from './browser.mjs';

const PORT = 4320;
execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  const executablePath = await ensureBrowser();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, colorScheme: 'light' });
  for (let i = 0; i < 50; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  await page.getByTestId('template-expanded').click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: 'docs/screenshot.png' });
  // Break a rule: an A/V Conferencing role on a Front End of the expanded pool.
  await page.locator('.react-flow__node [data-name="fe02.contoso.com"]').click({ position: { x: 60, y: 20 } });
  // Roles a kind may not run are folded under "Unsupported roles".
  await page.locator('summary', { hasText: 'Unsupported roles' }).click();
  await page.getByTestId('inspector-role-av-conferencing').check();
  await page.locator('.react-flow__node [data-name="fe02.contoso.com"] [data-testid="node-flag"]').hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot-findings.png' });
  // The whole deployment: the R2 full data centre, zones from the Internet to the internal network.
  await page.getByTestId('open-plans').click();
  await page.getByTestId('new-plan-r2-data-centre').click();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshot-deployment.png' });
  await browser.close();
} finally {
  server.kill();
}
