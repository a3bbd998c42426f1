import { threadUrl } from '../fixtures/gmail-threads';
import { FirefoxPage } from '../harness/firefox-page';
import { SITE_HOSTS, siteFixtures } from '../harness/fixture-server';
import { launchBrowser } from '../harness/launch';
import type { BrowserName, DriverPage, ExtensionBrowser } from '../harness/types';
import {
  closeOtherExtensionTabs,
  installGmailProbe,
  installSidebarProbe,
  openThreadAt,
  readClock,
  takeGmailEvents,
  takeProbeEvents,
  waitForBriefPainted,
  type ClockReading,
  type GmailEvent,
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
  /**
   * Stage durations in ms, where the probes saw the stage's events. hashchange + read + deliver + render + frame
   * add up to paintMs; toLookup and lookup are the part of render spent asking the background, when it was asked.
   */
  stages: {
    /** t0 → popstate in the Gmail page (browsers fire it before hashchange; not part of the sum). */
    popstateMs?: number;
    /** t0 → hashchange in the Gmail page (the fixture renders the thread in that event). */
    hashchangeMs?: number;
    /** hashchange → the content script's reading of the new thread (its observedAt stamp, ±1 ms). */
    readMs?: number;
    /** Reading → the sidebar notified of the new tab context (runtime message, background, storage.session). */
    deliverMs?: number;
    /** t0 → sidebar notified: everything before the sidebar can act. */
    reportMs?: number;
    /** Sidebar notified → brief/lookup sent to the background. */
    toLookupMs?: number;
    /** brief/lookup round trip to the background (Dexie read included). */
    lookupMs?: number;
    /** Sidebar notified → new brief committed to the DOM (includes the lookup, if any). */
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
  if (rotation.length < 2 || new Set(rotation).size !== rotation.length) {
    throw new Error('The rotation needs two or more senders, each listed once');
  }
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
  const sidebar = await openSidebarBeside(xb, gmail, tabId);
  await sidebar.setViewport(420, 1200);
  await sidebar.waitForSelector('[data-state="empty"]', { timeoutMs: opts.timeoutMs });

  const probe = await sidebar.evaluate(installSidebarProbe, tabId);
  await gmail.evaluate(installGmailProbe, undefined);
  const clocks = [await readClocks(gmail, sidebar)];
  const gmailClockOffset = clocks[0]!.gmail.offsetMs;

  // Warm-up: the worker is awake, the workspace seeded, the sidebar's code paths have run once.
  await sleep(opts.settleMs);
  const warm = await openAndWait(gmail, sidebar, opts.warmup, null, opts.timeoutMs);
  let shown = warm.outcome.contactId;
  await sidebar.evaluate(takeProbeEvents, undefined);
  await gmail.evaluate(takeGmailEvents, undefined);

  const runs: PaintRun[] = [];
  const schedule = runSchedule(opts.rotation, opts.warmup, opts.runs);
  for (const [i, email] of schedule.entries()) {
    await sleep(opts.settleMs);
    const { t0, outcome } = await openAndWait(gmail, sidebar, email, shown, opts.timeoutMs);
    const seen = {
      sidebar: await sidebar.evaluate(takeProbeEvents, undefined),
      gmail: await gmail.evaluate(takeGmailEvents, undefined),
      gmailClockOffset,
      lookupsVisible: probe.lookupWrapped,
    };
    runs.push(describeRun(i + 1, email, t0, outcome, seen));
    shown = outcome.contactId;
  }
  clocks.push(await readClocks(gmail, sidebar));
  return { browser: xb.name, runs, warmupMs: warm.outcome.paintedAt - warm.t0, probe, clocks };
}

/**
 * The sidebar stands for a panel next to Gmail: both are on screen. In Chromium (Playwright keeps every page
 * rendering and unthrottled) a second tab does. In Firefox a background tab is hidden and its timers are clamped to
 * 1 s, which would time the harness rather than the extension, so the sidebar gets a window of its own and both
 * pages are the selected tab of their window. Other extension tabs (the harness's tab-id helper) are closed so
 * one sidebar does the work, as in the real browser.
 */
export async function openSidebarBeside(xb: ExtensionBrowser, gmail: DriverPage, tabId: number): Promise<DriverPage> {
  const path = `sidepanel.html?tabId=${tabId}`;
  if (!(gmail instanceof FirefoxPage)) {
    const tab = await xb.openExtensionPage(path);
    await tab.evaluate(closeOtherExtensionTabs, undefined);
    return tab;
  }
  const window = new FirefoxPage(await gmail.page.browser().newPage({ type: 'window' }));
  await window.goto(`${xb.extensionOrigin}/${path}`);
  await window.evaluate(closeOtherExtensionTabs, undefined);
  await gmail.bringToFront();
  return window;
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

interface SeenInRun {
  sidebar: ProbeEvent[];
  gmail: GmailEvent[];
  /** Converts the content script's Date.now()-based observedAt to the pages' epoch clock. */
  gmailClockOffset: number;
  lookupsVisible: boolean;
}

function describeRun(
  run: number,
  email: string,
  t0: number,
  outcome: Extract<PaintOutcome, { ok: true }>,
  seen: SeenInRun,
): PaintRun {
  const after = seen.sidebar.filter((e) => e.at >= t0 - 1);
  const context = after.find((e) => e.kind === 'context' && e.emails.includes(email));
  const sent = after.find((e) => e.kind === 'lookup-sent' && e.email === email);
  const replied = after.find((e) => e.kind === 'lookup-replied' && e.email === email);
  const dom = after.find((e) => e.kind === 'dom' && e.contactId === outcome.contactId);
  const hashchange = seen.gmail.find((e) => e.kind === 'hashchange' && e.at >= t0 - 1);
  const popstate = seen.gmail.find((e) => e.kind === 'popstate' && e.at >= t0 - 1);

  // The probe's storage listener runs after the sidebar's own (added later), and Firefox may let React commit in
  // between; the sidebar cannot act before it is notified, so its first reaction bounds the notification time.
  const notifiedAt = context ? Math.min(context.at, sent?.at ?? Infinity, dom?.at ?? Infinity) : undefined;
  const readAt =
    context?.kind === 'context' && context.observedAt !== null ? context.observedAt + seen.gmailClockOffset : undefined;
  const diff = (from: number | undefined, to: number | undefined, floor = -Infinity) =>
    from !== undefined && to !== undefined ? Math.max(to - from, floor) : undefined;

  const stages: PaintRun['stages'] = {
    popstateMs: diff(t0, popstate?.at),
    hashchangeMs: diff(t0, hashchange?.at),
    // Whole-millisecond stamps: clamp the rounding error rather than report a negative stage.
    readMs: diff(hashchange?.at, readAt, 0),
    deliverMs: diff(readAt, notifiedAt, 0),
    reportMs: diff(t0, notifiedAt),
    toLookupMs: diff(notifiedAt, sent?.at),
    lookupMs: diff(sent?.at, replied?.at),
    renderMs: diff(notifiedAt, dom?.at),
    frameMs: diff(dom?.at, outcome.paintedAt),
  };
  return {
    run,
    email,
    contactId: outcome.contactId,
    paintMs: outcome.paintedAt - t0,
    // A stale cached brief renders at once and is revalidated behind it: that run did not wait for the background.
    path: !seen.lookupsVisible
      ? 'unknown'
      : sent && replied && dom && dom.at >= replied.at
        ? 'background-lookup'
        : 'sidebar-query-cache',
    stages: Object.fromEntries(Object.entries(stages).filter(([, v]) => v !== undefined)),
  };
}
