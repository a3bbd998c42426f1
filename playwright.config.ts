import { defineConfig } from '@playwright/test';
import type { HarnessWorkerFixtures } from './tests/e2e/fixtures';

const CI = Boolean(process.env.CI);

/**
 * The extension browsers are launched by tests/harness (Debian Chromium via Playwright, Firefox ESR via puppeteer),
 * so no project sets `use.browserName` and no Playwright-downloaded browser is needed.
 */
export default defineConfig<{}, HarnessWorkerFixtures>({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // 2 CPUs: one browser at a time keeps timings stable for assertions that wait on the extension.
  workers: 1,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'chromium', use: { extensionBrowserName: 'chromium' } },
    // Firefox's request interception (WebDriver BiDi) does not see the extension background's fetch, so the HubSpot
    // fake cannot answer there; the HubSpot connector's end-to-end test runs in Chromium, its logic in Vitest.
    { name: 'firefox', use: { extensionBrowserName: 'firefox' }, testIgnore: /hubspot\.spec\.ts$/ },
  ],
});
