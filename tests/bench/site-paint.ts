import { SITE_HOSTS, siteFixtures } from '../harness/fixture-server';
import { launchBrowser } from '../harness/launch';
import type { BrowserName, DriverPage } from '../harness/types';
import { openSidebarBeside } from './paint-time';
import type { Figure } from './report';
import { round, summarize } from './stats';

export interface SitePaintSpec {
  site: 'linkedin' | 'hubspot';
  label: string;
  /** Two pages of two different cached contacts, visited in turn so every run paints another brief. */
  urls: [string, string];
  /** 'spa': LinkedIn re-renders in place (pushState + popstate); 'load': HubSpot record pages load in full. */
  navigation: 'spa' | 'load';
}

export const SITE_PAINT_SPECS: SitePaintSpec[] = [
  {
    site: 'linkedin',
    label: 'LinkedIn profile → brief painted',
    urls: ['https://www.linkedin.com/in/priya-raman-4b2a1c/', 'https://www.linkedin.com/in/jordan-lee-nw/'],
    navigation: 'spa',
  },
  {
    site: 'hubspot',
    label: 'HubSpot record → brief painted',
    urls: [
      'https://app.hubspot.com/contacts/4455667/record/0-1/98765432101',
      // Jordan Lee's record id in the demo; the fixture serves one document, and the id in the URL decides.
      'https://app.hubspot.com/contacts/4455667/record/0-1/98765432188',
    ],
    navigation: 'load',
  },
];

const GROUP = 'Site page → brief painted in the sidebar (cache hit)';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Time from the rep's navigation to the sidebar's paint of the new brief. t0 is taken in the site page: just
 * before pushState for LinkedIn's in-place navigation, the navigation start (performance.timeOrigin) for a full
 * HubSpot page load, so the latter includes loading the page itself. Both clocks are epoch ms on one machine.
 */
export async function measureSitePaint(
  browser: BrowserName,
  spec: SitePaintSpec,
  opts: { runs: number; settleMs: number; headless: boolean },
): Promise<Figure> {
  const xb = await launchBrowser(browser, { headless: opts.headless });
  try {
    await xb.routeHosts(SITE_HOSTS, siteFixtures());
    const page = await xb.newPage();
    await page.setViewport(1280, 860);
    await page.goto(spec.urls[0]);
    const sidebar = await openSidebarBeside(xb, page, await xb.tabIdFor(spec.urls[0]));
    await sidebar.waitForSelector('[data-state="found"]', { timeoutMs: 20_000 });

    const samples: number[] = [];
    for (let run = 0; run < opts.runs; run += 1) {
      const target = spec.urls[(run + 1) % 2]!;
      const before = await paintedAt(sidebar);
      await sleep(opts.settleMs);
      let t0: number;
      if (spec.navigation === 'spa') {
        t0 = await page.evaluate((path) => {
          const start = performance.timeOrigin + performance.now();
          history.pushState({}, '', path);
          dispatchEvent(new PopStateEvent('popstate', { state: {} }));
          return start;
        }, new URL(target).pathname);
      } else {
        await page.goto(target);
        t0 = await page.evaluate(() => performance.timeOrigin, undefined);
      }
      samples.push((await waitForPaintAfter(sidebar, before, 15_000)) - t0);
    }
    const s = summarize(samples);
    return {
      id: `paint.${spec.site}.${browser}`,
      group: GROUP,
      label: `${browser} · ${spec.label}`,
      unit: 'ms',
      browser,
      status: 'measured',
      values: { min: round(s.min), median: round(s.median), p95: round(s.p95), max: round(s.max), mean: round(s.mean) },
      n: s.n,
      samples: samples.map((v) => round(v)),
      method:
        `${opts.runs} runs alternating ${spec.urls.join(' and ')} (demo contacts, cache hit), ${opts.settleMs} ms idle ` +
        `before each; ${spec.navigation === 'spa' ? 't0 just before pushState in the page' : 't0 = navigation start of the full page load'}; ` +
        'paint = the sidebar’s briefPaintedAt (after the browser painted) − t0.',
    };
  } finally {
    await xb.close();
  }
}

async function paintedAt(sidebar: DriverPage): Promise<string> {
  return sidebar.evaluate(() => document.documentElement.dataset.briefPaintedAt ?? '', undefined);
}

async function waitForPaintAfter(sidebar: DriverPage, before: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const now = await paintedAt(sidebar);
    if (now && now !== before) return Number(now);
    await sleep(5);
  }
  throw new Error(`the sidebar did not paint a new brief within ${timeoutMs} ms`);
}
