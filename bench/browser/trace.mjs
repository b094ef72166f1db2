/** Reading Chrome traces: main-thread CPU, where a frame's time goes, and when long tasks happened. */
import { LONG_TASK_MS, round } from './common.mjs';

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
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
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
export const PHASE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink', 'cc'];
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
export function phaseOfTasks(tasks, firstMoveEnd, upAt) {
  const at = { pickUp: 0, moves: 0, drop: 0 };
  for (const t of tasks) {
    if (firstMoveEnd !== undefined && t.start < firstMoveEnd) at.pickUp++;
    else if (upAt !== undefined && t.start + t.duration >= upAt) at.drop++;
    else at.moves++;
  }
  return at;
}
