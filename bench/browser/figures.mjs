/** The figures of the browser benchmarks, from the samples of both pages. */
import { BURST_MOVES, LONG_TASK_MS, median, movesFor, OPEN_TARGET_MS, round } from './common.mjs';

/**
 * The figures of one kind of drag (`key`: 'drag', moves waiting for frames; 'burst', moves back to back)
 * at one plan size. Every size has the targets: time per move within 1.1× the bare page's, and no more
 * long tasks than the bare page has.
 */
export function dragFigures(n, plan, samples, key = 'drag') {
  const label = `${n.toLocaleString('en-US')} servers`;
  const app = samples.app.map((s) => s[key]);
  const bare = samples.bare.map((s) => s[key]);
  const burst = key === 'burst';
  const prefix = burst ? 'burst' : 'drag';
  const title = burst ? `Drag a node, ${BURST_MOVES} moves back to back` : 'Drag a node';
  const ratioTarget = { max: 1.1, text: '≤ 1.1×' };
  const chrome = (list) =>
    Object.fromEntries(['script', 'style', 'layout', 'task'].map((k) => [k, round(median(list.map((d) => d.chromeMsPerMove[k])), 3)]));
  const sizes = {
    flowNodes: plan.pools.length + plan.nodes.length,
    edges: plan.links.length,
    runCount: app.length,
    movesPerRun: movesFor(n),
  };
  /** Value of each page, and the median of the per-run ratios (app and bare of a run were measured back to back). */
  const trio = (field, unit, name, extra) => {
    const ratios = app.map((a, i) => a[field] / bare[i][field]);
    const ratio = median(ratios);
    return [
      {
        id: `${prefix}-${extra.id}-app-${n}`,
        name: `${name}, app, ${label}`,
        value: round(median(app.map((d) => d[field]))),
        unit,
        detail: { runs: app.map((d) => round(d[field], 3)), ...extra.detail(app), ...sizes },
      },
      {
        id: `${prefix}-${extra.id}-bare-${n}`,
        name: `${name}, bare React Flow, ${label}`,
        value: round(median(bare.map((d) => d[field]))),
        unit,
        detail: { runs: bare.map((d) => round(d[field], 3)), ...extra.detail(bare) },
      },
      {
        id: `${prefix}-${extra.id}-ratio-${n}`,
        name: `${name}, app ÷ bare, ${label}`,
        value: round(ratio, 3),
        unit: '×',
        target: extra.target,
        pass: extra.target ? ratio <= extra.target.max : undefined,
        detail: { runs: ratios.map((r) => round(r, 3)) },
      },
    ];
  };
  const longest = (list) => round(Math.max(0, ...list.flatMap((d) => d.longTasks.map((t) => t.duration))), 1);
  const longCounts = app.map((d) => d.longTasks.length);
  const bareLong = median(bare.map((d) => d.longTasks.length));
  return [
    ...trio('msPerMove', 'ms/move', `${title}: time per move (${burst ? 'first move to the last drawn' : 'event to drawn frame'})`, {
      id: 'latency',
      target: ratioTarget,
      detail: (list) =>
        burst ? {} : { roundTripMs: round(median(list.map((d) => d.roundTripMs))), unchangedMoves: list.map((d) => d.unchangedMoves) },
    }),
    ...trio('cpuMsPerMove', 'ms/move', `${title}: main-thread CPU per move`, {
      id: 'cpu',
      detail: (list) =>
        burst ? {} : { wallTaskMsPerMove: round(median(list.map((d) => d.wallTaskMsPerMove))), chromeMsPerMove: chrome(list) },
    }),
    {
      id: `${prefix}-long-tasks-app-${n}`,
      name: `${title}: long tasks (> ${LONG_TASK_MS} ms) per drag, app, ${label}`,
      value: median(longCounts),
      unit: 'tasks',
      target: { max: bareLong, text: '≤ bare' },
      pass: median(longCounts) <= bareLong,
      detail: {
        perRun: longCounts,
        at: app.map((d) => d.longTasksAt),
        longestMs: longest(app),
        overFiftyMsOfCpuPerRun: app.map((d) => d.cpuLongTasks),
      },
    },
    {
      id: `${prefix}-long-tasks-bare-${n}`,
      name: `${title}: long tasks (> ${LONG_TASK_MS} ms) per drag, bare React Flow, ${label}`,
      value: bareLong,
      unit: 'tasks',
      detail: {
        perRun: bare.map((d) => d.longTasks.length),
        at: bare.map((d) => d.longTasksAt),
        longestMs: longest(bare),
        overFiftyMsOfCpuPerRun: bare.map((d) => d.cpuLongTasks),
      },
    },
    { id: `${prefix}-longest-task-app-${n}`, name: `${title}: longest task, app, ${label}`, value: longest(app), unit: 'ms' },
    { id: `${prefix}-longest-task-bare-${n}`, name: `${title}: longest task, bare React Flow, ${label}`, value: longest(bare), unit: 'ms' },
  ];
}

