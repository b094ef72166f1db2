/**
 * The command-line tool reads through the same bounded reader as the app: a plan nested 100,000
 * levels deep, or with coordinates of 1e308, is refused at once with exit code 2 and the reason
 * (it used to pass `check` and crash `export` with exit 70, "Maximum call stack size exceeded").
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templatePlan } from '../domain/templates';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ocs-cli-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [`${root}bin/ocs-topology.mjs`, ...args], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: unknown }).code) : 0, stdout, stderr }),
    ),
  );
}

describe('the CLI and the limits', () => {
  it('refuses a plan nested 100,000 levels deep and one with absurd coordinates, with exit code 2 and the reason', async () => {
    const deep = join(dir, 'deep.json');
    const plan = JSON.stringify(templatePlan('standard'));
    writeFileSync(deep, `${plan.slice(0, -1)},"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const far = join(dir, 'far.json');
    writeFileSync(far, plan.replace('"x":', '"x":1e308,"was":'));
    const [exported, checked] = await Promise.all([cli(['export', deep, '--svg', join(dir, 'out.svg')]), cli(['check', far])]);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toMatch(/values are nested more than 64 levels deep \(at line 1, column \d+\); the limit is 64/);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toMatch(/pools\[0\]\.position\.x: expected a number no larger than 2,000,000 but got 1e\+308/);
  });
});
