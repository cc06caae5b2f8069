import { defineConfig } from '@playwright/test';
import path from 'node:path';

// The browser suite: Debian's Chromium (never a downloaded browser) against the console's production build
// served by the gateway in front of the real services, which e2e/global-setup.ts starts for the run.
const outputDir = path.join(__dirname, 'e2e', '.output');

export default defineConfig({
  testDir: 'e2e',
  tsconfig: './tsconfig.node.json',
  globalSetup: './e2e/global-setup.ts',
  outputDir: path.join(outputDir, 'results'),
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // One worker: the machine has two cores and other test suites run beside this one.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { outputFolder: path.join(outputDir, 'report'), open: 'never' }]],
  use: {
    // Set by the global setup (the gateway listens on a free port).
    baseURL: process.env.CONSOLE_E2E_URL,
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    },
  },
});
