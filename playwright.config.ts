import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath } from './scripts/browser-path.mjs';

const CI = !!process.env.CI;
// Ports can be moved (E2E_PORT, E2E_HOST_PORT) so that two checkouts can test at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Static host pages for the embed tests (e2e/embed.spec.ts). */
const EMBED_HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4174);
const EMBED_HOST_URL = `http://127.0.0.1:${EMBED_HOST_PORT}`;

// Debian's Chromium (or $PLAYWRIGHT_CHROMIUM_EXECUTABLE); undefined = Playwright's own download.
// Run `node scripts/ensure-browser.mjs` for a diagnosis when no browser is found.
const executablePath = chromiumExecutablePath();

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: CI ? 2 : undefined,
  // A full-page axe scan of the inspector takes 10+ s on a busy two-core machine.
  timeout: 60_000,
  // reports/ (not test-results/, which Playwright wipes) is read by scripts/test-summary.mjs.
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off', // needs Playwright's ffmpeg download, which is unavailable here
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath } },
    },
  ],
  webServer: [
    {
      command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: BASE_URL,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Plain host pages for <spte-inspector> (e2e/fixtures, not built by the app) and the
      // built element (dist/embed), on a second origin. Reads files per request, so it
      // does not need to wait for the build above.
      command: `node scripts/serve-static.mjs --port ${EMBED_HOST_PORT} --app-port ${PORT}`,
      url: `${EMBED_HOST_URL}/embed-host.html`,
      reuseExistingServer: !CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
