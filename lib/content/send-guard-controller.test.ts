// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../model/draft';
import type { Warning } from '../model/warning';
import { runSendGuard, type GuardedSend, type GuardSite } from './send-guard-controller';

const post = vi.hoisted(() => ({
  postDraftCheck: vi.fn(),
  postAuditReport: vi.fn(),
  postOpenSidebar: vi.fn(),
}));
vi.mock('../messaging/post-from-content', () => post);

const dnc: Warning = {
  ruleId: 'do-not-contact',
  severity: 'block',
  recipient: 'dana.whitfield@contoso.io',
  title: 'Dana Whitfield opted out of email',
  detail: 'Opted out 30 days ago.',
  fix: 'Remove Dana.',
  evidence: [],
};
const draft: Draft = {
  site: 'gmail',
  to: ['dana.whitfield@contoso.io'],
  cc: [],
  bcc: [],
  linkedinRecipients: [],
  subject: 'Renewal',
  body: 'Hi Dana',
};

/** A stand-in site: one compose element; `send()` simulates the rep pressing Send. */
function fakeSite(readDraft: () => Draft = () => draft) {
  const compose = document.createElement('div');
  const anchor = document.createElement('form');
  const input = document.createElement('input');
  anchor.append(input);
  compose.append(anchor);
  document.body.append(compose);
  let onAttempt: ((attempt: GuardedSend) => void) | undefined;
  const proceed = vi.fn();
  const site: GuardSite = {
    install: (_doc, _signal, handler) => {
      onAttempt = handler;
    },
    readDraft: () => readDraft(),
    composeOf: (target) => (compose.contains(target) ? compose : undefined),
    bannerAnchor: () => anchor,
  };
  return { site, compose, input, proceed, send: () => onAttempt?.({ compose, proceed }) };
}

const toastText = () => document.querySelector('[data-preflight="toast"]')?.shadowRoot?.textContent ?? '';
const dialogOpen = () => document.querySelector('preflight-guard-dialog') !== null;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const options = { checkBudgetMs: 200, liveCheckDebounceMs: 10 };

beforeEach(() => {
  post.postAuditReport.mockResolvedValue({ recorded: true });
  post.postOpenSidebar.mockResolvedValue({ opened: true });
});
afterEach(() => document.body.replaceChildren());

describe('send guard failure policy', () => {
  it('sends a clean draft at once', async () => {
    post.postDraftCheck.mockResolvedValue({ warnings: [], recipients: [], checkedAt: '', allowBlockOverride: true });
    const { site, proceed, send } = fakeSite();
    runSendGuard(document, site, new AbortController().signal, options);
    send();
    await vi.waitFor(() => expect(proceed).toHaveBeenCalledOnce());
    expect(dialogOpen()).toBe(false);
  });

  it('sends with a notice when the draft cannot be read (a selector no longer matches)', async () => {
    const { site, proceed, send } = fakeSite(() => {
      throw new Error('subject field not found');
    });
    runSendGuard(document, site, new AbortController().signal, options);
    send();
    await vi.waitFor(() => expect(proceed).toHaveBeenCalledOnce());
    expect(toastText()).toContain('could not read this draft');
    expect(post.postDraftCheck).not.toHaveBeenCalled();
  });

  it('sends with a notice when the background does not answer in time', async () => {
    post.postDraftCheck.mockReturnValue(new Promise(() => {}));
    const { site, proceed, send } = fakeSite();
    runSendGuard(document, site, new AbortController().signal, options);
    send();
    await vi.waitFor(() => expect(proceed).toHaveBeenCalledOnce(), { timeout: 2000 });
    expect(toastText()).toContain('sent unchecked');
    expect(dialogOpen()).toBe(false);
  });

  it('sends with a notice when the background throws', async () => {
    post.postDraftCheck.mockRejectedValue(new Error('Extension context invalidated'));
    const { site, proceed, send } = fakeSite();
    runSendGuard(document, site, new AbortController().signal, options);
    send();
    await vi.waitFor(() => expect(proceed).toHaveBeenCalledOnce());
    expect(toastText()).toContain('sent unchecked');
  });

  it('keeps a known do-not-contact blocked when the background fails at send time', async () => {
    const { site, input, proceed, send } = fakeSite();
    post.postDraftCheck.mockResolvedValueOnce({
      warnings: [dnc],
      recipients: [],
      checkedAt: '',
      allowBlockOverride: true,
    });
    runSendGuard(document, site, new AbortController().signal, options);
    input.dispatchEvent(new Event('input', { bubbles: true })); // the live check learns about the flag
    await vi.waitFor(() => expect(post.postDraftCheck).toHaveBeenCalledOnce());
    await flush();

    post.postDraftCheck.mockRejectedValue(new Error('background gone'));
    send();
    await vi.waitFor(() => expect(dialogOpen()).toBe(true));
    const root = document.querySelector('preflight-guard-dialog')!.shadowRoot!;
    expect(root.querySelector('[data-rule="do-not-contact"]')).not.toBeNull();
    expect(root.textContent).toContain('could not finish its check');
    expect(proceed).not.toHaveBeenCalled();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    await flush();
    expect(proceed).not.toHaveBeenCalled();
  });

  it('records the warnings shown and the decision, and sends once on "Send anyway"', async () => {
    post.postDraftCheck.mockResolvedValue({ warnings: [dnc], recipients: [], checkedAt: '', allowBlockOverride: true });
    const { site, proceed, send } = fakeSite();
    runSendGuard(document, site, new AbortController().signal, options);
    send();
    send(); // a second press while the dialog is open is the same attempt
    await vi.waitFor(() => expect(dialogOpen()).toBe(true));
    const root = document.querySelector('preflight-guard-dialog')!.shadowRoot!;
    const reason = root.querySelector('textarea')!;
    reason.value = 'Replying to her own question';
    reason.dispatchEvent(new Event('input'));
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Send anyway')!.click();
    await vi.waitFor(() => expect(proceed).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(post.postAuditReport).toHaveBeenCalledTimes(2));
    const [[shown], [decision]] = post.postAuditReport.mock.calls as [[{ kind: string }], [Record<string, unknown>]];
    expect(shown.kind).toBe('warnings_shown');
    expect(decision).toMatchObject({ kind: 'decision', action: 'sent_anyway', reason: 'Replying to her own question' });
    expect(decision.draftFingerprint).toMatch(/^[a-f0-9]{64}$/);
    expect(JSON.stringify(post.postAuditReport.mock.calls)).not.toContain('Hi Dana'); // no draft text in the log
    expect(post.postDraftCheck).toHaveBeenCalledOnce();
  });

  it('does not send after "Edit draft" or "Cancel"', async () => {
    post.postDraftCheck.mockResolvedValue({ warnings: [dnc], recipients: [], checkedAt: '', allowBlockOverride: true });
    for (const action of ['Edit draft', 'Cancel']) {
      const { site, proceed, send } = fakeSite();
      const controller = new AbortController();
      runSendGuard(document, site, controller.signal, options);
      send();
      await vi.waitFor(() => expect(dialogOpen()).toBe(true));
      const root = document.querySelector('preflight-guard-dialog')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent === action)!.click();
      await flush();
      expect(proceed).not.toHaveBeenCalled();
      controller.abort();
    }
  });
});
