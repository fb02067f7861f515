import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const workspaceRoot = resolve(__dirname, '../..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium); no browser is downloaded.`);
}

// The config is evaluated in the runner and in every worker: fix the ports once, in the runner.
if (!process.env['E2E_PORT']) {
  const run = join(workspaceRoot, 'tmp', 'e2e');
  rmSync(run, { recursive: true, force: true });
  mkdirSync(run, { recursive: true });
  process.env['E2E_PORT'] = String(40000 + (process.pid % 10000));
  process.env['E2E_DATABASE_PORT'] = String(50000 + (process.pid % 10000));
  process.env['E2E_RUN_DIR'] = run;
}
const port = Number(process.env['E2E_PORT']);
export const baseURL = `http://localhost:${port}`;

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, 'test-output', 'e2e'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['html', { outputFolder: join(workspaceRoot, 'test-output', 'e2e-report'), open: 'never' }]],
  globalSetup: './src/support/global-setup.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: chromiumArgs },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      EMBEDDED_DATABASE_DIR: join(process.env['E2E_RUN_DIR'] ?? '', 'app-cluster'),
      EMBEDDED_DATABASE_PORT: process.env['E2E_DATABASE_PORT'] ?? '',
    },
  },
});
