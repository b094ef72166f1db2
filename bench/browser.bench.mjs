/**
 * Browser benchmarks in headless Chromium: dragging one node, and loading a plan until every node is
 * in the DOM, in the app and in a bare React Flow page (bench/bare) with the same nodes, edges and
 * layout, measured the same way in the same run. Speed figures are ratios to the bare page.
 *
 * Run with tsx (it imports the plan generator from src): `npx tsx bench/browser.bench.mjs [--out f.json]
 * [--profile dir]`, after `npx vite build` and `npx vite build --config bench/bare/vite.config.ts`;
 * scripts/bench.mjs does all of it. BENCH_RUNS=n changes the number of runs per size, BENCH_SIZES=1000
 * the plan sizes. --app-dir and --bare-dir serve other builds: for CPU profiles with readable function
 * names, `npx vite build --minify false --outDir /tmp/app` then `… --app-dir /tmp/app --profile /tmp/profiles`.
 *
 * How a move is measured, identically in both pages (Playwright sends the next move only after the
 * page has recorded the last one):
 * - time per move: a capture listener on window notes the time of each pointermove; a
 *   MutationObserver on the dragged node sees its transform change; the move ends in the task after
 *   the next animation frame, so it holds the event handlers, React's render and commit, and the
 *   style, layout and paint of the frame that shows the node in its new place;
 * - main-thread CPU per move: a Chrome trace of the measured moves, the CPU time (not wall time) of
 *   the renderer's main thread, divided by the moves. It is the steadier of the two on a busy machine.
 * Long tasks are counted by a PerformanceObserver('longtask') from the first move until 0.7 s after
 * the drop (the drop, the re-check and the autosave count too).
 *
 * The parts: browser/page.mjs (the pages and loading a plan), browser/drag.mjs (a measured drag),
 * browser/trace.mjs (reading Chrome traces), browser/figures.mjs (the figures).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../scripts/browser.mjs';
import { makeLargePlan } from '../test/support/largePlan.ts';
import { serveStatic } from './serve.mjs';
import { BURST_FROM, DEFAULT_RUNS, DRAG_TARGET, log, OPEN_RUNS, OPEN_SIZES, ROOT, SIZES } from './browser/common.mjs';
import { measure, measureOpen } from './browser/drag.mjs';
import { appCanvasSize } from './browser/page.mjs';
import { dragFigures, loadFigures, openFigures, phaseFigures } from './browser/figures.mjs';

export { dragTargetId, openPage, appCanvasSize, loadPlan } from './browser/page.mjs';
export { drag, measure } from './browser/drag.mjs';
export { framePhases, mainThreadCpu } from './browser/trace.mjs';

export async function runBrowserBench({ appDir, bareDir, runs = {}, profileDir } = {}) {
  appDir ??= join(ROOT, 'dist');
  bareDir ??= join(ROOT, 'bench/bare/dist');
  const executablePath = await ensureBrowser();
  const servers = [await serveStatic(appDir), await serveStatic(bareDir)];
  const urls = { app: servers[0].url, bare: servers[1].url };
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const figures = [];
  try {
    const canvasSize = await appCanvasSize(browser, urls.app);
    log(`Chromium ${browser.version()}; app ${urls.app}, bare ${urls.bare}; canvas ${canvasSize.width}×${canvasSize.height}`);
    for (const n of SIZES) {
      const plan = makeLargePlan(n);
      const count = runs[n] ?? DEFAULT_RUNS[n];
      const samples = { app: [], bare: [] };
      // Warm the browser (code caches, fonts) once, then alternate which page goes first.
      if (n === SIZES[0]) for (const kind of ['bare', 'app']) await measure(browser, kind, urls[kind], plan, { canvasSize });
      for (let r = 0; r < count; r++) {
        const order = r % 2 ? ['app', 'bare'] : ['bare', 'app'];
        const burst = n >= BURST_FROM;
        for (const kind of order) samples[kind].push(await measure(browser, kind, urls[kind], plan, { canvasSize, burst }));
        const last = (k, key = 'drag') => samples[k][samples[k].length - 1][key].msPerMove.toFixed(2);
        log(`${n} servers, run ${r + 1}/${count}: app ${last('app')} ms/move, bare ${last('bare')} ms/move`);
        if (burst)
          log(
            `${n} servers, run ${r + 1}/${count}, moves back to back: app ${last('app', 'burst')} ms/move, bare ${last('bare', 'burst')} ms/move`,
          );
      }
      figures.push(...dragFigures(n, plan, samples));
      if (n >= BURST_FROM) figures.push(...dragFigures(n, plan, samples, 'burst'));
      if (n === DRAG_TARGET) {
        figures.push(...loadFigures(n, samples));
        // One more drag of each page with the renderer's events traced: where a move's time goes.
        // (The tracing itself slows both pages a little; compare the two, not with the figures above.)
        const split = {};
        for (const kind of ['bare', 'app'])
          split[kind] = (await measure(browser, kind, urls[kind], plan, { canvasSize, phases: true })).drag.phases;
        figures.push(...phaseFigures(n, split));
        log(`${n} servers, where a move's time goes (ms/move): app ${JSON.stringify(split.app)}; bare ${JSON.stringify(split.bare)}`);
      }
      if (profileDir) {
        // A JavaScript CPU profile of one more drag of each page (DevTools can open the .cpuprofile files).
        mkdirSync(profileDir, { recursive: true });
        for (const kind of ['app', 'bare']) {
          const file = join(profileDir, `drag-${kind}-${n}.cpuprofile`);
          const { drag: d } = await measure(browser, kind, urls[kind], plan, { canvasSize, profileTo: file });
          writeFileSync(file.replace(/\.cpuprofile$/, '.summary.json'), JSON.stringify(d.profile, null, 2));
          log(`profile of the ${kind} drag at ${n} servers: ${file}; the functions with the most self time:`);
          for (const row of d.profile.top.slice(0, 12)) log(`  ${String(row.selfMs).padStart(8)} ms  ${row.fn}`);
        }
      }
    }
    for (const n of OPEN_SIZES) {
      const plan = makeLargePlan(n);
      const samples = { app: [], bare: [] };
      for (let r = 0; r < OPEN_RUNS; r++) {
        for (const kind of r % 2 ? ['app', 'bare'] : ['bare', 'app'])
          samples[kind].push(await measureOpen(browser, kind, urls[kind], plan, { canvasSize }));
        const last = (k) => samples[k][samples[k].length - 1];
        log(
          `open ${n} servers, run ${r + 1}/${OPEN_RUNS}: app ${last('app').paintedMs.toFixed(0)} ms (${last('app').heapMB.toFixed(1)} MB), bare ${last('bare').paintedMs.toFixed(0)} ms (${last('bare').heapMB.toFixed(1)} MB)`,
        );
      }
      figures.push(...openFigures(n, samples));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  return figures;
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const every = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : undefined;
  const runs = every ? Object.fromEntries(SIZES.map((n) => [n, every])) : {};
  const figures = await runBrowserBench({
    runs,
    profileDir: argValue('--profile'),
    appDir: argValue('--app-dir'),
    bareDir: argValue('--bare-dir'),
  });
  const out = argValue('--out');
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2));
  else console.log(JSON.stringify(figures, null, 2));
}
