// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Warning } from '../model/warning';
import { ComposeBanner } from './banner';
import { showGuardDialog } from './dialog';

const dnc: Warning = {
  ruleId: 'do-not-contact',
  severity: 'block',
  recipient: 'dana.whitfield@contoso.io',
  title: 'Dana Whitfield opted out of all email',
  detail: 'Opted out 30 days ago via the preference center.',
  fix: 'Remove Dana from the recipients.',
  evidence: [
    { kind: 'policy', label: 'Unsubscribe from all email (preference center)', at: '2026-10-24T10:00:00.000Z' },
  ],
};
const quote: Warning = {
  ruleId: 'quote-offer-conflict',
  severity: 'confirm',
  recipient: 'priya.raman@northwind-traders.com',
  title: 'Draft offers 15%, quote Q-1042 says 10%',
  detail: 'Open quote Q-1042 gives 10% on the annual plan.',
  fix: 'Align the draft with Q-1042 (10%).',
  evidence: [{ kind: 'quote', label: 'Q-1042 · 10% · expires in 9 days' }],
};

function dialogRoot() {
  const host = document.querySelector('preflight-guard-dialog');
  const root = host?.shadowRoot;
  if (!root) throw new Error('no dialog');
  return root;
}
const button = (name: string) =>
  [...dialogRoot().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

afterEach(() => document.body.replaceChildren());

describe('guard dialog', () => {
  it('meets the test contract: alertdialog named Preflight, data-rule per warning, named buttons, Reason field', async () => {
    const outcome = showGuardDialog(document, [quote, dnc], { allowBlockOverride: true });
    const dialog = dialogRoot().querySelector('[role="alertdialog"]')!;
    const labelledBy = dialog.getAttribute('aria-labelledby')!;
    expect(dialogRoot().getElementById(labelledBy)?.textContent).toContain('Preflight');
    expect([...dialogRoot().querySelectorAll('[data-rule]')].map((n) => n.getAttribute('data-rule'))).toEqual([
      'quote-offer-conflict',
      'do-not-contact',
    ]);
    expect(['Edit draft', 'Send anyway', 'Cancel'].map((name) => button(name)?.textContent)).toEqual([
      'Edit draft',
      'Send anyway',
      'Cancel',
    ]);
    const label = dialogRoot().querySelector('label')!;
    expect(label.textContent).toBe('Reason');
    expect(dialogRoot().getElementById(label.htmlFor)?.tagName).toBe('TEXTAREA');
    expect(dialogRoot().textContent).toContain('Fix: Remove Dana from the recipients.');
    button('Cancel').click();
    await expect(outcome).resolves.toEqual({ action: 'cancelled' });
    expect(document.querySelector('preflight-guard-dialog')).toBeNull();
  });

  it('requires a reason to send past a block, and returns it', async () => {
    const outcome = showGuardDialog(document, [dnc], { allowBlockOverride: true });
    const send = button('Send anyway');
    expect(send.disabled).toBe(true);
    send.click();
    const reason = dialogRoot().querySelector('textarea')!;
    reason.value = '  Legal cleared this reply  ';
    reason.dispatchEvent(new Event('input'));
    expect(send.disabled).toBe(false);
    send.click();
    await expect(outcome).resolves.toEqual({ action: 'sent_anyway', reason: 'Legal cleared this reply' });
  });

  it('lets a confirm-level warning be sent without a reason', async () => {
    const outcome = showGuardDialog(document, [quote], { allowBlockOverride: true });
    expect(button('Send anyway').disabled).toBe(false);
    button('Send anyway').click();
    await expect(outcome).resolves.toEqual({ action: 'sent_anyway' });
  });

  it('offers no override when the team forbids sending past a block', async () => {
    const outcome = showGuardDialog(document, [dnc], { allowBlockOverride: false });
    expect(button('Send anyway')).toBeUndefined();
    expect(dialogRoot().textContent).toContain('does not allow sending past a block');
    button('Edit draft').click();
    await expect(outcome).resolves.toEqual({ action: 'edited' });
  });

  it('is keyboard operable: focus starts on Edit draft, Tab cycles inside, Escape cancels, keys do not reach the page', async () => {
    const pageKeys: string[] = [];
    document.addEventListener('keydown', (e) => pageKeys.push(e.key));
    const outcome = showGuardDialog(document, [quote], { allowBlockOverride: true });
    const root = dialogRoot();
    expect(root.activeElement?.textContent).toBe('Edit draft');
    const host = document.querySelector('preflight-guard-dialog')!;
    const tab = (shiftKey = false) =>
      root.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true }),
      );
    tab();
    expect(root.activeElement?.tagName).toBe('TEXTAREA');
    tab();
    expect(root.activeElement?.textContent).toBe('Send anyway');
    tab();
    expect(root.activeElement?.textContent).toBe('Cancel');
    tab();
    expect(root.activeElement?.textContent).toBe('Edit draft');
    tab(true);
    expect(root.activeElement?.textContent).toBe('Cancel');
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await expect(outcome).resolves.toEqual({ action: 'cancelled' });
    expect(pageKeys).toEqual([]);
  });

  it('renders CRM text as text', async () => {
    const xss: Warning = { ...quote, title: '<img src=x onerror=alert(1)>', detail: '<script>alert(1)</script>' };
    const outcome = showGuardDialog(document, [xss], { allowBlockOverride: true });
    expect(dialogRoot().querySelector('img, script:not(style)')).toBeNull();
    expect(dialogRoot().textContent).toContain('<img src=x onerror=alert(1)>');
    button('Cancel').click();
    await outcome;
  });
});

describe('compose banner', () => {
  it('summarises warnings, carries data-preflight="banner", and re-renders only on change', () => {
    const compose = document.createElement('div');
    document.body.append(compose);
    let clicks = 0;
    const banner = new ComposeBanner(document, () => (clicks += 1));
    banner.attach(compose);
    expect(compose.querySelector('[data-preflight="banner"]')).toBe(banner.element);
    banner.render({ kind: 'warnings', warnings: [quote, dnc] });
    const button = banner.element.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toContain('2 warnings for this draft — Dana Whitfield opted out of all email');
    expect(button.getAttribute('data-level')).toBe('block');
    const first = button.firstChild;
    banner.render({ kind: 'warnings', warnings: [dnc, quote] });
    expect(button.firstChild).toBe(first); // same text: no re-render, no flicker
    banner.render({ kind: 'clear' });
    expect(button.textContent).toContain('No conflicts found');
    button.click();
    expect(clicks).toBe(1);
    banner.render({ kind: 'hidden' });
    expect(banner.element.hidden).toBe(true);
  });
});

describe('evidence dates', () => {
  it('adds the date to evidence once', async () => {
    const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(
      new Date('2026-12-02T10:00:00.000Z'),
    );
    const withDate: Warning = {
      ...quote,
      evidence: [
        { kind: 'quote', label: `Q-1042 · expires ${day}`, at: '2026-12-02T10:00:00.000Z' },
        { kind: 'marketing_email', label: 'Opened', at: '2026-12-02T10:00:00.000Z' },
      ],
    };
    const outcome = showGuardDialog(document, [withDate], { allowBlockOverride: true });
    const items = [...dialogRoot().querySelectorAll('.evidence li')].map((li) => li.textContent);
    expect(items).toEqual([`Q-1042 · expires ${day}`, `Opened (${day})`]);
    button('Cancel').click();
    await outcome;
  });
});
