// Finds a Chromium for the end-to-end tests and benchmarks: Playwright's own where it is installed,
// else the system's (Debian's /usr/bin/chromium), else installs one (Playwright's download on an
// ordinary machine; Debian's package where downloads are closed and apt-get can be used).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags that keep a system Chromium quiet and working on closed, sandbox-less machines. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function playwrightOwnChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function systemChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return SYSTEM_CANDIDATES.find((p) => existsSync(p));
}

/** The executable to use, or undefined for Playwright's own browser. Installs one when none is found. */
export async function ensureBrowser({ install = true } = {}) {
  const system = systemChromium();
  if (process.env.CHROMIUM_PATH && system) return system;
  if (await playwrightOwnChromium()) return undefined;
  if (system) return system;
  if (!install) throw new Error('No Chromium found: install Debian’s chromium package or run `npx playwright install chromium`.');
  console.log('[browser] no Chromium found; trying Playwright’s download…');
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit', timeout: 300_000 });
    if (await playwrightOwnChromium()) return undefined;
  } catch {
    console.log('[browser] Playwright’s download failed; trying the system package manager…');
  }
  try {
    const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
    execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, { stdio: 'inherit', timeout: 900_000 });
  } catch {
    // reported below
  }
  const installed = systemChromium();
  if (installed) return installed;
  throw new Error('Could not install a Chromium. Install Debian’s chromium package, or run `npx playwright install chromium`.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBrowser().then(
    (path) => console.log(path ?? 'playwright'),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
