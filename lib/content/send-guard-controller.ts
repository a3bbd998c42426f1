import { ComposeBanner } from '../guard-ui/banner';
import { showGuardDialog } from '../guard-ui/dialog';
import { showToast } from '../guard-ui/toast';
import { postAuditReport, postDraftCheck, postOpenSidebar } from '../messaging/post-from-content';
import type { Draft } from '../model/draft';
import type { Warning } from '../model/warning';
import { draftFingerprint } from './fingerprint';

/** One intercepted send, as the site's send guard reports it. */
export interface GuardedSend {
  compose: Element;
  /** Performs the original send exactly once. */
  proceed(): void;
}

/** What the controller needs from a site (Gmail, LinkedIn); all DOM knowledge stays in lib/sites. */
export interface GuardSite {
  install(doc: Document, signal: AbortSignal, onAttempt: (attempt: GuardedSend) => void): void;
  readDraft(compose: Element, doc: Document): Draft;
  /** The compose window an element belongs to (for live checks while typing). */
  composeOf(target: Element): Element | undefined;
  /** Where the banner goes in a compose window; undefined draws no banner (LinkedIn: no overlays). */
  bannerAnchor?(compose: Element): Element | undefined;
}

export interface GuardOptions {
  /** How long a send may wait for the background's verdict before Preflight gets out of the way. */
  checkBudgetMs: number;
  liveCheckDebounceMs: number;
}

interface LastCheck {
  recipients: string[];
  warnings: Warning[];
}

/**
 * The send guard: every intercepted send is checked; clean sends go at once, conflicting ones open the dialog,
 * and the decision is recorded. Preflight's own failures never hold a send — except a do-not-contact block it
 * already knew about for a recipient still on the draft, which stays blocked until the rep confirms.
 */
export function runSendGuard(doc: Document, site: GuardSite, signal: AbortSignal, options: GuardOptions): void {
  const lastChecks = new WeakMap<Element, LastCheck>();
  const busy = new WeakSet<Element>();

  site.install(doc, signal, (attempt) => {
    if (busy.has(attempt.compose)) return; // a dialog is already open for this draft
    busy.add(attempt.compose);
    void guardSend(attempt).finally(() => busy.delete(attempt.compose));
  });
  if (site.bannerAnchor) watchDrafts(site, lastChecks, signal, doc, options);

  async function guardSend(attempt: GuardedSend): Promise<void> {
    let draft: Draft;
    try {
      draft = site.readDraft(attempt.compose, doc);
    } catch {
      attempt.proceed();
      showToast(doc, 'could not read this draft, so it was sent without a check.');
      return;
    }
    const recipients = recipientsOf(draft);
    if (recipients.length === 0) {
      attempt.proceed();
      return;
    }

    let warnings: Warning[];
    let notice: string | undefined;
    // Without an answer from the background the team setting is unknown: a known block may then be confirmed.
    let allowBlockOverride = true;
    try {
      const verdict = await withTimeout(postDraftCheck(draft), options.checkBudgetMs);
      warnings = verdict.warnings;
      allowBlockOverride = verdict.allowBlockOverride;
    } catch {
      const known = knownBlocks(lastChecks.get(attempt.compose), recipients);
      if (known.length === 0) {
        attempt.proceed();
        showToast(doc, 'could not check this message in time, so it was sent unchecked.');
        return;
      }
      warnings = known;
      notice = 'Preflight could not finish its check. These do-not-contact flags were already known for this draft.';
    }
    if (warnings.length === 0) {
      attempt.proceed();
      return;
    }

    const fingerprint = await draftFingerprint(draft);
    const attemptId = crypto.randomUUID();
    const base = { attemptId, recipients, warnings, draftFingerprint: fingerprint };
    // Written the moment the dialog opens: a tab closed mid-dialog still leaves a trace.
    const shown = postAuditReport({ kind: 'warnings_shown', ...base }).catch(() => undefined);
    const outcome = await showGuardDialog(doc, warnings, {
      allowBlockOverride,
      ...(notice ? { notice } : {}),
    });
    await shown;
    postAuditReport({
      kind: 'decision',
      ...base,
      action: outcome.action,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
    }).catch(() => showToast(doc, 'could not record this decision in the audit log.'));
    if (outcome.action === 'sent_anyway') attempt.proceed();
  }
}

/** Live check while the rep writes: debounced, one banner per compose window, updated only when it changes. */
function watchDrafts(
  site: GuardSite,
  lastChecks: WeakMap<Element, LastCheck>,
  signal: AbortSignal,
  doc: Document,
  options: GuardOptions,
): void {
  const banners = new WeakMap<Element, ComposeBanner>();
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const generation = new WeakMap<Element, number>();

  const check = async (compose: Element) => {
    const anchor = site.bannerAnchor?.(compose);
    if (!anchor || !compose.isConnected) return;
    let banner = banners.get(compose);
    if (!banner) {
      banner = new ComposeBanner(doc, () => {
        postOpenSidebar()
          .then(({ opened }) => {
            if (!opened) showToast(doc, 'open the sidebar with the Preflight toolbar button (Alt+Shift+P).');
          })
          .catch(() => undefined);
      });
      banners.set(compose, banner);
    }
    banner.attach(anchor);
    const run = (generation.get(compose) ?? 0) + 1;
    generation.set(compose, run);
    try {
      const draft = site.readDraft(compose, doc);
      const recipients = recipientsOf(draft);
      if (recipients.length === 0) {
        banner.render({ kind: 'hidden' });
        return;
      }
      const { warnings } = await postDraftCheck(draft);
      if (generation.get(compose) !== run) return; // a newer check is under way
      lastChecks.set(compose, { recipients, warnings });
      banner.render(warnings.length > 0 ? { kind: 'warnings', warnings } : { kind: 'clear' });
    } catch {
      banner.render({ kind: 'hidden' });
    }
  };

  const schedule = (event: Event) => {
    const target = event.target instanceof Element ? event.target : undefined;
    const compose = target ? site.composeOf(target) : undefined;
    if (!compose) return;
    clearTimeout(timers.get(compose));
    timers.set(
      compose,
      setTimeout(() => void check(compose), options.liveCheckDebounceMs),
    );
  };
  for (const type of ['input', 'keyup', 'focusin', 'change'] as const) {
    doc.addEventListener(type, schedule, { capture: true, signal });
  }
}

function recipientsOf(draft: Draft): string[] {
  return [...new Set([...draft.to, ...draft.cc, ...draft.bcc, ...draft.linkedinRecipients])];
}

/** Do-not-contact blocks from the last live check that still apply to someone on the draft. */
function knownBlocks(last: LastCheck | undefined, recipients: string[]): Warning[] {
  if (!last) return [];
  return last.warnings.filter(
    (w) =>
      w.ruleId === 'do-not-contact' &&
      w.severity === 'block' &&
      w.recipient !== undefined &&
      recipients.includes(w.recipient),
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error('failed'));
      },
    );
  });
}
