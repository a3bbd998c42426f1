/**
 * `npm run bench`: measures what the product promises and prints it as JSON and as a table (also written to
 * .bench/results.json). Timings are reported, never asserted: the process exits 0 when a figure is over its budget,
 * and non-zero only when a required figure could not be measured (bundle sizes, the Chromium paint time).
 *
 * Options (after `npm run bench --`): --runs N (default 30), --browsers chromium,firefox, --settle-ms N, --headed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBuildDir } from '../harness/launch';
import { REPO_ROOT } from '../harness/repo-paths';
import type { BrowserName } from '../harness/types';
import { bundleFigures } from './bundle-figures';
import { measureAuditRender } from './audit-render';
import { measureCampaignWarm } from './campaign-warm';
import { describeEnvironment } from './environment';
import { paintFigure, paintNotMeasured } from './paint-figures';
import { measurePaint, type PaintBenchOptions } from './paint-time';
import { REPORT_SCHEMA_VERSION, renderReport, type BenchReport, type Figure } from './report';
import { measureContentScriptCost } from './content-script-cost';
import { hubspotFigures } from './hubspot-figures';
import { measureSendLatency } from './send-latency';
import { measureSitePaint, SITE_PAINT_SPECS } from './site-paint';

const RESULTS_FILE = resolve(REPO_ROOT, '.bench', 'results.json');
const MIN_RUNS = 25;
/** Figures whose absence makes the run a failure; Firefox is measured when it can be, explained when not. */
const REQUIRED_BROWSERS: BrowserName[] = ['chromium'];

/** Story contacts of the demo CRM with a thread in the Gmail fixture: every lookup is a cache hit. */
const ROTATION = ['priya.raman@northwind-traders.com', 'jordan.lee@northwind-traders.com', 'dana.whitfield@contoso.io'];
const WARMUP = 'm.ivanova@sever-logistic.example';

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '30' },
      browsers: { type: 'string', default: 'chromium,firefox' },
      'settle-ms': { type: 'string', default: '400' },
      headed: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < MIN_RUNS) throw new Error(`--runs must be an integer ≥ ${MIN_RUNS}`);
  const settleMs = Number(values['settle-ms']);
  if (!Number.isInteger(settleMs) || settleMs < 0) throw new Error('--settle-ms must be a non-negative integer');
  const browsers = values.browsers.split(',').map((b) => b.trim());
  for (const b of browsers) {
    if (b !== 'chromium' && b !== 'firefox') throw new Error(`Unknown browser ${b}: use chromium and/or firefox`);
  }
  const paint: PaintBenchOptions = {
    runs,
    rotation: ROTATION,
    warmup: WARMUP,
    settleMs,
    timeoutMs: 15_000,
    headless: !values.headed,
  };
  return { paint, browsers: browsers as BrowserName[] };
}

/** Why a measurement failed, first line only: driver errors append call logs and banners. */
function failureReason(error: unknown): string {
  return `the measurement failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim()}`;
}

/** A figure that could not be measured, saying why instead of carrying values. */
function notMeasured(figure: Omit<Figure, 'status' | 'reason'>, error: unknown): Figure {
  return { ...figure, status: 'not_measured', reason: failureReason(error) };
}

/** The benchmark measures a build, it does not make one, except when there is none at all. */
function ensureBuild(): void {
  const missing = () =>
    (['chromium', 'firefox'] as const).filter((b) => !existsSync(resolve(defaultBuildDir(b), 'manifest.json')));
  if (missing().length === 0) return;
  const dir = resolve(defaultBuildDir('chromium'), '..');
  const where = relative(REPO_ROOT, dir).startsWith('..') ? dir : relative(REPO_ROOT, dir);
  if (process.env.PREFLIGHT_OUTPUT_DIR) {
    throw new Error(`No ${missing().join(' and ')} build in ${where} (PREFLIGHT_OUTPUT_DIR); build it there first`);
  }
  console.error(`No ${missing().join(' and ')} build in ${where}: running npm run build first.`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  if (missing().length > 0) throw new Error(`npm run build left no ${missing().join(' and ')} build in ${where}`);
}

/** Pretty JSON with arrays of numbers kept on one line, so samples stay readable. */
function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
    (_, list: string) => `[${list.split(/,\s+/).join(', ')}]`,
  );
}

