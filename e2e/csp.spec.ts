/**
 * The built app runs under its Content-Security-Policy (index.html): using it raises no violation.
 * Each violation is collected from the page's `securitypolicyviolation` events and from the console.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/plans/${name}.json`, import.meta.url));

/** Collect violations from the first script on, in this page and every page opened after. */
async function watchViolations(page: Page): Promise<string[]> {
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  return fromConsole;
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

test('the policy is in force, and a session of ordinary use raises no violation', async ({ page, browser }) => {
  const fromConsole = await watchViolations(page);
  const d = new Designer(page);
  await d.goto();

  // The policy is there and enforced: an inline script and an inline <style> are refused.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe-inline');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    const st = document.createElement('style');
    st.textContent = 'body { outline: 1px solid red }';
    document.head.append(st);
  });
  await expect.poll(() => violations(page)).toHaveLength(2);
  await page.evaluate(() => document.querySelectorAll('body > script:not([src]), head > style').forEach((e) => e.remove()));
  expect(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  await page.evaluate(() => (window.cspViolations = []));
  fromConsole.length = 0;

  // The kind icons come from the app's stylesheet (no inline <style>).
  await d.startFromTemplate('consolidated');
  await expect(d.node('fe01.contoso.com')).toBeVisible();
  const icon = page.locator('.react-flow__node .kind-icon').first();
  await expect(icon).toHaveCSS('background-image', /^url\("data:image\/svg\+xml/);
  expect(await page.locator('style').count()).toBe(0);
  // The link router runs in its worker under the policy: every link gets its route.
  await expect(page.locator('.react-flow__edge .link-gap[data-routed="true"]')).toHaveCount((await d.plan()).links.length);

  // Drag from the palette, move a server, tidy layout (a lazy chunk), the findings, undo.
  const servers = (await d.plan()).nodes.length;
  await d.dropFromPalette('front-end-server', { x: 700, y: 500 });
  await expect(page.locator('.react-flow__node-server')).toHaveCount(servers + 1);
  await d.drag(d.node('fe01.contoso.com'), { x: 600, y: 300 });
  const before = JSON.stringify((await d.plan()).nodes.map((n) => n.position));
  await page.getByTestId('auto-layout').click();
  await expect.poll(async () => JSON.stringify((await d.plan()).nodes.map((n) => n.position))).not.toBe(before);
  await d.press('Control+z');

  // Exports: JSON, SVG and PNG (drawn through an image and a canvas).
  await d.exportFile('json');
  const svg = await d.exportFile('svg');
  const png = await d.exportFile('png');
  expect(png.buffer.subarray(1, 4).toString('latin1')).toBe('PNG');

  // Import (the SVG reader is a lazy chunk), the Plans list, the share link (the codec is lazy).
  await d.importFile(svg);
  await expect(page.getByRole('status').filter({ hasText: `from ${svg.name}` })).toBeVisible();
  await d.importFile(fixture('standard'));
  await expect(page.getByRole('status').filter({ hasText: 'from standard.json' })).toBeVisible();
  const rows = await d.planEntries();
  await rows.first().getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Renamed under the policy');
  await page.getByLabel('New name').press('Enter');
  await expect(rows.first()).toContainText('Renamed under the policy');
  await d.closeDialog();
  await d.inspector.getByTestId('inspector-plan-name').fill('Named in the inspector');
  await d.inspector.getByTestId('inspector-plan-name').press('Enter');
  const url = await d.shareUrl();

  // The link opened in another tab decodes the plan (the codec loads there too).
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const them = await other.newPage();
  const theirConsole = await watchViolations(them);
  const viewer = new Designer(them);
  await viewer.goto(url);
  await expect(them.getByTestId('shared-banner')).toBeVisible();
  await them.getByTestId('edit-copy').click();
  await expect(them.getByTestId('shared-banner')).toBeHidden();
  expect(await violations(them)).toEqual([]);
  expect(theirConsole).toEqual([]);
  await other.close();

  expect(await violations(page)).toEqual([]);
  expect(fromConsole).toEqual([]);
});

test('the README gives the same policy for the header, plus frame-ancestors', async () => {
  const { readFile } = await import('node:fs/promises');
  const html = await readFile(new URL('../index.html', import.meta.url), 'utf8');
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  const header = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  expect(meta).toBeDefined();
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
});
