/** The figures of the browser benchmarks, from the samples of both pages. */
import { DRAG_TARGET, LONG_TASK_MS, median, movesFor, round } from './common.mjs';

export function dragFigures(n, plan, samples) {
  const label = `${n.toLocaleString('en-US')} servers`;
  const app = samples.app.map((s) => s.drag);
  const bare = samples.bare.map((s) => s.drag);
  const isTarget = n === DRAG_TARGET;
  const ratioTarget = isTarget ? { max: 1.1, text: '≤ 1.1×' } : undefined;
  const chrome = (list) =>
    Object.fromEntries(['script', 'style', 'layout', 'task'].map((k) => [k, round(median(list.map((d) => d.chromeMsPerMove[k])), 3)]));
  const sizes = {
    flowNodes: plan.pools.length + plan.nodes.length,
    edges: plan.links.length,
    runCount: app.length,
    movesPerRun: movesFor(n),
  };
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
      detail: {
        perRun: longCounts,
        at: app.map((d) => d.longTasksAt),
        longestMs: longest(app),
        overFiftyMsOfCpuPerRun: app.map((d) => d.cpuLongTasks),
      },
    },
    {
      id: `drag-long-tasks-bare-${n}`,
      name: `Drag a node: long tasks (> ${LONG_TASK_MS} ms) per drag, bare React Flow, ${label}`,
      value: median(bare.map((d) => d.longTasks.length)),
      unit: 'tasks',
      detail: {
        perRun: bare.map((d) => d.longTasks.length),
        at: bare.map((d) => d.longTasksAt),
        longestMs: longest(bare),
        overFiftyMsOfCpuPerRun: bare.map((d) => d.cpuLongTasks),
      },
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
      detail: { runs: ratios.map((r) => round(r, 3)) },
    },
  ];
}