/** Opening a large plan to a usable canvas, and the heap after it, both pages (see measureOpen). */
export function openFigures(n, samples) {
  const label = `${n.toLocaleString('en-US')} servers`;
  const med = (kind, field) => median(samples[kind].map((s) => s[field]));
  const ratio = (field) => median(samples.app.map((a, i) => a[field] / samples.bare[i][field]));
  const openApp = med('app', 'paintedMs');
  const heapRatio = ratio('heapMB');
  const detail = (kind) => ({
    runs: samples[kind].map((s) => round(s.paintedMs, 1)),
    longestTaskMs: samples[kind].map((s) => round(s.longestTaskMs, 1)),
    domNodes: samples[kind][0]?.domNodes,
    detail: samples[kind][0]?.detail,
  });
  return [
    {
      id: `open-app-${n}`,
      name: `Open a plan to a usable, fitted canvas, app, ${label}`,
      value: round(openApp, 0),
      unit: 'ms',
      target: { max: OPEN_TARGET_MS, text: `< ${OPEN_TARGET_MS / 1000} s` },
      pass: openApp < OPEN_TARGET_MS,
      detail: detail('app'),
    },
    {
      id: `open-bare-${n}`,
      name: `Open a plan, every node in the DOM and fitted, bare React Flow, ${label}`,
      value: round(med('bare', 'paintedMs'), 0),
      unit: 'ms',
      detail: detail('bare'),
    },
    { id: `open-ratio-${n}`, name: `Open a plan, app ÷ bare, ${label}`, value: round(ratio('paintedMs'), 3), unit: '×' },
    ...(samples.app.every((s) => s.routingMs !== undefined)
      ? [
          {
            id: `open-routing-app-${n}`,
            name: `Open a plan: every link routed, in the worker (the page stays usable), app, ${label}`,
            value: round(med('app', 'routingMs'), 0),
            unit: 'ms',
            target: { max: 1000, text: '≤ 1 s' },
            pass: med('app', 'routingMs') <= 1000,
            detail: {
              runs: samples.app.map((s) => round(s.routingMs, 0)),
              fromOpenMs: samples.app.map((s) => round(s.routedMs, 0)),
            },
          },
        ]
      : []),
    {
      id: `open-longest-task-app-${n}`,
      name: `Open a plan: longest task, app, ${label}`,
      value: round(med('app', 'longestTaskMs'), 0),
      unit: 'ms',
    },
    {
      id: `open-longest-task-bare-${n}`,
      name: `Open a plan: longest task, bare React Flow, ${label}`,
      value: round(med('bare', 'longestTaskMs'), 0),
      unit: 'ms',
    },
    {
      id: `heap-app-${n}`,
      name: `JavaScript heap after opening, app, ${label}`,
      value: round(med('app', 'heapMB'), 1),
      unit: 'MB',
      detail: { runs: samples.app.map((s) => round(s.heapMB, 1)), emptyPageMB: round(med('app', 'emptyHeapMB'), 1) },
    },
    {
      id: `heap-bare-${n}`,
      name: `JavaScript heap after opening, bare React Flow, ${label}`,
      value: round(med('bare', 'heapMB'), 1),
      unit: 'MB',
      detail: { runs: samples.bare.map((s) => round(s.heapMB, 1)), emptyPageMB: round(med('bare', 'emptyHeapMB'), 1) },
    },
    {
      id: `heap-ratio-${n}`,
      name: `JavaScript heap after opening, app ÷ bare, ${label}`,
      value: round(heapRatio, 3),
      unit: '×',
      target: { max: 1.5, text: '≤ 1.5×' },
      pass: heapRatio <= 1.5,
    },
  ];
}

export function phaseFigures(n, split) {
  const label = `${n.toLocaleString('en-US')} servers`;
  const total = (p) =>
    round(
      Object.entries(p).reduce((sum, [k, v]) => (k === 'longFrames' ? sum : sum + v), 0),
      1,
    );
  return ['app', 'bare'].map((kind) => ({
    id: `drag-phases-${kind}-${n}`,
    name: `Drag a node: script, hit test, style, layout, paint and layerize per move (one traced drag), ${kind === 'app' ? 'app' : 'bare React Flow'}, ${label}`,
    value: total(split[kind]),
    unit: 'ms/move',
    detail: split[kind],
  }));
}

export function loadFigures(n, samples) {
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
      target: { max: 1.1, text: '≤ 1.1×' },
      pass: median(ratios) <= 1.1,
      detail: { runs: ratios.map((r) => round(r, 3)) },
    },
  ];
}
