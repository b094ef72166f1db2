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
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureBrowser } from '../scripts/browser.mjs';
import { DEFAULT_POOL_SIZE, NODE_SIZE } from '../src/domain/geometry.ts';
import { makeLargePlan } from '../src/domain/largePlan.ts';
import { serveStatic } from './serve.mjs';
import { summarizeProfile } from './profileSummary.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [100, 1000, 3000];
const DEFAULT_RUNS = { 100: 3, 1000: 5, 3000: 3 };
const WARMUP_MOVES = 4;
/** Moves measured per drag, by plan size (fewer where each move is slow). */
const MOVES = { 100: 30, 1000: 30, 3000: 18 };
const movesFor = (n) => MOVES[n] ?? 30;
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
  const b = { armed: false, moves: [], moveEnds: [], upAt: undefined, unchanged: 0, longTasks: [], waiters: [], pending: null, target: null, observer: null };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longTasksUnsupported = true;
  }
  const settleWaiters = () => {
    const seen = b.moves.length + b.unchanged;
    b.waiters = b.waiters.filter((w) => (seen >= w.count ? (w.resolve(true), false) : true));
  };
  /** After this frame's style, layout and paint: a task queued from a frame callback runs after them. */
  const afterNextFrame = (fn) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = fn;
      channel.port2.postMessage(null);
    });
  /** Watch the dragged node: its move is done when its transform has changed and the next frame is drawn. */
  b.watch = (element) => {
    b.observer?.disconnect();
    b.target = element;
    b.observer = new MutationObserver(() => {
      const move = b.pending;
      if (!move || move.changed) return;
      move.changed = true;
      afterNextFrame(() => {
        b.moves.push(performance.now() - move.t0);
        b.moveEnds.push(performance.now());
        b.pending = null;
        settleWaiters();
      });
    });
    b.observer.observe(element, { attributes: true, attributeFilter: ['style'] });
  };
  addEventListener(
    'pointermove',
    () => {
      if (!b.armed) return;
      const move = { t0: performance.now(), changed: false };
      b.pending = move;
      // A move that does not move the node (it snapped to the same grid point) is counted apart.
      let frames = 0;
      const giveUp = () => {
        if (move.changed || b.pending !== move) return;
        if (++frames < 4) return requestAnimationFrame(giveUp);
        b.pending = null;
        b.unchanged++;
        settleWaiters();
      };
      requestAnimationFrame(giveUp);
    },
    { capture: true, passive: true },
  );
  addEventListener('pointerup', () => b.armed && (b.upAt = performance.now()), { capture: true, passive: true });
  b.waitMoves = (count, timeout = 10_000) =>
    new Promise((resolve) => {
      if (b.moves.length + b.unchanged >= count) return resolve(true);
      b.waiters.push({ count, resolve });
      setTimeout(() => resolve(false), timeout);
    });
}

/** React Flow's own nodes and edges for the bare page: the plan's pools and servers, same boxes and places. */
function bareElements(plan) {
  const POOL = DEFAULT_POOL_SIZE;
  const SERVER = NODE_SIZE;
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
export function dragTargetId(plan) {
  const mid = Math.floor(plan.nodes.length / 2);
  const rest = [...plan.nodes.slice(mid), ...plan.nodes.slice(0, mid)];
  return (rest.find((n) => n.kind === 'front-end-server') ?? rest[0]).id;
}

/**
 * Opens a fresh page (new context: empty storage). The bare page's flow gets the size of the app's
 * canvas (the app has a toolbar and side panels), so both frame the plan at the same zoom.
 */
export async function openPage(browser, kind, url, canvasSize) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  if (kind === 'app') {
    await page.waitForFunction(() => window.topologyDesigner !== undefined && document.querySelector('[data-testid=canvas]'));
  } else {
    await page.waitForFunction(() => window.bareFlow !== undefined);
    if (canvasSize) {
      await page.evaluate(({ width, height }) => {
        Object.assign(document.getElementById('root').style, { width: `${width}px`, height: `${height}px` });
      }, canvasSize);
    }
  }
  return { context, page };
}

