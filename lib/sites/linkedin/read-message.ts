import { normalizeLinkedInProfileUrl } from '../../identity/linkedin-url';
import type { Draft } from '../../model/draft';
import { queryFirst, type SelectorList } from '../dom-query';
import { editableText } from '../gmail/read-compose';
import { linkedinSelectors } from './selectors';

const MAX_BODY = 200_000;

/**
 * LinkedIn messaging composer (full messaging page and the overlay bubbles), most stable first. Sources:
 * dom-facts.md §2.2 (LIDM); LinkedIn's classes are the only hooks it offers here. [unverified] beyond those.
 */
export const linkedinMessageSelectors = {
  /** The composer form of one conversation. */
  form: ['form.msg-form', '.msg-form'],
  /** Inside the form: the rich-text message box. */
  composer: [
    '.msg-form__contenteditable[contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
    '[contenteditable="true"]',
  ],
  /** Inside the form: the Send button. */
  sendButton: ['button.msg-form__send-button', 'button.msg-form__send-btn', 'button[type="submit"]'],
  /** The conversation's header link to the other participant (from the site reader's selectors). */
  threadProfileLink: linkedinSelectors.threadProfileLink,
  /** Containers of other conversations and the viewer's own menu; skipped unless the form is inside one. */
  elsewhere: linkedinSelectors.elsewhere,
} as const satisfies Record<string, SelectorList>;

const S = linkedinMessageSelectors;

/** The composer form containing an element, if any. */
export function findMessageForm(target: Element): Element | undefined {
  for (const selector of S.form) {
    const form = target.closest(selector);
    if (form) return form;
  }
  return undefined;
}

/**
 * The message about to be sent from one LinkedIn composer. The recipient is the other participant named by the
 * header of the conversation the form belongs to: the nearest enclosing container with a header link, so a form
 * in an overlay bubble reads that bubble's header and the conversation list (other people) is never read.
 */
export function readLinkedInDraft(form: Element, doc: Document): Draft {
  const composer = queryFirst(form, S.composer, { visibleOnly: false });
  const recipient = recipientOf(form, doc);
  return {
    site: 'linkedin',
    to: [],
    cc: [],
    bcc: [],
    linkedinRecipients: recipient ? [recipient] : [],
    subject: '',
    body: composer ? editableText(composer).slice(0, MAX_BODY) : '',
  };
}

function recipientOf(form: Element, doc: Document): string | undefined {
  // A form in the overlay reads only its own bubble; a form on the page never reads the overlay.
  const overlay = S.elsewhere.map((selector) => form.closest(selector)).find((match) => match !== null);
  const boundary = overlay ?? doc.body;
  const options = { visibleOnly: false, exclude: overlay ? [] : S.elsewhere };
  for (let node = form.parentElement; node; node = node.parentElement) {
    const link = queryFirst(node, S.threadProfileLink, options);
    if (link) return normalizeLinkedInProfileUrl(link.getAttribute('href'));
    if (node === boundary) break;
  }
  return undefined;
}
