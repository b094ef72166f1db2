/**
 * Browser benchmarks in headless Chromium: dragging one node, and loading a plan until every node is
 * in the DOM, in the app and in a bare React Flow page (bench/bare) with the same nodes, edges and
 * layout, measured the same way in the same run. Speed figures are ratios to the bare page.
 *
 * Run with tsx (it imports the plan generator from src): `npx tsx bench/browser.bench.mjs [--out f.json]
 * [--profile dir]`, after `npx vite build` and `npx vite build --config bench/bare/vite.config.ts`;
 * scripts/bench.mjs does all of it. BENCH_RUNS=n changes the number of runs per size.
 *
 * How a move is timed, identically in both pages: a capture listener on window notes the time of each
 * pointermove, then waits for the next animation frame and a task after it; the figure is the time from
 * the event to that task, so it holds the event handlers, React's render and commit, and the frame's
 * style, layout and paint. Playwright sends the next move only after the page has recorded the last.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../scripts/browser.mjs';
import { makeLargePlan } from '../src/domain/largePlan.ts';
import { serveStatic } from './serve.mjs';
import { summarizeProfile } from './profileSummary.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100, 1000, 3000];
const DEFAULT_RUNS = { 100: 5, 1000: 7, 3000: 3 };
const WARMUP_MOVES = 4;
const MOVES = 36;
/** Radius of the circle the pointer moves on, in screen pixels (12 moves a turn: about 25 px a move). */
const RADIUS = 48;
const VIEWPORT = { width: 1440, height: 900 };
const DRAG_TARGET = 1000;
const LONG_TASK_MS = 50;

const log = (m) => process.stderr.write(`[browser] ${m}\n`);
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (v, d = 2) => (Number.isFinite(v) ? Number(v.toFixed(d)) : v);

/** Installed in every page before its scripts: the move timer and the long-task observer. */
function instrument() {
  const b = { armed: false, moves: [], longTasks: [], waiters: [] };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longTasksUnsupported = true;
  }
  const settleWaiters = () => {
    b.waiters = b.waiters.filter((w) => (b.moves.length >= w.count ? (w.resolve(true), false) : true));
  };
  addEventListener(
    'pointermove',
    () => {
      if (!b.armed) return;
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          b.moves.push(performance.now() - t0);
          settleWaiters();
        };
        channel.port2.postMessage(null);
      });
    },
    { capture: true, passive: true },
  );
  b.waitMoves = (count, timeout = 5000) =>
    new Promise((resolve) => {
      if (b.moves.length >= count) return resolve(true);
      b.waiters.push({ count, resolve });
      setTimeout(() => resolve(false), timeout);
    });
}

/** React Flow's own nodes and edges for the bare page: the plan's pools and servers, same boxes and places. */
function bareElements(plan) {
  const POOL = { width: 480, height: 280 };
  const SERVER = { width: 184, height: 64 };
  const nodes = [
    ...plan.pools.map((p) => ({
      id: p.id,
      type: 'group',
      position: p.position ?? { x: 0, y: 0 },
      width: (p.size ?? POOL).width,
      height: (p.size ?? POOL).height,
      data: { label: p.name },
      zIndex: 0,
    })),
    ...plan.nodes.map((n) => ({
      id: n.id,
      position: n.position,
      width: SERVER.width,
      height: SERVER.height,
      data: { label: n.name },
      zIndex: 1,
    })),
  ];
  const edges = plan.links.map((l) => ({ id: l.id, source: l.from, target: l.to, type: 'straight', zIndex: 1 }));
  return { nodes, edges };
}

/** A front-end server near the middle of the plan: the node both pages drag. */
function dragTargetId(plan) {
  const mid = Math.floor(plan.nodes.length / 2);
  const rest = [...plan.nodes.slice(mid), ...plan.nodes.slice(0, mid)];
  return (rest.find((n) => n.kind === 'front-end-server') ?? rest[0]).id;
}

async function openPage(browser, kind, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  if (kind === 'app') await page.waitForFunction(() => window.topologyDesigner !== undefined && document.querySelector('[data-testid=canvas]'));
  else await page.waitForFunction(() => window.bareFlow !== undefined);
  return { context, page };
}

