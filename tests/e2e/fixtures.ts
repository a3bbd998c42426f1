import { test as base } from '@playwright/test';
import { SITE_HOSTS, siteFixtures } from '../harness/fixture-server';
import { launchBrowser } from '../harness/launch';
import type { BrowserName, ExtensionBrowser } from '../harness/types';

export interface HarnessWorkerFixtures {
  /** Which browser this project drives; set per project in playwright.config.ts. */
  extensionBrowserName: BrowserName;
  /** One browser with the built extension per worker, fixture sites routed. Tests open and close their own pages. */
  xb: ExtensionBrowser;
}

export const test = base.extend<{}, HarnessWorkerFixtures>({
  extensionBrowserName: ['chromium', { option: true, scope: 'worker' }],
  xb: [
    async ({ extensionBrowserName }, use) => {
      const xb = await launchBrowser(extensionBrowserName, { headless: process.env.HEADED !== '1' });
      try {
        await xb.routeHosts(SITE_HOSTS, siteFixtures());
        await use(xb);
      } finally {
        await xb.close();
      }
    },
    // Launch plus extension install takes a few seconds in Firefox; keep it out of the first test's budget.
    { scope: 'worker', timeout: 60_000 },
  ],
});

export const expect = test.expect;
