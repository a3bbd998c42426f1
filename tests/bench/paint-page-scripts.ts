/**
 * Functions the paint benchmark runs inside the Gmail page and the sidebar page. They are serialised by the driver,
 * so each must stay self-contained: no imports, no closures over module scope. Every timestamp is
 * `performance.timeOrigin + performance.now()` (epoch ms), which is comparable across pages of one browser.
 */

export type ProbeEvent =
  /**
   * storage.session changed the tab's context: the content script's report reached the sidebar. `observedAt` is the
   * content script's own stamp on the reading (Date.now() in the Gmail page, whole milliseconds).
   */
  | { kind: 'context'; at: number; emails: string[]; observedAt: number | null }
  /** The sidebar sent a brief/lookup request to the background (it had no cached answer of its own). */
  | { kind: 'lookup-sent'; at: number; email: string }
  | { kind: 'lookup-replied'; at: number; email: string }
  /** A brief for another contact (or none) was committed to the DOM. */
  | { kind: 'dom'; at: number; contactId: string | null };

export interface ProbeStatus {
  storageListener: boolean;
  lookupWrapped: boolean;
  visibility: DocumentVisibilityState;
}

export interface ClockReading {
  /** performance.timeOrigin + performance.now() minus Date.now() in that page. */
  offsetMs: number;
  /** Smallest step performance.now() was seen to take (browsers coarsen timers). */
  resolutionMs: number;
  visibility: DocumentVisibilityState;
}

/** In the Gmail page: the t0 of a run, taken in the same task that changes the hash. */
export function openThreadAt(hash: string): number {
  const t0 = performance.timeOrigin + performance.now();
  location.hash = hash;
  return t0;
}

export interface GmailEvent {
  kind: 'popstate' | 'hashchange';
  at: number;
}

/**
 * In the Gmail page (main world): records when popstate and hashchange fire. The fixture renders the thread in its
 * hashchange listener, which was added before this one, so `hashchange` here is "the thread is in the DOM".
 */
export function installGmailProbe(): void {
  const g = globalThis as unknown as { __benchGmail?: GmailEvent[] };
  if (g.__benchGmail) throw new Error('installGmailProbe: already installed');
  const events: GmailEvent[] = [];
  g.__benchGmail = events;
  for (const kind of ['popstate', 'hashchange'] as const) {
    window.addEventListener(kind, () => events.push({ kind, at: performance.timeOrigin + performance.now() }));
  }
}

export function takeGmailEvents(): GmailEvent[] {
  const g = globalThis as unknown as { __benchGmail?: GmailEvent[] };
  return g.__benchGmail ? g.__benchGmail.splice(0) : [];
}

/** In either page: how its epoch timestamps relate to the wall clock, to check that pages agree. */
export function readClock(): ClockReading {
  // Averaged over 20 ms: Date.now() counts whole milliseconds, so one reading is only good to 1 ms.
  let resolutionMs = Infinity;
  let offsetSum = 0;
  let readings = 0;
  let last = performance.now();
  const until = last + 20;
  while (last < until) {
    const now = performance.now();
    if (now > last) resolutionMs = Math.min(resolutionMs, now - last);
    offsetSum += performance.timeOrigin + now - Date.now();
    readings += 1;
    last = now;
  }
  return { offsetMs: offsetSum / readings, resolutionMs, visibility: document.visibilityState };
}

/**
 * In the sidebar page: records when the tab context changes (the same storage.onChanged event the sidebar follows),
 * when a brief/lookup request goes to the background and returns, and when another brief is committed to the DOM.
 * Observes only; the one intrusion is a pass-through wrapper around runtime.sendMessage.
 */
