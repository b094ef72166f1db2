/** One drag of one node, measured the same way in both pages; and one measured page (load, then drag). */
import { writeFileSync } from 'node:fs';
import { summarizeProfile } from '../profileSummary.mjs';
import { BURST_MOVES, LONG_TASK_MS, median, movesFor, RADIUS, round, WARMUP_MOVES } from './common.mjs';
import { dragTargetId, loadPlan, openPage, openPlan } from './page.mjs';
import { framePhases, mainThreadCpu, PHASE_CATEGORIES, phaseOfTasks } from './trace.mjs';

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
  // A quarter in from the left, as burstDrag presses (see there).
  const cx = box.x + box.width / 4;
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
    if (i === WARMUP_MOVES + 1 && !profileTo)
      await browser.startTracing(undefined, { categories: phases ? PHASE_CATEGORIES : ['toplevel'] });
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
    longTasksAt: phaseOfTasks(
      result.longTasks.filter((t) => t.duration > LONG_TASK_MS),
      result.firstMoveEnd,
      result.upAt,
    ),
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

/**
 * A drag whose moves are sent back to back, as a fast mouse sends them: each move goes as soon as the
 * page has taken the last one, without waiting for it to be drawn. Time per move: from the first of
 * them until the frame after the last is drawn, divided by the moves; CPU per move from a trace; long
 * tasks from the first of them until 0.7 s after the drop.
 */
export async function burstDrag(page, nodeId, { moves: count = BURST_MOVES } = {}) {
  const browser = page.context().browser();
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!box) throw new Error(`node ${nodeId} is not on the page`);
  // A quarter in from the left: at the zoom that fits 3,000 servers the bare page's handles (top and
  // bottom, in the middle) cover the node's centre, and a press there starts a link instead.
  const cx = box.x + box.width / 4;
  const cy = box.y + box.height / 2;
  const at = (i) => {
    const a = (i * Math.PI) / 6;
    return [cx + RADIUS * Math.sin(a), cy + RADIUS * (1 - Math.cos(a))];
  };
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  // Pick the node up and draw it moved once, as the other drag's warm-up does.
  for (let i = 1; i <= WARMUP_MOVES; i++) {
    await page.mouse.move(...at(i));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  const transformBefore = await page.evaluate(
    (id) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.style.transform,
    nodeId,
  );
  await page.evaluate(() => {
    const b = window.__bench;
    b.burstStart = undefined;
    addEventListener('pointermove', () => (b.burstStart ??= performance.now()), { capture: true, passive: true, once: true });
  });
  await browser.startTracing(undefined, { categories: ['toplevel'] });
  for (let i = WARMUP_MOVES + 1; i <= WARMUP_MOVES + count; i++) await page.mouse.move(...at(i));
  const { totalMs, moved } = await page.evaluate(
    ({ id, before }) =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              resolve({
                totalMs: performance.now() - window.__bench.burstStart,
                moved: document.querySelector(`.react-flow__node[data-id="${id}"]`)?.style.transform !== before,
              });
            channel.port2.postMessage(null);
          }),
        ),
      ),
    { id: nodeId, before: transformBefore },
  );
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents ?? [];
  const cpu = mainThreadCpu(events);
  await page.mouse.up();
  await page.waitForTimeout(700);
  const longTasks = await page.evaluate(() => {
    const b = window.__bench;
    return b.longTasks.filter((t) => t.start >= b.burstStart);
  });
  if (!moved) process.stderr.write(`[browser] warning: node ${nodeId} did not move in the back-to-back drag\n`);
  const long = longTasks.filter((t) => t.duration > LONG_TASK_MS);
  return {
    msPerMove: totalMs / count,
    cpuMsPerMove: cpu.cpuMs / count,
    cpuLongTasks: cpu.longTasks,
    moves: count,
    longTasks: long,
    longTasksAt: { moves: long.length },
    moved,
  };
}

export async function measure(browser, kind, url, plan, options = {}) {
  const { context, page } = await openPage(browser, kind, url, options.canvasSize);
  try {
    const load = await loadPlan(page, kind, plan);
    await page.waitForTimeout(800); // the fit, the findings and the autosave settle
    const dragged = await drag(page, dragTargetId(plan), { moves: movesFor(plan.nodes.length), ...options });
    // Another Front End, pools away from the one just dragged and dropped (which may lie on its neighbours).
    const burst = options.burst ? await burstDrag(page, dragTargetId(plan, 40)) : undefined;
    return { load, drag: dragged, burst };
  } finally {
    await context.close();
  }
}

/**
 * Opening a plan until the canvas is usable (see openPlan), then the JavaScript heap once the page
 * has settled (1.5 s: the findings, the autosave) and a garbage collection has run.
 */
export async function measureOpen(browser, kind, url, plan, options = {}) {
  const { context, page } = await openPage(browser, kind, url, options.canvasSize);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const empty = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const open = await openPlan(page, kind, plan);
    // The app: the routing worker's pass over the opened plan (a performance measure the page makes).
    const routing =
      kind === 'app'
        ? await page.evaluate(
            () =>
              new Promise((resolve) => {
                const t0 = performance.now();
                const look = () => {
                  const pass = performance
                    .getEntriesByName('ocs-links-routed')
                    .find((e) => e.detail?.whole && e.startTime >= window.__bench.openStart);
                  if (pass) resolve({ routingMs: pass.duration, routedMs: pass.startTime + pass.duration - window.__bench.openStart });
                  else if (performance.now() - t0 > 60_000) resolve({});
                  else setTimeout(look, 20);
                };
                look();
              }),
          )
        : {};
    const longTasks = await page.evaluate(() =>
      window.__bench.longTasks.filter((t) => t.start >= window.__bench.openStart).map((t) => t.duration),
    );
    await page.waitForTimeout(1500);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const shown = await page.evaluate(() => ({
      domNodes: document.querySelectorAll('.react-flow__node').length,
      detail: document.querySelector('[data-testid=canvas]')?.dataset.detail,
    }));
    await cdp.detach();
    return { ...open, ...routing, heapMB: heap / 1e6, emptyHeapMB: empty / 1e6, longestTaskMs: Math.max(0, ...longTasks), ...shown };
  } finally {
    await context.close();
  }
}
