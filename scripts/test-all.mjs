// Every test, from a fresh clone: installs packages and a browser when missing, then type-checks
// (everything with Node's types, and the browser code without them), lints, looks for circular
// imports, runs the unit, CLI and package tests (Vitest) and the end-to-end tests (Playwright, Chromium).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

function step(name, cmd, env = {}) {
  console.log(`\n=== ${name}: ${cmd}`);
  const r = spawnSync(cmd, { stdio: 'inherit', shell: true, env: { ...process.env, ...env } });
  return r.status === 0;
}

const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('[setup] installing packages (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

const { ensureBrowser } = await import('./browser.mjs');
const browser = await ensureBrowser();
console.log(`[setup] browser: ${browser ?? 'Playwright’s own Chromium'}`);

const only = process.argv[2];
const results = [];
const run = (name, cmd, env) => results.push([name, step(name, cmd, env)]);
if (!only || only === 'static') {
  run('types', 'npx tsc -p tsconfig.json --noEmit');
  run('browser types (no Node)', 'npx tsc -p tsconfig.app.json');
  run('lint', 'npx eslint . --max-warnings=0');
  run('circular imports', 'node scripts/check-cycles.mjs src scripts bench e2e test');
  run('format (Prettier)', 'npx prettier --check . --log-level warn');
}
if (!only || only === 'unit') run('unit and CLI tests', 'npx vitest run');
if (!only || only === 'e2e') run('end-to-end tests', 'npx playwright test', { CHROMIUM_PATH: browser ?? '' });

const passed = results.filter(([, ok]) => ok).length;
const failed = results.length - passed;
console.log('\n=== summary');
for (const [name, ok] of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
console.log(`suites: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