export function installSidebarProbe(tabId: number): ProbeStatus {
  interface Api {
    runtime: { id?: string; sendMessage: (...args: unknown[]) => unknown };
    storage: {
      onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
    };
  }
  const g = globalThis as unknown as { browser?: Api; chrome?: Api; __benchProbe?: { events: ProbeEvent[] } };
  const stamp = () => performance.timeOrigin + performance.now();
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api) throw new Error('installSidebarProbe: not an extension page');
  if (g.__benchProbe) throw new Error('installSidebarProbe: already installed');
  const events: ProbeEvent[] = [];
  g.__benchProbe = { events };

  const key = `tabctx:${tabId}`;
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session' || !(key in changes)) return;
    const context = changes[key]?.newValue as { people?: { email?: string }[]; observedAt?: string } | undefined;
    const observedAt = context?.observedAt ? Date.parse(context.observedAt) : Number.NaN;
    events.push({
      kind: 'context',
      at: stamp(),
      emails: (context?.people ?? []).map((p) => p.email ?? ''),
      observedAt: Number.isFinite(observedAt) ? observedAt : null,
    });
  });

  const contactId = () => document.querySelector('article.brief[data-contact-id]')?.getAttribute('data-contact-id');
  let shown = contactId() ?? null;
  new MutationObserver(() => {
    const now = contactId() ?? null;
    if (now === shown) return;
    shown = now;
    events.push({ kind: 'dom', at: stamp(), contactId: now });
  }).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-contact-id'],
  });

  let lookupWrapped = false;
  try {
    const runtime = api.runtime;
    const original = runtime.sendMessage;
    const wrapper = function (...args: unknown[]): unknown {
      const message = args[0] as { type?: string; person?: { email?: string } } | undefined;
      const sentAt = stamp();
      const result = original.apply(runtime, args);
      if (message?.type === 'brief/lookup') {
        const email = message.person?.email ?? '';
        events.push({ kind: 'lookup-sent', at: sentAt, email });
        const replied = () => void events.push({ kind: 'lookup-replied', at: stamp(), email });
        void Promise.resolve(result).then(replied, replied);
      }
      return result;
    };
    runtime.sendMessage = wrapper;
    lookupWrapped = runtime.sendMessage === wrapper;
  } catch {
    lookupWrapped = false;
  }
  return { storageListener: true, lookupWrapped, visibility: document.visibilityState };
}

/**
 * In the sidebar page: closes any other tab showing an extension page (Firefox's harness opens a helper sidebar to
 * look up tab ids), so exactly one sidebar renders briefs and asks the background, as in the real browser.
 */
export async function closeOtherExtensionTabs(): Promise<number> {
  interface TabsApi {
    runtime: { id?: string; getURL(path: string): string };
    tabs: {
      getCurrent(): Promise<{ id?: number } | undefined>;
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      remove(ids: number[]): Promise<void>;
    };
  }
  const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api) throw new Error('closeOtherExtensionTabs: not an extension page');
  const own = (await api.tabs.getCurrent())?.id;
  const origin = api.runtime.getURL('/');
  const others = (await api.tabs.query({}))
    .filter((t) => t.id !== undefined && t.id !== own && (t.url ?? '').startsWith(origin))
    .map((t) => t.id!);
  if (others.length > 0) await api.tabs.remove(others);
  return others.length;
}

/** In the sidebar page: hands over the probe's events recorded since the last call. */
export function takeProbeEvents(): ProbeEvent[] {
  const g = globalThis as unknown as { __benchProbe?: { events: ProbeEvent[] } };
  return g.__benchProbe ? g.__benchProbe.events.splice(0) : [];
}

export interface PaintWait {
  /** The contact shown before the run; the run ends only once another one is shown. */
  previousContactId: string | null;
  /** The sender of the thread opened; the new brief must show this address. */
  email: string;
  t0: number;
  timeoutMs: number;
}

export type PaintOutcome =
  | { ok: true; contactId: string; paintedAt: number }
  | { ok: false; state: string | null; contactId: string | null; paintedAt: number | null };

/**
 * In the sidebar page: resolves once the found brief shows the new contact (another id than before, with the
 * thread sender's address in it) and the sidebar's paint mark is later than t0.
 */
export function waitForBriefPainted(w: PaintWait): Promise<PaintOutcome> {
  const read = () => {
    const article = document.querySelector('[data-state="found"] article.brief[data-contact-id]');
    const raw = document.documentElement.dataset.briefPaintedAt;
    return {
      article,
      contactId: article?.getAttribute('data-contact-id') ?? null,
      paintedAt: raw === undefined ? null : Number(raw),
      state: document.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
    };
  };
  const done = (s: ReturnType<typeof read>) =>
    s.contactId !== null &&
    s.contactId !== w.previousContactId &&
    (s.article?.textContent ?? '').toLowerCase().includes(w.email.toLowerCase()) &&
    s.paintedAt !== null &&
    s.paintedAt > w.t0;

  return new Promise((resolve) => {
    const finish = (outcome: PaintOutcome) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(outcome);
    };
    const check = () => {
      const s = read();
      if (done(s)) finish({ ok: true, contactId: s.contactId!, paintedAt: s.paintedAt! });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(() => {
      const s = read();
      finish({ ok: false, state: s.state, contactId: s.contactId, paintedAt: s.paintedAt });
    }, w.timeoutMs);
    check();
  });
}
