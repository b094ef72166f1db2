import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../scripts/browser.mjs';
import { makeLargePlan } from '../test/support/largePlan.ts';
import { serveStatic } from './serve.mjs';
import { openPage, loadPlan, openPlan, appCanvasSize } from './browser/page.mjs';
const sizes = (process.env.S || '1000').split(',').map(Number);
const kinds = (process.env.K || 'bare,app').split(',');
const executablePath = await ensureBrowser();
const app = await serveStatic(process.env.APP || 'dist'); const bare = await serveStatic('bench/bare/dist');
const urls = { app: app.url, bare: bare.url };
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const canvasSize = await appCanvasSize(browser, urls.app);
for (const n of sizes) { const plan = makeLargePlan(n);
 for (const kind of kinds) {
  const { context, page } = await openPage(browser, kind, urls[kind], canvasSize);
  const cdp = await page.context().newCDPSession(page);
  if (process.env.PROF) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
  const t = Date.now();
  try { const r = process.env.FITTED ? await openPlan(page, kind, plan) : await loadPlan(page, kind, plan); 
    await cdp.send('HeapProfiler.collectGarbage'); const m = await cdp.send('Runtime.getHeapUsage');
    console.log(n, kind, JSON.stringify(r), 'wall', Date.now() - t, 'heapMB', (m.usedSize/1e6).toFixed(1), await page.evaluate(()=>[document.querySelector('.react-flow__viewport')?.style.transform, document.querySelectorAll('.react-flow__node').length, document.querySelector('[data-testid=canvas]')?.dataset.detail]));
    if (process.env.SHOT) await page.screenshot({ path: `/tmp/s14/open-${kind}-${n}.png` });
  } catch (e) { console.log(n, kind, 'ERR', e.message, Date.now() - t); }
  if (process.env.PROF) { const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync(`/tmp/s14/open-${kind}-${n}.cpuprofile`, JSON.stringify(profile)); }
  await context.close(); } }
await browser.close(); await app.close(); await bare.close();
