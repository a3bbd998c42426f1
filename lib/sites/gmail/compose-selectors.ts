import type { SelectorList } from '../dom-query';

/** The three recipient fields of a compose window. */
export type RecipientField = 'to' | 'cc' | 'bcc';

/**
 * Selectors for Gmail's compose windows (popup "mole", full-screen, inline reply) and their send controls.
 * Each entry is a fallback list, most stable first: roles, names and Gmail's own data attributes (which Gmail.js
 * and InboxSDK have relied on for years) before the obfuscated 2-4 letter classes. Where Gmail offers no stable
 * attribute (the send buttons: their tooltip and aria-label are localized), the class-based selectors InboxSDK and
 * Gmail.js use are the best there is. Sources: /work/shared/research/dom-facts.md §1.4-1.6.
 */
export const gmailComposeSelectors = {
  /**
   * A compose window. `div.M9` is the compose model element in all three kinds (Gmail.js `api.dom.compose`,
   * InboxSDK). Without it: the popup's dialog, then the region that wraps every compose form. A match only counts
   * when it holds one of `composeField` (see read-compose.ts), so an unrelated dialog or region never does.
   */
  composeRoot: ['div.M9', '[role="dialog"]', '[role="region"]'],

  /** Inside a compose: any of these proves the element is a compose window. */
  composeField: ['[g_editable="true"]', 'input[name="subjectbox"]', '[name="to"]', 'textarea[name="to"]'],

  /** Inside a compose: the message body (contenteditable). */
  body: [
    '[g_editable="true"][role="textbox"]',
    '[g_editable="true"]',
    '.Ap [contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
    'div.Am.editable',
  ],

  /** Inside a compose: the visible subject input. */
  subject: ['input[name="subjectbox"]', 'input.aoT'],
  /** Inside a compose: the hidden form field Gmail keeps in step with the subject (set on replies). */
  hiddenSubject: ['input[name="subject"]'],

  /**
   * Inside a recipient row: one chip (PeopleKit `div[role=option][data-name][data-hovercard-id]`; the classic UI's
   * `span.vR` carries `[email]`). The whole list is used, matches deduplicated by address.
   */
  recipientChip: [
    '[role="option"][data-hovercard-id]',
    '[role="option"][data-name]',
    '[data-hovercard-id]',
    '[email]',
    'div.afV',
    'span.vR',
  ],
  /** Inside a recipient row: the text input holding what was typed but is not a chip yet. */
  recipientInput: ['input[role="combobox"]', 'input[aria-autocomplete="list"]', 'input.agP', 'input[type="text"]'],

  /** Inside the body: quoted history, removed from the body text. Every entry is applied. */
  quote: ['div.gmail_quote', '.gmail_quote', 'blockquote', 'div.gmail_extra'],
  /** Inside the body: the signature block and its "-- " prefix, removed. Every entry is applied. */
  signature: ['[data-smartmail="gmail_signature"]', '.gmail_signature', '.gmail_signature_prefix'],

  /** Inside a compose: the Send button (not Send & archive, not the "More send options" arrow). */
  sendButton: [
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'div[role="button"].aoO:not(.Uo):not([aria-haspopup="true"])',
    'div[role="button"].T-I-atl:not(.Uo):not(.hG):not([aria-haspopup="true"])',
  ],
  /** Inside a compose (replies only, when enabled in settings): Send & archive. */
  sendAndArchiveButton: [
    '.IZ .Up div > div[role="button"].Uo:not([aria-haspopup="true"])',
    'div[role="button"].Uo:not([aria-haspopup="true"])',
  ],
  /** Inside a compose: the arrow beside Send that opens the menu with "Schedule send". */
  moreSendOptions: ['.IZ .Up div > [role="button"][aria-haspopup="true"]', '[role="button"].hG'],
  /** The "Schedule send" menu item (InboxSDK: inside the compose element). */
  scheduleSendItem: ['[selector="scheduledSend"]'],
  /** A menu, and its highlighted item when the menu keeps focus itself (Closure menus). */
  menu: ['[role="menu"]'],
  highlightedMenuItem: ['[role="menuitem"].J-N-JT', '.J-N-JT'],
} as const satisfies Record<string, SelectorList>;

/** The recipient row of one field: PeopleKit `div.anm[name=to]`; inputs and textareas of that name are not rows. */
export function recipientRowSelectors(field: RecipientField): SelectorList {
  return [`div[name="${field}"]`, `[name="${field}"]:not(input):not(textarea)`];
}

/** Classic recipients UI: `textarea[name=to]` holds typed text, each chip a hidden `input[name=to]` "Name <email>". */
export function classicRecipientSelectors(field: RecipientField): { typed: string; chips: string } {
  return { typed: `textarea[name="${field}"]`, chips: `input[type="hidden"][name="${field}"]` };
}
