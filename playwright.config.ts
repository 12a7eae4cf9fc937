// End-to-end tests against a real production build served by `npm start` on a fresh embedded database.
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/chromium';
import { edgePort } from './e2e/edge-port';
import { wordpressPort } from './e2e/wordpress-port';

const port = Number(process.env.E2E_PORT || 3100);
const externalBaseUrl = process.env.E2E_BASE_URL;
// localhost, not 127.0.0.1: browsers refuse IP addresses as WebAuthn relying parties (passkey tests).
const baseURL = externalBaseUrl || `http://localhost:${port}`;
const dataDir = process.env.E2E_DATA_DIR || '.e2e-data';
// The server's output also goes to a file the hostile-input specs read (e2e/server-log.ts).
const serverLog = `${dataDir}.server.log`;
/** A second server: the demo newsroom plus the WordPress fixture imported before it starts (PGlite is single-process). */
const wordpressDataDir = `${dataDir}-wordpress`;
const wordpressOrigin = `http://127.0.0.1:${wordpressPort}`;
const wordpressFixture = 'e2e/fixtures/wordpress';
const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      // Root on CI machines needs --no-sandbox; the rest keep Chromium off the (closed) network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // The XSS corpus is the longest spec: in a project of its own, listed first, it starts at once on one
    // worker while the other takes the rest (alphabetically last, it used to run alone at the end).
    { name: 'corpus', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /xss-corpus\.spec\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /(two-factor-policy|edge|xss-corpus)\.spec\.ts/ },
    // The edge spec asserts which pages stay stored at the edge: it runs after the others, whose writes
    // purge pages too, so nothing else purges beside it.
    { name: 'edge', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /edge\.spec\.ts/, dependencies: ['corpus', 'chromium'] },
    // Specs that change site-wide sign-in rules run after all the others, never beside them.
    { name: 'site-wide', use: { ...devices['Desktop Chrome'], channel: undefined }, testMatch: /two-factor-policy\.spec\.ts/, dependencies: ['edge'] },
  ],
  // The WordPress server's seeding and import run beside the main server's start (Playwright awaits
  // webServers one after another; this one has no url, so it is not awaited here): e2e/global-setup.ts
  // waits for it before any test runs. Its `npm start` waits for the main server first, so a first run
  // without a build never builds twice at once.
  globalSetup: externalBaseUrl ? undefined : './e2e/global-setup.ts',
  webServer: externalBaseUrl
    ? undefined
    : [{
        command: `rm -rf '${wordpressDataDir}' && npm run db:seed && npm run import:wordpress -- ${wordpressFixture}/export.xml --uploads ${wordpressFixture}/uploads && until curl -sf '${baseURL}/api/health' > /dev/null; do sleep 1; done && npm start`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: String(wordpressPort),
          DATA_DIR: wordpressDataDir,
          SITE_URL: wordpressOrigin,
          SEED_DEMO: 'true',
          SCHEDULER_INTERVAL_MS: '60000',
        },
      },
      {
        // A fresh embedded database every run (this config is also loaded by workers: no side effects here).
        command: `rm -rf '${dataDir}' && npm start 2>&1 | tee '${serverLog}'`,
        url: `${baseURL}/api/health`,
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          DATA_DIR: dataDir,
          SITE_URL: baseURL,
          SEED_DEMO: 'true',
          SCHEDULER_INTERVAL_MS: '2000',
          // e2e/edge.spec.ts starts a Varnish there; writes purge it (and retry while it is not running).
          EDGE_PURGE_URLS: `http://127.0.0.1:${edgePort}`,
        },
      }],
});
