/** What the browser benchmarks share: their settings and small helpers. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [100, 300, 1000, 3000];
export const DEFAULT_RUNS = { 100: 3, 300: 3, 1000: 5, 3000: 3 };
/** Plans opened (not dragged) to measure the time to a usable canvas and the heap; BENCH_OPEN_SIZES=… changes them (empty: none). */
export const OPEN_SIZES =
  process.env.BENCH_OPEN_SIZES !== undefined ? process.env.BENCH_OPEN_SIZES.split(',').filter(Boolean).map(Number) : [10000];
export const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 2);
/** Moves of the back-to-back drag (plans from BURST_FROM servers). */
export const BURST_MOVES = 80;
export const BURST_FROM = 1000;
/** Time to a usable canvas of the plans of OPEN_SIZES, in ms. */
export const OPEN_TARGET_MS = 2000;
export const WARMUP_MOVES = 4;
/** Moves measured per drag, by plan size (fewer where each move is slow). */
export const MOVES = { 100: 30, 300: 30, 1000: 30, 3000: 18 };
export const movesFor = (n) => MOVES[n] ?? 30;
/** Radius of the circle the pointer moves on, in screen pixels (12 moves a turn: about 25 px a move). */
export const RADIUS = 48;
export const VIEWPORT = { width: 1440, height: 900 };
export const DRAG_TARGET = 1000;
export const LONG_TASK_MS = 50;

export const log = (m) => process.stderr.write(`[browser] ${m}\n`);
export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const round = (v, d = 2) => (Number.isFinite(v) ? Number(v.toFixed(d)) : v);
