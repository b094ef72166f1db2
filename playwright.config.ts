import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium as findSystemChromium } from './scripts/browser.mjs';

// `npm test` sets CHROMIUM_PATH to the browser it found or installed, or to '' for Playwright's own
// (scripts/browser.mjs); run directly, the config looks for a system Chromium (Debian's) itself.
const systemChromium = process.env.CHROMIUM_PATH !== undefined ? process.env.CHROMIUM_PATH || undefined : findSystemChromium();
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // One output folder per server port, so two runs side by side do not trample each other's artifacts.
  outputDir: `test-results/${PORT}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: systemChromium ? { executablePath: systemChromium, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The CLI bundle too: the rules spec compares the app with what `ocs-topology check` prints.
    command: `node scripts/build-cli.mjs && npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
