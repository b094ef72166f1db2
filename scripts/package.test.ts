/**
 * The package as users get it: the bundled bin run as a real process (bounded input, exit codes),
 * and `npm pack` installed offline into an empty folder, where `ocs-topology check` runs with
 * nothing but the package (no React, no TypeScript loader).
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkPlan } from '../src/rules';
import type { Plan } from '../src/domain/plan';
import { buildCli } from './build-cli.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = (name: string) => `${root}fixtures/plans/${name}`;
const bin = `${root}bin/ocs-topology.mjs`;
const temp = mkdtempSync(join(tmpdir(), 'ocs-topology-package-'));

interface Done {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runProcess(file: string, args: string[], options: { cwd?: string; stdinFile?: string } = {}): Promise<Done> {
  return new Promise((resolve, reject) => {
    const stdin = options.stdinFile ? openSync(options.stdinFile, 'r') : 'ignore';
    const child = spawn(file, args, { cwd: options.cwd ?? root, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const npm = (args: string[], cwd: string) =>
  new Promise<string>((resolve, reject) =>
    execFile('npm', args, { cwd, timeout: 120_000, maxBuffer: 1 << 24 }, (error, stdout, stderr) =>
      error ? reject(new Error(`npm ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    ),
  );

const withErrors = () => JSON.parse(readFileSync(fixture('with-errors.json'), 'utf8')) as Plan;

beforeAll(async () => {
  await buildCli();
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('bin/ocs-topology.mjs', () => {
  it('runs the bundle as a real process: check --json exits 1 with the findings on stdout', async () => {
    const r = await runProcess(process.execPath, [bin, 'check', fixture('with-errors.json'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ findings: checkPlan(withErrors()) });
  });

  it('without the bundle says how to build it and exits 2, not 1', async () => {
    const dir = join(temp, 'clone');
    mkdirSync(join(dir, 'bin'), { recursive: true });
    copyFileSync(bin, join(dir, 'bin', 'ocs-topology.mjs'));
    const r = await runProcess(process.execPath, [join(dir, 'bin', 'ocs-topology.mjs'), 'check', fixture('standard.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ocs-topology: the tool is not built yet\. Run `npm ci`/);
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'stops reading endless input at the size limit, a device and standard input alike: exit 2 with a message',
    async () => {
      for (const [args, stdinFile] of [
        [['check', '/dev/zero'], undefined],
        [['check', '-'], '/dev/zero'],
      ] as const) {
        const r = await runProcess(process.execPath, [bin, ...args], { stdinFile });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/: the input is larger than 64,000,000 bytes, more than any plan; reading stopped there\n$/);
      }
    },
    30_000,
  );
});

describe('npm pack', () => {
  it('installs into an empty folder offline and runs `ocs-topology check` with no dependencies', async () => {
    const packed = JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp], root)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = packed[0].files.map((f) => f.path).sort();
    expect(files).toContain('dist-cli/ocs-topology.mjs');
    expect(files).toContain('bin/ocs-topology.mjs');
    expect(files).toContain('LICENSE');
    expect(files).toContain('public/plan.schema.json');
    expect(files.filter((f) => /^(src|e2e|bench|fixtures|scripts|\.ci)\/|\.png$|\.test\./.test(f))).toEqual([]);

    const project = join(temp, 'docs-repo');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'docs-repo', private: true }));
    await npm(['install', '--offline', '--no-audit', '--no-fund', join(temp, packed[0].filename)], project);
    expect(
      readdirSync(join(project, 'node_modules'))
        .filter((n) => !n.startsWith('.'))
        .sort(),
    ).toEqual(['ocs-topology-designer']);
    const installedBin = join(project, 'node_modules', '.bin', 'ocs-topology');
    writeFileSync(join(project, 'plan.json'), readFileSync(fixture('with-errors.json')));
    const r = await runProcess(installedBin, ['check', 'plan.json', '--format', 'sarif'], { cwd: project });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0].results.map((x) => x.ruleId)).toEqual(checkPlan(withErrors()).map((f) => f.rule));
    const ok = await runProcess(installedBin, ['check', fixture('standard.json')], { cwd: project });
    expect(ok.code).toBe(0);
  }, 120_000);
});
