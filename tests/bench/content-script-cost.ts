import { chromium, type BrowserContext } from '@playwright/test';
import { SITE_HOSTS, siteFixtures } from '../harness/fixture-server';
import { hostMatcher } from '../harness/host-match';
import { defaultBuildDir } from '../harness/launch';
import { threadUrl } from '../fixtures/gmail-threads';
import type { Figure } from './report';
import { round, summarize } from './stats';

const GROUP = 'Content scripts on page load: main-thread time with vs without Preflight (Chromium)';
const SETTLE_MS = 1000;

/** One page of each site Preflight reads; loaded fresh each run. */
export const COST_PAGES = [
  { site: 'gmail', url: threadUrl('priya.raman@northwind-traders.com') },
  { site: 'linkedin', url: 'https://www.linkedin.com/in/priya-raman-4b2a1c/' },
  { site: 'hubspot', url: 'https://app.hubspot.com/contacts/4455667/record/0-1/98765432101' },
] as const;

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const dir = defaultBuildDir('chromium');
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(withExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const handler = siteFixtures();
  await context.route(hostMatcher(SITE_HOSTS), async (route) => {
    const request = route.request();
    const response = await handler(new URL(request.url()), request.method(), { headers: {} });
    if (!response) return route.abort('internetdisconnected');
    return route.fulfill({ status: response.status ?? 200, contentType: response.contentType, body: response.body });
  });
  return context;
}

/**
 * Main-thread time (CDP Performance.getMetrics TaskDuration, ScriptDuration) of one fresh page load plus 1 s for
 * the content script to read and report. Content scripts run on the page's main thread, so the difference
 * between a browser with Preflight and one without is what Preflight costs that page.
 */
async function measureLoad(context: BrowserContext, url: string): Promise<{ task: number; script: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  } finally {
    await page.close();
  }
}

export async function measureContentScriptCost(runs: number): Promise<Figure[]> {
  type Samples = { task: number[]; script: number[] };
  const results: Record<string, { with: Samples; without: Samples }> = {};
  for (const withExtension of [false, true]) {
    const context = await launch(withExtension);
    try {
      for (const { site, url } of COST_PAGES) {
        await measureLoad(context, url); // warm-up: disk cache, JIT
        const pair = (results[site] ??= { with: { task: [], script: [] }, without: { task: [], script: [] } });
        const bucket = withExtension ? pair.with : pair.without;
        for (let i = 0; i < runs; i += 1) {
          const m = await measureLoad(context, url);
          bucket.task.push(m.task);
          bucket.script.push(m.script);
        }
      }
    } finally {
      await context.close();
    }
  }
  return COST_PAGES.map(({ site }) => {
    const r = results[site]!;
    const taskWith = summarize(r.with.task);
    const taskWithout = summarize(r.without.task);
    const scriptWith = summarize(r.with.script);
    const scriptWithout = summarize(r.without.script);
    return {
      id: `content-script-cost.${site}.chromium`,
      group: GROUP,
      label: `chromium · ${site}`,
      unit: 'ms',
      browser: 'chromium',
      status: 'measured',
      values: {
        addedTaskMedian: round(taskWith.median - taskWithout.median),
        addedScriptMedian: round(scriptWith.median - scriptWithout.median),
        taskWithMedian: round(taskWith.median),
        taskWithoutMedian: round(taskWithout.median),
      },
      n: runs,
      method:
        `${runs} fresh loads of the ${site} fixture (after one warm-up) in a Chromium with Preflight and one without; ` +
        `main-thread TaskDuration and ScriptDuration from CDP Performance.getMetrics, ${SETTLE_MS} ms after load. ` +
        'added = median with − median without.',
    } satisfies Figure;
  });
}
