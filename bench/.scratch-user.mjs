import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../scripts/browser.mjs';
import { makeLargePlan } from '../test/support/largePlan.ts';
import { serveStatic } from './serve.mjs';
import { openPage, openPlan } from './browser/page.mjs';
const N = Number(process.env.N || 10000);
const executablePath = await ensureBrowser();
const app = await serveStatic('dist');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const { context, page } = await openPage(browser, 'app', app.url);
const plan = makeLargePlan(N);
const r = await openPlan(page, 'app', plan);
console.log('open', JSON.stringify(r), await page.evaluate(() => [window.topologyDesigner.getPlan().nodes.length, document.querySelector('[data-testid=canvas]').dataset.detail]));
await page.screenshot({ path: `/tmp/s14/u-fit.png` });
const vp = async () => page.evaluate(() => document.querySelector('.react-flow__viewport').style.transform);
const target = plan.nodes[Math.floor(N / 2)];
const screenOf = async (p) => page.evaluate(({ x, y }) => {
  const [, tx, ty, z] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(document.querySelector('.react-flow__viewport').style.transform).map(Number);
  const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
  return { x: pane.left + tx + (x + 100) * z, y: pane.top + ty + (y + 36) * z };
}, p);
let at = await screenOf(target.position);
await page.mouse.move(at.x, at.y);
const frameTimes = async (fn) => { const t = Date.now(); await fn(); await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))); return Date.now() - t; };
for (let i = 0; i < 4; i++) console.log('wheel', await frameTimes(() => page.mouse.wheel(0, -500)), await vp(), await page.evaluate(() => document.querySelector('[data-testid=canvas]').dataset.detail));
await page.screenshot({ path: `/tmp/s14/u-boxes.png` });
// just below and just above the switch
await page.evaluate(() => 0);
at = await screenOf(target.position); await page.mouse.move(at.x, at.y);
console.log('wheel', await frameTimes(() => page.mouse.wheel(0, -250)), await vp(), await page.evaluate(() => document.querySelector('[data-testid=canvas]').dataset.detail));
await page.screenshot({ path: `/tmp/s14/u-switch-a.png` });
const cdp = await context.newCDPSession(page); await cdp.send('Profiler.enable'); await cdp.send('Profiler.start');
console.log('wheel', await frameTimes(() => page.mouse.wheel(0, -100)), await vp(), await page.evaluate(() => document.querySelector('[data-testid=canvas]').dataset.detail));
await page.screenshot({ path: `/tmp/s14/u-switch-b.png` });
{ const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/s14/switch.cpuprofile', JSON.stringify(profile)); }
console.log('wheel', await frameTimes(() => page.mouse.wheel(0, -400)), await vp(), await page.evaluate(() => [document.querySelector('[data-testid=canvas]').dataset.detail, document.querySelectorAll('.react-flow__node').length]));
await page.screenshot({ path: `/tmp/s14/u-full.png` });
// pan: drag the pane
const pane = await page.locator('.react-flow__pane').boundingBox();
await page.mouse.move(pane.x + 40, pane.y + 40);
await page.mouse.down();
let t = Date.now();
for (let i = 1; i <= 20; i++) await page.mouse.move(pane.x + 40 + i * 10, pane.y + 40 + i * 5);
await page.mouse.up();
console.log('pan 20 moves', Date.now() - t, 'ms', await vp(), await page.evaluate(() => document.querySelectorAll('.react-flow__node').length));
// drag a server
at = await screenOf(target.position);
const before = target.position;
await page.mouse.move(at.x, at.y); await page.mouse.down();
t = Date.now();
for (let i = 1; i <= 20; i++) await page.mouse.move(at.x + i * 6, at.y + i * 3);
await page.mouse.up();
await page.waitForTimeout(300);
const after = await page.evaluate((id) => window.topologyDesigner.getPlan().nodes.find((n) => n.id === id).position, target.id);
console.log('drag 20 moves', Date.now() - t, 'ms', JSON.stringify(before), '->', JSON.stringify(after));
await page.screenshot({ path: `/tmp/s14/u-dragged.png` });
// zoom out again
for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 500);
await page.waitForTimeout(300);
console.log('out', await vp(), await page.evaluate(() => document.querySelector('[data-testid=canvas]').dataset.detail));
await page.screenshot({ path: `/tmp/s14/u-out.png` });
await context.close(); await browser.close(); await app.close();
