import type { SelectorList } from '../dom-query';

/**
 * Every selector the Gmail reader uses. Each entry lists fallbacks, most stable first: roles and data attributes
 * (which Gmail.js and InboxSDK have relied on for years) before Gmail's obfuscated 2-4 letter classes (which change).
 * Sources: /work/shared/research/dom-facts.md §1. Keys are reported in `missing` when a needed one finds nothing.
 */
export const gmailSelectors = {
  /** Every view: the content pane. The thread list and the open thread (and hidden cached ones) render inside it. */
  main: ['[role="main"]', 'div.aeF > div.nH'],

  /** Thread view: the open thread's subject heading. Gmail puts the thread ids on it, hence the attribute variants. */
  threadSubject: ['h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]', 'h2.hP', '.ha h2'],

  /**
   * Thread view: the container of the open thread's messages. Used only when it holds a message (see `message`),
   * so other lists on the page never count. The class fallbacks are the thread wrappers, which hold the messages too.
   */
  messageList: ['[role="list"]', 'div.iY', 'div.if'],

  /** Thread view, inside the message list: one message, collapsed (kv) or expanded (h7). */
  message: ['[data-message-id]', '[data-legacy-message-id]', 'div.adn.ads', 'div.adn'],

  /** Thread view, inside a message: the From person, an address-carrying span in the h3 heading (span.gD). */
  messageSender: ['h3 [email]', 'h3 [data-hovercard-id]', 'span.gD[email]', 'td.gF span[email]', 'span.gD'],

  /**
   * Thread view, inside a message: To and Cc people (span.g2 inside span.hb). Attribute-only selectors also match the
   * sender span; the reader drops that one and anything in the body, so the broad selector is safe and class-free.
   */
  messageRecipient: ['[email]', '[data-hovercard-id]', 'span.hb span.g2', 'span.g2'],

  /** Thread view, inside a message: the body. Exclusion only: addresses written in a body are content, not people. */
  messageBody: ['div.a3s', 'div.ii.gt', '.gmail_quote'],

  /**
   * Any view: compose windows (popup mole, full-screen, inline reply). Exclusion only: their recipient chips are
   * who the user is writing to, not who is in the open thread.
   */
  compose: ['[role="dialog"]', 'form', 'div.M9', 'div.AD'],
} as const satisfies Record<string, SelectorList>;

export type GmailSelectorKey = keyof typeof gmailSelectors;
