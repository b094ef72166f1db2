/**
 * Timing for the Node benchmarks: every figure is the median of several samples of a warmed-up
 * function, and every sample runs it back to back for at least `minSampleMs`, so the garbage
 * collection its allocations cause is counted (timing single calls would leave most of it out).
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median time of one call, in milliseconds. */
  median: number;
  min: number;
  max: number;
  /** Calls per sample (short functions are timed in batches, so a sample is never a few microseconds). */
  callsPerSample: number;
  samples: number;
}

export interface TimingOptions {
  samples?: number;
  /** Each sample runs the function often enough to last at least this long. */
  minSampleMs?: number;
  warmupMs?: number;
}

let sink = 0;

/** Keeps results alive so the engine cannot drop the work. */
function consume(value: unknown) {
  if (typeof value === 'string') sink += value.length;
  else if (Array.isArray(value)) sink += value.length;
  else if (value && typeof value === 'object') sink += 1;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function timeIt(fn: () => unknown, options: TimingOptions = {}): Timing {
  const { samples = 11, minSampleMs = 200, warmupMs = 300 } = options;
  // Warm up (lets the JIT settle) and estimate one call's cost.
  let calls = 0;
  const w0 = performance.now();
  do {
    consume(fn());
    calls++;
  } while (performance.now() - w0 < warmupMs || calls < 3);
  const estimate = (performance.now() - w0) / calls;
  const callsPerSample = Math.max(1, Math.ceil(minSampleMs / Math.max(estimate, 1e-6)));
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < callsPerSample; i++) consume(fn());
    times.push((performance.now() - t0) / callsPerSample);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), callsPerSample, samples };
}

/** For the record: a number the benchmarks computed, so nothing is optimised away. */
export function sinkValue(): number {
  return sink;
}
