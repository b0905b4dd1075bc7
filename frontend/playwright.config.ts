import { defineConfig } from '@playwright/test'

// Runs against a running Hezhang (the Java side starts it with the demo profile and sets E2E_BASE_URL).
// Chromium is Debian's /usr/bin/chromium: nothing is downloaded; Playwright gives every launch a fresh profile.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 600_000, // the whole case flow signs in six times; slow CI machines need the room
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
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
})
