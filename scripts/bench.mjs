/**
 * `npm run bench`: builds the app and the bare React Flow page, runs the Node, bundle and browser
 * benchmarks of bench/, prints one table (figure, value, target, pass/miss) and writes the figures
 * to bench/results/<timestamp>.json and bench/results/latest.json.
 *
 * Options: --skip-build (use dist/ and bench/bare/dist/ as they are), --only core|bundle|cli|browser
 * (repeatable), --profile (also record CPU profiles of the drags, in bench/results/profiles-<timestamp>/).
 * BENCH_RUNS=n sets the browser runs per plan size. FUZZ_RUNS=n (or --only fuzz, 1,000,000 by default)
 * also runs the fuzz tests of the readers with about n inputs in all (the normal test run feeds 100,000).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundleBench } from '../bench/bundle.bench.mjs';
import { runStartupBench } from '../bench/startup.bench.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench/results');
const args = process.argv.slice(2);
const only = args.flatMap((a, i) => (a === '--only' ? [args[i + 1]] : []));
const wants = (part) => only.length === 0 || only.includes(part);
const stamp = new Date()
  .toISOString()
  .replace(/[:.]/g, '-')
  .replace(/-\d{3}Z$/, 'Z');

function run(command, commandArgs, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`))));
  });
}

/** Runs a benchmark script that writes its figures to a JSON file, and reads them back. */
async function figuresOf(script, extra = []) {
  const out = join(tmpdir(), `ocs-bench-${process.pid}-${script.replace(/\W/g, '_')}.json`);
  try {
    await run('npx', ['tsx', script, ...(script.endsWith('.ts') ? [out] : ['--out', out]), ...extra]);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(out, { force: true });
  }
}

function formatValue(f) {
  const v = f.value;
  const digits = f.unit === '×' ? 2 : f.unit === 'KiB' ? 1 : Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
  const text =
    typeof v === 'number'
      ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: f.unit === '×' ? 2 : 0 })
      : String(v);
  return f.unit === '×' ? `${text}×` : `${text}${f.unit ? ` ${f.unit}` : ''}`;
}

function printTable(sections) {
  const rows = [['Figure', 'Value', 'Target', 'Result']];
  const breaks = [];
  for (const [title, figures] of sections) {
    if (figures.length === 0) continue;
    breaks.push(rows.length);
    rows.push([`— ${title}`, '', '', '']);
    for (const f of figures) rows.push([f.name, formatValue(f), f.target?.text ?? '', f.target ? (f.pass ? 'pass' : 'MISS') : '']);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  console.log('');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.slice(1).forEach((r, i) => {
    if (breaks.includes(i + 1) && i > 0) console.log('');
    console.log(line(r));
  });
  console.log('');
}

/** The readers' fuzz tests (plan files, SVG, share links, the app's import) with FUZZ_RUNS inputs in all. */
async function runFuzz() {
  const runs = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 1_000_000;
  console.log(`[bench] fuzzing the readers with about ${runs.toLocaleString('en-US')} inputs…`);
  const started = Date.now();
  let pass = true;
  process.env.FUZZ_RUNS = String(runs);
  try {
    await run('npx', ['vitest', 'run', 'src/io', 'src/app/io', '-t', 'fuzz']);
  } catch {
    pass = false;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  return {
    id: 'fuzz-inputs',
    name: `fuzzed inputs, each a plan or a clear error (${seconds} s)`,
    value: runs,
    unit: '',
    target: { text: 'no failure' },
    pass,
  };
}

async function main() {
  const started = Date.now();
  const loadBefore = loadavg();
  if (!args.includes('--skip-build') && (wants('bundle') || wants('browser'))) {
    console.log('[bench] building the app (dist/) and the bare React Flow page (bench/bare/dist/)…');
    await run('npx', ['vite', 'build', '--logLevel', 'error'], { quiet: true });
    await run('npx', ['vite', 'build', '--config', 'bench/bare/vite.config.ts', '--logLevel', 'error'], { quiet: true });
  }
  const sections = [];
  if (wants('core')) {
    console.log('[bench] Node benchmarks (rules, reading, links, SVG)…');
    sections.push(['Rules and file formats (Node)', await figuresOf('bench/core.bench.ts')]);
  }
  if (process.env.FUZZ_RUNS || only.includes('fuzz')) sections.push(['Fuzzing of the readers (Node)', [await runFuzz()]]);
  if (wants('bundle')) sections.push(['Production build', runBundleBench()]);
  if (wants('cli')) {
    console.log('[bench] command-line start-up (bundle against node -e 0)…');
    sections.push(['Command-line tool', await runStartupBench()]);
  }
  if (wants('browser')) {
    console.log('[bench] browser benchmarks (headless Chromium)…');
    const profile = args.includes('--profile') ? ['--profile', join(RESULTS, `profiles-${stamp}`)] : [];
    sections.push(['Canvas in headless Chromium', await figuresOf('bench/browser.bench.mjs', profile)]);
  }
  const figures = sections.flatMap(([, f]) => f);
  printTable(sections);
  const missed = figures.filter((f) => f.target && !f.pass);
  const result = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      loadAverageBefore: loadBefore.map((l) => Number(l.toFixed(2))),
      loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))),
    },
    summary: {
      targets: figures.filter((f) => f.target).length,
      passed: figures.filter((f) => f.pass).length,
      missed: missed.map((f) => f.id),
    },
    figures,
  };
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  // The run itself keeps about one CPU busy; a higher load when it starts means something else is running.
  const busy = result.machine.loadAverageBefore[0] >= Math.max(1, cpus().length / 2);
  console.log(
    `[bench] ${result.summary.passed} of ${result.summary.targets} targets met${missed.length ? `; missed: ${missed.map((f) => f.id).join(', ')}` : ''}.`,
  );
  if (busy)
    console.log(
      `[bench] note: the machine was not idle when the run started (load average ${result.machine.loadAverageBefore[0]} on ${cpus().length} CPUs): speed figures are noisier; ratios to the bare page hold up best.`,
    );
  console.log(`[bench] figures written to ${file} and bench/results/latest.json (${result.durationSeconds} s).`);
}

main().catch((e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
