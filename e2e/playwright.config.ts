import { defineConfig } from '@playwright/test';

// The H5 build of the mini-program, served by the standalone mock platform on one port, driven in
// Debian's chromium (no browser downloads here). `pnpm test:e2e` builds H5 first (see package.json).
export const E2E_PORT = Number(process.env.YIKA_E2E_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../.tmp/test-reports/e2e.json' }]],
  use: {
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `pnpm --dir ../packages/mock-server exec tsx src/cli.ts --port ${E2E_PORT} --seed 1 --static ../miniapp/dist/h5`,
    url: `${baseURL}/__control/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});