/** Stdout carries the figures without per-run rows; the file keeps everything. */
function withoutRuns(report: BenchReport): BenchReport {
  return {
    ...report,
    figures: report.figures.map((f) => {
      if (!f.details || !('runs' in f.details)) return f;
      const { runs: _runs, ...details } = f.details;
      return { ...f, details };
    }),
  };
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const opts = options();
  ensureBuild();
  const environment = describeEnvironment(startedAt);
  const figures: Figure[] = [];
  let failed = false;

  try {
    figures.push(...bundleFigures());
  } catch (error) {
    failed = true;
    console.error('Could not measure the content-script bundles:', error);
  }

  for (const browser of opts.browsers) {
    console.error(`Measuring thread → brief paint in ${browser} (${opts.paint.runs} runs)…`);
    try {
      const measured = await measurePaint(browser, opts.paint);
      figures.push(paintFigure(measured, opts.paint));
    } catch (error) {
      figures.push(paintNotMeasured(browser, opts.paint, failureReason(error)));
    }
    const figure = figures[figures.length - 1]!;
    if (figure.status !== 'measured' && REQUIRED_BROWSERS.includes(browser)) failed = true;
  }

  for (const browser of opts.browsers) {
    for (const spec of SITE_PAINT_SPECS) {
      console.error(`Measuring ${spec.label} in ${browser} (${opts.paint.runs} runs)…`);
      try {
        figures.push(
          await measureSitePaint(browser, spec, {
            runs: opts.paint.runs,
            settleMs: opts.paint.settleMs,
            headless: opts.paint.headless,
          }),
        );
      } catch (error) {
        figures.push(
          notMeasured(
            {
              id: `paint.${spec.site}.${browser}`,
              group: 'Site page → brief painted in the sidebar (cache hit)',
              label: `${browser} · ${spec.label}`,
              unit: 'ms',
              browser,
            },
            error,
          ),
        );
      }
    }
  }

  const sendRuns = 50;
  console.error(`Measuring send latency with the guard in chromium (${sendRuns} sends)…`);
  try {
    figures.push(await measureSendLatency('chromium', sendRuns));
  } catch (error) {
    failed = true;
    figures.push(
      notMeasured(
        {
          id: 'send-latency.cached.chromium',
          group: 'Send button → message sent, all recipients cached (guard overhead)',
          label: 'chromium · send latency',
          unit: 'ms',
          browser: 'chromium',
        },
        error,
      ),
    );
  }

  console.error('Measuring the content scripts’ main-thread cost on page load in chromium (20 loads per page)…');
  try {
    figures.push(...(await measureContentScriptCost(20)));
  } catch (error) {
    figures.push(
      notMeasured(
        {
          id: 'content-script-cost.gmail.chromium',
          group: 'Content scripts on page load: main-thread time with vs without Preflight (Chromium)',
          label: 'chromium · content-script cost',
          unit: 'ms',
          browser: 'chromium',
        },
        error,
      ),
    );
  }

  // Two counted runs per size (plus a warm-up): a 100,000-row check takes long enough that 30 runs would not fit.
  for (const browser of ['chromium', 'firefox'] as const) {
    console.error(`Measuring the warm campaign check in ${browser} (10,000 and 100,000 recipients, 2 runs each)…`);
    try {
      figures.push(...(await measureCampaignWarm(browser, 2)));
    } catch (error) {
      figures.push(
        notMeasured(
          {
            id: `campaign.warm.${browser}`,
            group: 'Campaign check, warm',
            label: `${browser} · campaign check`,
            unit: 'ms',
            browser,
          },
          error,
        ),
      );
    }
  }

  // The audit page over 100,000 log entries: once with the background cold, three reopens with it warm.
  for (const browser of ['chromium', 'firefox'] as const) {
    console.error(`Measuring the audit page's first render with 100,000 entries in ${browser}…`);
    try {
      figures.push(...(await measureAuditRender(browser, 3)));
    } catch (error) {
      figures.push(
        notMeasured(
          {
            id: `audit.first-render.${browser}`,
            group: 'Audit page, first render with 100,000 log entries',
            label: `${browser} · audit page`,
            unit: 'ms',
            browser,
          },
          error,
        ),
      );
    }
  }

  console.error(
    'Measuring HubSpot API use against the fake (calls per brief, per 100 contacts, campaign cold throughput)…',
  );
  try {
    figures.push(...(await hubspotFigures()));
  } catch (error) {
    failed = true;
    figures.push(
      notMeasured(
        {
          id: 'hubspot.calls-per-brief.cold',
          group: 'HubSpot API use',
          label: 'HubSpot API use',
          unit: 'calls',
        },
        error,
      ),
    );
  }

  const report: BenchReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment,
    figures,
  };
  mkdirSync(resolve(RESULTS_FILE, '..'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${toJson(report)}\n`);

  console.log(toJson(withoutRuns(report)));
  console.log('');
  console.log(renderReport(report));
  console.log(`\nFull results with per-run stages: ${relative(REPO_ROOT, RESULTS_FILE)}`);
  if (failed) console.error('A required figure could not be measured (see above).');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
