import type { DecisionAction, Severity, Warning } from '../model/warning';
import { DIALOG_CSS } from './dialog-styles';
import { el, shadowHost } from './dom';

export interface DialogOutcome {
  action: DecisionAction;
  reason?: string;
}

export interface DialogOptions {
  /** Whether a block-level warning may be overridden (with a reason). */
  allowBlockOverride: boolean;
  /** Shown above the warnings, e.g. when the check could not finish and only cached facts are shown. */
  notice?: string;
}

const SEVERITY_WORDS: Record<Severity, string> = { block: 'Blocked', confirm: 'Check', notice: 'Note' };
const MIN_REASON_LENGTH = 3;

/**
 * The pre-send dialog: each warning with its evidence and fix, then Edit draft / Send anyway / Cancel.
 * Resolves once with the rep's decision. Focus stays inside (Tab cycles), Escape cancels, and no key event
 * escapes to the host page (Gmail has single-key shortcuts that would act on the hidden thread).
 */
export function showGuardDialog(doc: Document, warnings: Warning[], options: DialogOptions): Promise<DialogOutcome> {
  const previousFocus = doc.activeElement as HTMLElement | null;
  const { host, root } = shadowHost(doc, 'preflight-guard-dialog', DIALOG_CSS);
  const hasBlock = warnings.some((w) => w.severity === 'block');
  const reasonRequired = hasBlock;
  const overrideAllowed = !hasBlock || options.allowBlockOverride;

  const title = el(doc, 'h2', { id: 'pf-title' }, 'Preflight: check before sending');
  const lead = el(
    doc,
    'p',
    { class: 'lead', id: 'pf-lead' },
    `${warnings.length} ${warnings.length === 1 ? 'thing needs' : 'things need'} your attention before this message leaves.`,
  );
  const list = el(doc, 'ul', { class: 'warnings' }, ...warnings.map((w) => warningItem(doc, w)));
  const reason = el(doc, 'textarea', { id: 'pf-reason', 'aria-describedby': 'pf-reason-hint' });
  if (reasonRequired) reason.setAttribute('required', '');
  const reasonBlock = overrideAllowed
    ? el(
        doc,
        'div',
        {},
        el(doc, 'label', { for: 'pf-reason' }, 'Reason'),
        reason,
        el(
          doc,
          'p',
          { class: 'hint', id: 'pf-reason-hint' },
          reasonRequired
            ? 'Required to send anyway: it is recorded in the audit log with this decision.'
            : 'Optional: recorded in the audit log if you send anyway.',
        ),
      )
    : el(doc, 'p', { class: 'notice' }, 'Your team does not allow sending past a block. Edit the draft or cancel.');

  const editButton = el(doc, 'button', { type: 'button', class: 'primary' }, 'Edit draft');
  const sendButton = el(doc, 'button', { type: 'button', class: 'danger' }, 'Send anyway');
  const cancelButton = el(doc, 'button', { type: 'button' }, 'Cancel');
  const actions = el(
    doc,
    'div',
    { class: 'actions' },
    editButton,
    overrideAllowed ? sendButton : undefined,
    cancelButton,
  );

  const dialog = el(
    doc,
    'div',
    {
      class: 'dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'pf-title',
      'aria-describedby': 'pf-lead',
    },
    title,
    lead,
    options.notice ? el(doc, 'p', { class: 'notice', role: 'note' }, options.notice) : undefined,
    list,
    reasonBlock,
    actions,
  );
  root.append(el(doc, 'div', { class: 'overlay' }, dialog));

  const syncSendButton = () => {
    sendButton.disabled = reasonRequired && reason.value.trim().length < MIN_REASON_LENGTH;
  };
  syncSendButton();
  reason.addEventListener('input', syncSendButton);

  return new Promise<DialogOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: DialogOutcome) => {
      if (settled) return;
      settled = true;
      host.remove();
      if (outcome.action !== 'sent_anyway') previousFocus?.focus?.();
      resolve(outcome);
    };
    editButton.addEventListener('click', () => finish({ action: 'edited' }));
    cancelButton.addEventListener('click', () => finish({ action: 'cancelled' }));
    sendButton.addEventListener('click', () => {
      if (sendButton.disabled) return;
      const text = reason.value.trim();
      finish({ action: 'sent_anyway', ...(text ? { reason: text } : {}) });
    });
    host.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        finish({ action: 'cancelled' });
      } else if (event.key === 'Tab') {
        trapFocus(event, root, [editButton, ...(overrideAllowed ? [reason, sendButton] : []), cancelButton]);
      }
    });
    for (const type of ['keyup', 'keypress'] as const) host.addEventListener(type, (event) => event.stopPropagation());
    doc.body.append(host);
    editButton.focus();
  });
}

function warningItem(doc: Document, warning: Warning): HTMLLIElement {
  return el(
    doc,
    'li',
    { class: 'warning', 'data-rule': warning.ruleId, 'data-severity': warning.severity },
    el(doc, 'span', { class: 'sev' }, SEVERITY_WORDS[warning.severity]),
    el(doc, 'span', { class: 'title' }, warning.title),
    el(doc, 'p', { class: 'detail' }, warning.detail),
    warning.evidence.length > 0
      ? el(
          doc,
          'ul',
          { class: 'evidence', 'aria-label': 'Evidence' },
          ...warning.evidence.map((e) => el(doc, 'li', {}, evidenceText(e.label, e.at))),
        )
      : undefined,
    el(doc, 'p', { class: 'fix' }, `Fix: ${warning.fix}`),
  );
}

/** Tab and Shift+Tab cycle through the dialog's controls in their visual order. */
function trapFocus(event: KeyboardEvent, root: ShadowRoot, order: HTMLElement[]): void {
  const focusable = order.filter((node) => !(node as HTMLButtonElement).disabled);
  if (focusable.length === 0) return;
  const index = focusable.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey
    ? focusable[(index - 1 + focusable.length) % focusable.length]
    : focusable[(index + 1) % focusable.length];
  event.preventDefault();
  next?.focus();
}

/** The evidence label, with its date unless the label already says it. */
function evidenceText(label: string, at: string | undefined): string {
  if (!at) return label;
  const day = formatDay(at);
  return label.includes(day) ? label : `${label} (${day})`;
}

function formatDay(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}
