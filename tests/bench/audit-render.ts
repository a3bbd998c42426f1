import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../harness/launch';
import type { BrowserName, DriverPage } from '../harness/types';
import { seedAudit } from './audit-seed';
import { judged, type Figure } from './report';
import { round, summarize } from './stats';

const GROUP = 'Audit page, first render with 100,000 log entries: page navigation → first rows painted';
const ENTRIES = 100_000;

/** Opens audit.html and returns when its first rows were painted (ms since navigation) and the total it shows. */
async function openAndTime(page: DriverPage): Promise<{ ms: number; total: number }> {
  await page.goto(new URL('/audit.html', page.url()).href);
  await page.waitForSelector('.audit-grid .grid-body [role="row"]', { timeoutMs: 120_000 });
  return page.evaluate(async () => {
    const deadline = performance.now() + 30_000;
    while (!document.documentElement.dataset.auditRowsPaintedAt && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const status = document.querySelector('.audit-log [role="status"]')?.textContent ?? '';
    return {
      ms: Number(document.documentElement.dataset.auditRowsPaintedAt),
      total: Number(status.replace(/\D/g, '')),
    };
  }, undefined);
}

/**
 * Seeds 100,000 send attempts into a fresh profile, restarts the browser (so the background starts cold, as when a
 * manager opens the page the next morning), then opens the page: once cold, then `runs` more times with the
 * background warm. The page must show at least the seeded count, or the figure is not a measurement of 100,000.
 */
export async function measureAuditRender(browser: BrowserName, runs: number): Promise<Figure[]> {
  const profileDir = await mkdtemp(join(tmpdir(), `preflight-audit-${browser}-`));
  try {
    let xb = await launchBrowser(browser, { headless: true, profileDir });
    try {
      const page = await xb.openExtensionPage('audit.html');
      await page.waitForSelector('.audit-grid .grid-body [role="row"]', { timeoutMs: 60_000 });
      await seedAudit(page, ENTRIES);
    } finally {
      await xb.close();
    }
    xb = await launchBrowser(browser, { headless: true, profileDir });
    try {
      // A page that does not read the log, so the log is first read by the timed open.
      const page = await xb.openExtensionPage('options.html');
      await page.setViewport(1320, 1000);
      const cold = await openAndTime(page);
      if (cold.total < ENTRIES) throw new Error(`the page shows ${cold.total} rows, fewer than the ${ENTRIES} seeded`);
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) warm.push((await openAndTime(page)).ms);
      const s = summarize(warm);
      const method =
        `${ENTRIES.toLocaleString('en-US')} synthetic send attempts (one audit row each) written raw into a fresh ` +
        'profile, browser restarted; then audit.html opened in a tab. Time = performance.now() when the first log ' +
        'rows were painted (the page marks it after a frame), i.e. since navigation start.';
      return [
        judged({
          id: `audit.first-render.cold.${browser}`,
          group: GROUP,
          label: `${browser} · background cold (first open after a browser start; ${cold.total.toLocaleString('en-US')} rows shown)`,
          unit: 'ms',
          browser,
          status: 'measured',
          values: { value: round(cold.ms) },
          n: 1,
          samples: [round(cold.ms)],
          method,
        }),
        judged({
          id: `audit.first-render.warm.${browser}`,
          group: GROUP,
          label: `${browser} · page reopened, background warm`,
          unit: 'ms',
          browser,
          status: 'measured',
          values: { min: round(s.min), median: round(s.median), max: round(s.max) },
          n: warm.length,
          samples: warm.map((v) => round(v)),
          method,
        }),
      ];
    } finally {
      await xb.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}
