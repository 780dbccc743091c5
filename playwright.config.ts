import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3100)

/** Browser tests against the real built app on a fresh database, with Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // A safety net, not a speed check: axe on a busy 2-core machine can take half a minute per page.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: /phone\.spec\.ts/ },
    // Issue 17: every page on a phone (no sideways scrolling, axe) + screenshots at both widths.
    { name: 'phone', testMatch: /phone\.spec\.ts/, use: { viewport: { width: 390, height: 844 }, isMobile: false } },
  ],
  webServer: {
    command: 'npx tsx scripts/start.ts',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      PORT: String(PORT),
      DATABASE_PATH: `tests/.tmp/e2e-${PORT}.db`,
      VI_BUILD_ID: process.env.VI_BUILD_ID ?? '',
      DEV_SMTP_PORT: String(PORT + 25),
      APP_URL: `http://localhost:${PORT}`,
      SMTP_URL: '',
      MEILI_URL: '',
    },
  },
})
