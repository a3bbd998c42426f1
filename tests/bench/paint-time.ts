import { threadUrl } from '../fixtures/gmail-threads';
import { SITE_HOSTS, siteFixtures } from '../harness/fixture-server';
import { launchBrowser } from '../harness/launch';
import type { BrowserName, DriverPage, ExtensionBrowser } from '../harness/types';
import {
  installSidebarProbe,
  openThreadAt,
  readClock,
  takeProbeEvents,
  waitForBriefPainted,
  type ClockReading,
  type PaintOutcome,
  type ProbeEvent,
  type ProbeStatus,
} from './paint-page-scripts';

export interface PaintBenchOptions {
  /** Measured runs (after the warm-up). */
  runs: number;
  /** Thread senders visited in turn; consecutive runs always show another contact. */
  rotation: string[];
  /** Sender of the warm-up thread. */
  warmup: string;
  /**
   * Idle time before each run. The content script reads the first change after a quiet period at once but debounces
   * a burst (120 ms); a user does not open threads faster than that, so neither does the benchmark.
   */
  settleMs: number;
  /** Per-run limit for the brief to paint. */
  timeoutMs: number;
  headless: boolean;
}

/** Where the sidebar got the brief from in a run. */
export type BriefPath = 'sidebar-query-cache' | 'background-lookup' | 'unknown';

export interface PaintRun {
  run: number;
  email: string;
  contactId: string;
  /** briefPaintedAt − t0. */
  paintMs: number;
  path: BriefPath;
  /** Stage durations in ms, where the probe saw the stage's events. */
  stages: {
    /** t0 → tab context changed in storage.session, seen by the sidebar: page read, message, background write. */
    reportMs?: number;
    /** Context change → brief/lookup sent (the sidebar re-rendered and asked the background). */
    toLookupMs?: number;
    /** brief/lookup round trip to the background (Dexie read included). */
    lookupMs?: number;
    /** Context change → new brief committed to the DOM (includes the lookup, if any). */
    renderMs?: number;
    /** DOM commit → paint mark (the requestAnimationFrame after commit). */
    frameMs?: number;
  };
}

export interface PaintMeasurement {
  browser: BrowserName;
  runs: PaintRun[];
  warmupMs: number;
  probe: ProbeStatus;
  /** Timestamp offsets (epoch-ms clock minus Date.now()) of each page, before and after the runs. */
  clocks: { gmail: ClockReading; sidebar: ClockReading }[];
}

const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Orders the rotation so the same contact never shows twice in a row (the warm-up counts as the run before #1). */
export function runSchedule(rotation: string[], warmup: string, runs: number): string[] {
  if (new Set(rotation).size < 2) throw new Error('The rotation needs at least two different senders');
  const start = rotation[0] === warmup ? 1 : 0;
  return Array.from({ length: runs }, (_, i) => rotation[(start + i) % rotation.length]!);
}

export async function measurePaint(name: BrowserName, opts: PaintBenchOptions): Promise<PaintMeasurement> {
  const xb = await launchBrowser(name, { headless: opts.headless });
  try {
    return await measureIn(xb, opts);
  } finally {
    await xb.close().catch(() => undefined);
  }
}

async function measureIn(xb: ExtensionBrowser, opts: PaintBenchOptions): Promise<PaintMeasurement> {
  await xb.routeHosts(SITE_HOSTS, siteFixtures());
  const gmail = await xb.newPage();
  await gmail.setViewport(1280, 900);
  await gmail.goto(INBOX_URL);
  const tabId = await xb.tabIdFor('https://mail.google.com/');
  const sidebar = await xb.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await sidebar.setViewport(420, 1200);
  // The sidebar stands for a panel the user is looking at: it must be the visible page, or its frames are throttled.
  await sidebar.bringToFront();
  await sidebar.waitForSelector('[data-state="empty"]', { timeoutMs: opts.timeoutMs });

  const probe = await sidebar.evaluate(installSidebarProbe, tabId);
  const clocks = [await readClocks(gmail, sidebar)];

  // Warm-up: the worker is awake, the workspace seeded, the sidebar's code paths have run once.
  await sleep(opts.settleMs);
  const warm = await openAndWait(gmail, sidebar, opts.warmup, null, opts.timeoutMs);
  let shown = warm.outcome.contactId;
  await sidebar.evaluate(takeProbeEvents, undefined);

  const runs: PaintRun[] = [];
  const schedule = runSchedule(opts.rotation, opts.warmup, opts.runs);
  for (const [i, email] of schedule.entries()) {
    await sleep(opts.settleMs);
    const { t0, outcome } = await openAndWait(gmail, sidebar, email, shown, opts.timeoutMs);
    const events = await sidebar.evaluate(takeProbeEvents, undefined);
    runs.push(describeRun(i + 1, email, t0, outcome, events, probe.lookupWrapped));
    shown = outcome.contactId;
  }
  clocks.push(await readClocks(gmail, sidebar));
  return { browser: xb.name, runs, warmupMs: warm.outcome.paintedAt - warm.t0, probe, clocks };
}

async function openAndWait(
  gmail: DriverPage,
  sidebar: DriverPage,
  email: string,
  previousContactId: string | null,
  timeoutMs: number,
): Promise<{ t0: number; outcome: Extract<PaintOutcome, { ok: true }> }> {
  const t0 = await gmail.evaluate(openThreadAt, new URL(threadUrl(email)).hash);
  const outcome = await sidebar.evaluate(waitForBriefPainted, { previousContactId, email, t0, timeoutMs });
  if (!outcome.ok) {
    throw new Error(
      `The brief for ${email} did not paint within ${timeoutMs} ms (sidebar state ${outcome.state ?? 'none'}, ` +
        `contact ${outcome.contactId ?? 'none'}, paint mark ${outcome.paintedAt ?? 'none'} vs t0 ${t0})`,
    );
  }
  return { t0, outcome };
}

async function readClocks(gmail: DriverPage, sidebar: DriverPage) {
  return { gmail: await gmail.evaluate(readClock, undefined), sidebar: await sidebar.evaluate(readClock, undefined) };
}

function describeRun(
  run: number,
  email: string,
  t0: number,
  outcome: Extract<PaintOutcome, { ok: true }>,
  events: ProbeEvent[],
  lookupsVisible: boolean,
): PaintRun {
  const after = events.filter((e) => e.at >= t0 - 1);
  const context = after.find((e) => e.kind === 'context' && e.emails.includes(email));
  const sent = after.find((e) => e.kind === 'lookup-sent' && e.email === email);
  const replied = after.find((e) => e.kind === 'lookup-replied' && e.email === email);
  const dom = after.find((e) => e.kind === 'dom' && e.contactId === outcome.contactId);
  const span = (from: ProbeEvent | undefined, to: ProbeEvent | undefined) => (from && to ? to.at - from.at : undefined);
  const stages: PaintRun['stages'] = {
    reportMs: context ? context.at - t0 : undefined,
    toLookupMs: span(context, sent),
    lookupMs: span(sent, replied),
    renderMs: span(context, dom),
    frameMs: dom ? outcome.paintedAt - dom.at : undefined,
  };
  return {
    run,
    email,
    contactId: outcome.contactId,
    paintMs: outcome.paintedAt - t0,
    path: !lookupsVisible ? 'unknown' : sent ? 'background-lookup' : 'sidebar-query-cache',
    stages: Object.fromEntries(Object.entries(stages).filter(([, v]) => v !== undefined)),
  };
}