/** The size of the app's canvas, in CSS pixels. */
export async function appCanvasSize(browser, url) {
  const { context, page } = await openPage(browser, 'app', url);
  try {
    const box = await page.locator('[data-testid=canvas]').boundingBox();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  } finally {
    await context.close();
  }
}

/** Loads the plan and resolves with the time until every node is in the DOM and that frame has been drawn. */
export async function loadPlan(page, kind, plan) {
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

/**
 * CPU time of the renderer's main thread in a Chrome trace's events: the outermost top-level tasks of the
 * busiest CrRendererMain thread (the page's), from their thread durations (tdur), so time the
 * thread spent waiting for a CPU on a busy machine does not count. Also the tasks longer than 50 ms.
 */
export function mainThreadCpu(events) {
  let best = { cpuMs: 0, wallMs: 0, longTasks: 0 };
  for (const list of rendererMainThreads(events).values()) {
    const sum = { cpuMs: 0, wallMs: 0, longTasks: 0 };
    for (const e of outermost(list, (x) => String(x.cat).split(',').includes('toplevel') && x.tdur !== undefined)) {
      sum.cpuMs += e.tdur / 1000;
      sum.wallMs += e.dur / 1000;
      if (e.tdur / 1000 > LONG_TASK_MS) sum.longTasks++;
    }
    if (sum.cpuMs > best.cpuMs) best = sum;
  }
  return best;
}

/** The complete events ('X') of each renderer main thread of a trace, in time order, by thread. */
function rendererMainThreads(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return byThread;
}

/** The events of a time-ordered list that pass `keep` and are not nested in one kept before them. */
function* outermost(list, keep) {
  let end = -Infinity;
  for (const e of list) {
    if (!keep(e) || e.ts < end) continue;
    end = e.ts + e.dur;
    yield e;
  }
}

/** Trace categories for framePhases: the renderer's own events (style, layout, paint, compositing). */
const PHASE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink', 'cc'];
/** The phases of a frame, by the names Chrome's trace gives them. */
const PHASES = {
  script: ['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks'],
  hitTest: ['HitTest'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  paint: ['Paint'],
  layerize: ['Layerize'],
};

/**
 * Where the main thread's time went in a trace's events (PHASE_CATEGORIES), in ms per move: script (outermost
 * calls only), hit testing, style, layout, paint and layerizing (building the compositor's layers
 * from the painted chunks: it grows with the number of clips, transforms and other paint properties
 * on the page). Also the frames (BeginMainFrame) longer than 50 ms.
 */
export function framePhases(events, moves) {
  const list = [...rendererMainThreads(events).values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const out = { longFrames: 0 };
  for (const [phase, names] of Object.entries(PHASES)) {
    let sum = 0;
    for (const e of outermost(list, (x) => names.includes(x.name))) sum += e.dur / 1000;
    out[phase] = round(sum / moves, 2);
  }
  out.longFrames = list.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.dur / 1000 > LONG_TASK_MS).length;
  return out;
}

/** Long tasks counted by when they started: before the first move was drawn, after the drop, or between. */
function phaseOfTasks(tasks, firstMoveEnd, upAt) {
  const at = { pickUp: 0, moves: 0, drop: 0 };
  for (const t of tasks) {
    if (firstMoveEnd !== undefined && t.start < firstMoveEnd) at.pickUp++;
    else if (upAt !== undefined && t.start + t.duration >= upAt) at.drop++;
    else at.moves++;
  }
  return at;
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * One drag of one node: per-move latency, main-thread CPU per move (from a trace of the measured
 * moves), long tasks, and Chrome's own time split.
 */
export async function drag(page, nodeId, { profileTo, phases = false, moves: count = 30 } = {}) {
  const browser = page.context().browser();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!box) throw new Error(`node ${nodeId} is not on the page`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate((id) => {
    const b = window.__bench;
    b.watch(document.querySelector(`.react-flow__node[data-id="${id}"]`));
    b.moves = [];
    b.moveEnds = [];
    b.upAt = undefined;
    b.unchanged = 0;
    b.armed = true;
    b.dragStart = performance.now();
  }, nodeId);
  if (profileTo) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = await metrics(cdp);
  await page.mouse.down();
  const roundTrips = [];
  let missed = 0;
  let cpu;
  for (let i = 1; i <= WARMUP_MOVES + count; i++) {
    if (i === WARMUP_MOVES + 1 && !profileTo) await browser.startTracing(undefined, { categories: phases ? PHASE_CATEGORIES : ['toplevel'] });
    const a = (i * Math.PI) / 6;
    const t = performance.now();
    await page.mouse.move(cx + RADIUS * Math.sin(a), cy + RADIUS * (1 - Math.cos(a)));
    const got = await page.evaluate((n) => window.__bench.waitMoves(n), i - missed);
    if (!got) missed++;
    if (i > WARMUP_MOVES) roundTrips.push(performance.now() - t);
  }
  let phaseSplit;
  if (!profileTo) {
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents ?? [];
    cpu = mainThreadCpu(events);
    if (phases) phaseSplit = framePhases(events, count);
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
    b.observer?.disconnect();
    return {
      moves: b.moves,
      unchanged: b.unchanged,
      longTasks: b.longTasks.filter((t) => t.start >= b.dragStart),
      firstMoveEnd: b.moveEnds[0],
      upAt: b.upAt,
      unsupported: !!b.longTasksUnsupported,
    };
  });
  await cdp.detach();
  if (result.unsupported) throw new Error('This Chromium does not report long tasks.');
  const moves = result.moves.slice(WARMUP_MOVES);
  const per = (name) => ((after[name] - before[name]) * 1000) / (WARMUP_MOVES + count);
  return {
    msPerMove: median(moves),
    cpuMsPerMove: cpu ? cpu.cpuMs / count : undefined,
    wallTaskMsPerMove: cpu ? cpu.wallMs / count : undefined,
    cpuLongTasks: cpu?.longTasks,
    moves: moves.length,
    unchangedMoves: result.unchanged,
    missedMoves: missed,
    roundTripMs: median(roundTrips),
    longTasks: result.longTasks.filter((t) => t.duration > LONG_TASK_MS),
    // When they happened: picking the node up (press and first move), moving it, dropping it (and after).
    longTasksAt: phaseOfTasks(result.longTasks.filter((t) => t.duration > LONG_TASK_MS), result.firstMoveEnd, result.upAt),
    chromeMsPerMove: {
      script: round(per('ScriptDuration'), 3),
      style: round(per('RecalcStyleDuration'), 3),
      layout: round(per('LayoutDuration'), 3),
      task: round(per('TaskDuration'), 3),
    },
    profile: profile ? summarizeProfile(profile, 25) : undefined,
    phases: phaseSplit,
  };
}

export async function measure(browser, kind, url, plan, options = {}) {
  const { context, page } = await openPage(browser, kind, url, options.canvasSize);
  try {
    const load = await loadPlan(page, kind, plan);
    await page.waitForTimeout(800); // the fit, the findings and the autosave settle
    const dragged = await drag(page, dragTargetId(plan), { moves: movesFor(plan.nodes.length), ...options });
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
        for (const kind of order) samples[kind].push(await measure(browser, kind, urls[kind], plan, { canvasSize }));
        const last = (k) => samples[k][samples[k].length - 1].drag.msPerMove.toFixed(2);
        log(`${n} servers, run ${r + 1}/${count}: app ${last('app')} ms/move, bare ${last('bare')} ms/move`);
      }
      figures.push(...dragFigures(n, plan, samples));
      if (n === DRAG_TARGET) {
        figures.push(...loadFigures(n, samples));
        // One more drag of each page with the renderer's events traced: where a move's time goes.
        // (The tracing itself slows both pages a little; compare the two, not with the figures above.)
        const split = {};
        for (const kind of ['bare', 'app']) split[kind] = (await measure(browser, kind, urls[kind], plan, { canvasSize, phases: true })).drag.phases;
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
  const isTarget = n === DRAG_TARGET;
  const ratioTarget = isTarget ? { max: 1.1, text: '≤ 1.1×' } : undefined;
  const chrome = (list) =>
    Object.fromEntries(['script', 'style', 'layout', 'task'].map((k) => [k, round(median(list.map((d) => d.chromeMsPerMove[k])), 3)]));
  const sizes = { flowNodes: plan.pools.length + plan.nodes.length, edges: plan.links.length, runCount: app.length, movesPerRun: movesFor(n) };
  /** Value of each page, and the median of the per-run ratios (app and bare of a run were measured back to back). */
  const trio = (key, unit, name, extra) => {
    const ratios = app.map((a, i) => a[key] / bare[i][key]);
    const ratio = median(ratios);
    return [
      {
        id: `drag-${extra.id}-app-${n}`,
        name: `${name}, app, ${label}`,
        value: round(median(app.map((d) => d[key]))),
        unit,
        detail: { runs: app.map((d) => round(d[key], 3)), ...extra.detail(app), ...sizes },
      },
      {
        id: `drag-${extra.id}-bare-${n}`,
        name: `${name}, bare React Flow, ${label}`,
        value: round(median(bare.map((d) => d[key]))),
        unit,
        detail: { runs: bare.map((d) => round(d[key], 3)), ...extra.detail(bare) },
      },
      {
        id: `drag-${extra.id}-ratio-${n}`,
        name: `${name}, app ÷ bare, ${label}`,
        value: round(ratio, 3),
        unit: '×',
        target: ratioTarget,
        pass: ratioTarget ? ratio <= ratioTarget.max : undefined,
        detail: { runs: ratios.map((r) => round(r, 3)) },
      },
    ];
  };
  const longest = (list) => round(Math.max(0, ...list.flatMap((d) => d.longTasks.map((t) => t.duration))), 1);
  const longCounts = app.map((d) => d.longTasks.length);
  return [
    ...trio('msPerMove', 'ms/move', 'Drag a node: time per move (event to drawn frame)', {
      id: 'latency',
      detail: (list) => ({ roundTripMs: round(median(list.map((d) => d.roundTripMs))), unchangedMoves: list.map((d) => d.unchangedMoves) }),
    }),
    ...trio('cpuMsPerMove', 'ms/move', 'Drag a node: main-thread CPU per move', {
      id: 'cpu',
      detail: (list) => ({ wallTaskMsPerMove: round(median(list.map((d) => d.wallTaskMsPerMove))), chromeMsPerMove: chrome(list) }),
    }),
    {
      id: `drag-long-tasks-app-${n}`,
      name: `Drag a node: long tasks (> ${LONG_TASK_MS} ms) per drag, app, ${label}`,
      value: median(longCounts),
      unit: 'tasks',
      target: isTarget ? { max: 0, text: 'none' } : undefined,
      pass: isTarget ? median(longCounts) <= 0 : undefined,
      detail: { perRun: longCounts, at: app.map((d) => d.longTasksAt), longestMs: longest(app), overFiftyMsOfCpuPerRun: app.map((d) => d.cpuLongTasks) },
    },
    {
      id: `drag-long-tasks-bare-${n}`,
      name: `Drag a node: long tasks (> ${LONG_TASK_MS} ms) per drag, bare React Flow, ${label}`,
      value: median(bare.map((d) => d.longTasks.length)),
      unit: 'tasks',
      detail: { perRun: bare.map((d) => d.longTasks.length), at: bare.map((d) => d.longTasksAt), longestMs: longest(bare), overFiftyMsOfCpuPerRun: bare.map((d) => d.cpuLongTasks) },
    },
  ];
}

function phaseFigures(n, split) {
  const label = `${n.toLocaleString('en-US')} servers`;
  const total = (p) => round(Object.entries(p).reduce((sum, [k, v]) => (k === 'longFrames' ? sum : sum + v), 0), 1);
  return ['app', 'bare'].map((kind) => ({
    id: `drag-phases-${kind}-${n}`,
    name: `Drag a node: script, hit test, style, layout, paint and layerize per move (one traced drag), ${kind === 'app' ? 'app' : 'bare React Flow'}, ${label}`,
    value: total(split[kind]),
    unit: 'ms/move',
    detail: split[kind],
  }));
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
