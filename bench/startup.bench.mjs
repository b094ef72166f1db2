/**
 * Start-up of the command-line tool: wall time of `ocs-topology check` on a small plan (the built
 * bundle, through the package's bin) against `node -e 0`, run alternately in the same run so both
 * see the same machine. Target: the check within 0.3 s.
 * Run: `node bench/startup.bench.mjs [--out f.json]` (builds the bundle first).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 15);
const TARGET_S = 0.3;
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (v) => Number(v.toFixed(3));

function seconds(args, expectCode) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== expectCode) throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return s;
}

export async function runStartupBench() {
  await buildCli();
  const check = ['bin/ocs-topology.mjs', 'check', 'fixtures/plans/standard.json'];
  // One of each first, to warm the file cache.
  seconds(['-e', '0'], 0);
  seconds(check, 0);
  const bare = [];
  const cli = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(seconds(['-e', '0'], 0));
    cli.push(seconds(check, 0));
  }
  const checkS = median(cli);
  const nodeS = median(bare);
  return [
    {
      id: 'cli-startup-check',
      name: 'CLI: `ocs-topology check` of a small plan, wall time',
      value: round(checkS),
      unit: 's',
      target: { max: TARGET_S, text: `≤ ${TARGET_S} s` },
      pass: checkS <= TARGET_S,
      detail: { runs: cli.map(round) },
    },
    {
      id: 'cli-startup-node',
      name: 'CLI: `node -e 0` in the same run, wall time',
      value: round(nodeS),
      unit: 's',
      detail: { runs: bare.map(round) },
    },
    { id: 'cli-startup-over-node', name: 'CLI: check minus `node -e 0`', value: round(checkS - nodeS), unit: 's' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runStartupBench();
  const i = process.argv.indexOf('--out');
  if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify(figures, null, 2));
  else console.log(JSON.stringify(figures, null, 2));
}