/** Loads the plan and resolves with the time until every node is in the DOM and that frame has been drawn. */
async function loadPlan(page, kind, plan) {
  const expected = plan.pools.length + plan.nodes.length;
  const payload = kind === 'app' ? { plan } : bareElements(plan);
  return page.evaluate(
    ({ kind, payload, expected }) =>
      new Promise((resolve, reject) => {
        const count = () => document.querySelector('.react-flow__nodes')?.childElementCount ?? 0;
        const t0 = performance.now();
        let inDom;
        const done = () => {
          inDom = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ inDomMs: inDom - t0, paintedMs: performance.now() - t0 });
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(() => {
          if (inDom === undefined && count() >= expected) done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        try {
          if (kind === 'app') window.topologyDesigner.loadPlan(payload.plan);
          else window.bareFlow.load(payload.nodes, payload.edges);
        } catch (e) {
          observer.disconnect();
          reject(e);
        }
        setTimeout(() => inDom === undefined && (observer.disconnect(), reject(new Error(`only ${count()} of ${expected} nodes rendered`))), 60_000);
      }),
    { kind, payload, expected },
  );
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** One drag of one node: per-move times, long tasks, and Chrome's own time split. */
async function drag(page, nodeId, { profileTo } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!box) throw new Error(`node ${nodeId} is not on the page`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    window.__bench.moves = [];
    window.__bench.armed = true;
    window.__bench.dragStart = performance.now();
  });
  if (profileTo) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = await metrics(cdp);
  await page.mouse.down();
  const roundTrips = [];
  let missed = 0;
  for (let i = 1; i <= WARMUP_MOVES + MOVES; i++) {
    const a = (i * Math.PI) / 6;
    const t = performance.now();
    await page.mouse.move(cx + RADIUS * Math.sin(a), cy + RADIUS * (1 - Math.cos(a)));
    const got = await page.evaluate((n) => window.__bench.waitMoves(n), i - missed);
    if (!got) missed++;
    if (i > WARMUP_MOVES) roundTrips.push(performance.now() - t);
  }
  await page.mouse.up();
  const after = await metrics(cdp);
  let profile;
  if (profileTo) {
    ({ profile } = await cdp.send('Profiler.stop'));
    writeFileSync(profileTo, JSON.stringify(profile));
  }
  // Let the drop, the autosave and anything else the drag set off finish: their long tasks count too.
  await page.waitForTimeout(700);
  const result = await page.evaluate(() => {
    const b = window.__bench;
    b.armed = false;
    return { moves: b.moves, longTasks: b.longTasks.filter((t) => t.start >= b.dragStart), unsupported: !!b.longTasksUnsupported };
  });
  await cdp.detach();
  if (result.unsupported) throw new Error('This Chromium does not report long tasks.');
  const moves = result.moves.slice(WARMUP_MOVES);
  const per = (name) => ((after[name] - before[name]) * 1000) / (WARMUP_MOVES + MOVES);
  return {
    msPerMove: median(moves),
    moves: moves.length,
    missedMoves: missed,
    roundTripMs: median(roundTrips),
    longTasks: result.longTasks.filter((t) => t.duration > LONG_TASK_MS),
    chromeMsPerMove: {
      script: round(per('ScriptDuration'), 3),
      style: round(per('RecalcStyleDuration'), 3),
      layout: round(per('LayoutDuration'), 3),
      task: round(per('TaskDuration'), 3),
    },
    profile: profile ? summarizeProfile(profile, 25) : undefined,
  };
}

async function measure(browser, kind, url, plan, options = {}) {
  const { context, page } = await openPage(browser, kind, url);
  try {
    const load = await loadPlan(page, kind, plan);
    await page.waitForTimeout(800); // the fit, the findings and the autosave settle
    const dragged = await drag(page, dragTargetId(plan), options);
    return { load, drag: dragged };
  } finally {
    await context.close();
  }
}

