/** What the browser benchmarks share: their settings and small helpers. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [100, 1000, 3000];
export const DEFAULT_RUNS = { 100: 3, 1000: 5, 3000: 3 };
export const WARMUP_MOVES = 4;
/** Moves measured per drag, by plan size (fewer where each move is slow). */
export const MOVES = { 100: 30, 1000: 30, 3000: 18 };
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