export async function runBrowserBench({ appDir, bareDir, runs = {}, profileDir } = {}) {
  appDir ??= join(ROOT, 'dist');
  bareDir ??= join(ROOT, 'bench/bare/dist');
  const executablePath = await ensureBrowser();
  const servers = [await serveStatic(appDir), await serveStatic(bareDir)];
  const urls = { app: servers[0].url, bare: servers[1].url };
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const figures = [];
  try {
    log(`Chromium ${browser.version()}; app ${urls.app}, bare ${urls.bare}`);
    for (const n of SIZES) {
      const plan = makeLargePlan(n);
      const count = runs[n] ?? DEFAULT_RUNS[n];
      const samples = { app: [], bare: [] };
      // Warm the browser's caches once per size, then alternate which page goes first.
      await measure(browser, 'bare', urls.bare, plan);
      await measure(browser, 'app', urls.app, plan);
      for (let r = 0; r < count; r++) {
        const order = r % 2 ? ['app', 'bare'] : ['bare', 'app'];
        for (const kind of order) samples[kind].push(await measure(browser, kind, urls[kind], plan));
        const last = (k) => samples[k][samples[k].length - 1].drag.msPerMove.toFixed(2);
        log(`${n} servers, run ${r + 1}/${count}: app ${last('app')} ms/move, bare ${last('bare')} ms/move`);
      }
      figures.push(...dragFigures(n, plan, samples));
      if (n === DRAG_TARGET) figures.push(...loadFigures(n, samples));
      if (profileDir) {
        mkdirSync(profileDir, { recursive: true });
        for (const kind of ['app', 'bare']) {
          const file = join(profileDir, `drag-${kind}-${n}.cpuprofile`);
          const { drag: d } = await measure(browser, kind, urls[kind], plan, { profileTo: file });
          log(`profile of the ${kind} drag at ${n} servers: ${file}`);
          for (const row of d.profile.top.slice(0, 12)) log(`  ${String(row.selfMs).padStart(8)} ms  ${row.fn}`);
          figures.push({ id: `profile-drag-${kind}-${n}`, name: `CPU profile, ${kind} drag, ${n} servers`, value: d.profile.totalMs, unit: 'ms', detail: { file, ...d.profile } });
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  return figures;
}

function dragFigures(n, plan, samples) {
  const label = `${n.toLocaleString('en-US')} servers`;
  const app = samples.app.map((s) => s.drag);
  const bare = samples.bare.map((s) => s.drag);
  const ratios = app.map((a, i) => a.msPerMove / bare[i].msPerMove);
  const longCounts = app.map((d) => d.longTasks.length);
  const longest = Math.max(0, ...app.flatMap((d) => d.longTasks.map((t) => t.duration)));
  const isTarget = n === DRAG_TARGET;
  const chrome = (list) =>
    Object.fromEntries(['script', 'style', 'layout', 'task'].map((k) => [k, round(median(list.map((d) => d.chromeMsPerMove[k])), 3)]));
  const sizes = { flowNodes: plan.pools.length + plan.nodes.length, edges: plan.links.length };
  return [
    {
      id: `drag-app-${n}`,
      name: `Drag one node, app, ${label}`,
      value: round(median(app.map((d) => d.msPerMove))),
      unit: 'ms/move',
      detail: { runs: app.map((d) => round(d.msPerMove, 3)), roundTripMs: round(median(app.map((d) => d.roundTripMs))), chromeMsPerMove: chrome(app), ...sizes },
    },
    {
      id: `drag-bare-${n}`,
      name: `Drag one node, bare React Flow, ${label}`,
      value: round(median(bare.map((d) => d.msPerMove))),
      unit: 'ms/move',
      detail: { runs: bare.map((d) => round(d.msPerMove, 3)), roundTripMs: round(median(bare.map((d) => d.roundTripMs))), chromeMsPerMove: chrome(bare), ...sizes },
    },
    {
      id: `drag-ratio-${n}`,
      name: `Drag one node, app ÷ bare, ${label}`,
      value: round(median(ratios), 3),
      unit: '×',
      target: isTarget ? { max: 1.1, text: '≤ 1.1×' } : undefined,
      pass: isTarget ? median(ratios) <= 1.1 : undefined,
      detail: { runs: ratios.map((r) => round(r, 3)) },
    },
    {
      id: `drag-long-tasks-${n}`,
      name: `Long tasks > ${LONG_TASK_MS} ms during a drag, app, ${label} (median per run)`,
      value: median(longCounts),
      unit: 'tasks',
      target: isTarget ? { max: 0, text: 'none' } : undefined,
      pass: isTarget ? median(longCounts) <= 0 : undefined,
      detail: {
        perRun: longCounts,
        longestMs: round(longest, 1),
        bareLongTasksPerRun: bare.map((d) => d.longTasks.length),
        missedMoves: app.reduce((s, d) => s + d.missedMoves, 0) + bare.reduce((s, d) => s + d.missedMoves, 0),
      },
    },
  ];
}

function loadFigures(n, samples) {
  const label = `${n.toLocaleString('en-US')} servers`;
  const app = samples.app.map((s) => s.load);
  const bare = samples.bare.map((s) => s.load);
  const ratios = app.map((a, i) => a.paintedMs / bare[i].paintedMs);
  return [
    {
      id: `first-render-app-${n}`,
      name: `Load plan to first full render, app, ${label}`,
      value: round(median(app.map((l) => l.paintedMs)), 1),
      unit: 'ms',
      detail: { runs: app.map((l) => round(l.paintedMs, 1)), allNodesInDomMs: round(median(app.map((l) => l.inDomMs)), 1) },
    },
    {
      id: `first-render-bare-${n}`,
      name: `Load plan to first full render, bare React Flow, ${label}`,
      value: round(median(bare.map((l) => l.paintedMs)), 1),
      unit: 'ms',
      detail: { runs: bare.map((l) => round(l.paintedMs, 1)), allNodesInDomMs: round(median(bare.map((l) => l.inDomMs)), 1) },
    },
    {
      id: `first-render-ratio-${n}`,
      name: `Load plan to first full render, app ÷ bare, ${label}`,
      value: round(median(ratios), 3),
      unit: '×',
      detail: { runs: ratios.map((r) => round(r, 3)) },
    },
  ];
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
