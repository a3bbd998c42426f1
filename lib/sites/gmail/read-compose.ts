import { normalizeEmail, parseAddress } from '../../identity/email';
import type { Draft } from '../../model/draft';
import { findEmailToken, isHidden, queryAllFirst, queryFirst, type SelectorList } from '../dom-query';
import {
  classicRecipientSelectors,
  gmailComposeSelectors as C,
  recipientRowSelectors,
  type RecipientField,
} from './compose-selectors';
import { gmailSelectors } from './selectors';

/** Limits of the Draft schema (lib/model/draft.ts), applied here so a reading always fits it. */
const MAX_RECIPIENTS = 500;
const MAX_SUBJECT = 2000;
const MAX_BODY = 200_000;

/** Hidden parts of a compose still count: a collapsed inline reply keeps its chips in the DOM, hidden. */
const ANYWHERE = { visibleOnly: false };

/**
 * The compose window (popup, full-screen or inline reply) that contains `target`, or undefined. The innermost
 * ancestor-or-self matching the first compose-root selector that finds one holding a compose field.
 */
export function findComposeRoot(target: Element): Element | undefined {
  for (const selector of C.composeRoot) {
    const root = target.closest(selector);
    if (root && isCompose(root)) return root;
  }
  return undefined;
}

/**
 * Every compose window in the document, in document order (hidden and minimized ones included). Each compose field
 * is mapped through findComposeRoot, so the roots are exactly the ones findComposeRoot returns, even when a fallback
 * selector is in use for some kinds of compose (a popup found by its dialog, an inline reply by its region).
 */
export function listComposes(doc: ParentNode): Element[] {
  const roots = new Set<Element>();
  for (const field of Array.from(doc.querySelectorAll(C.composeField.join(',')))) {
    const root = findComposeRoot(field);
    if (root) roots.add(root);
  }
  return [...roots];
}

function isCompose(element: Element): boolean {
  return C.composeField.some((selector) => element.querySelector(selector) !== null);
}

/** What the rep is about to send from one compose window. Pure DOM: reads live input values, changes nothing. */
export function readDraft(compose: Element): Draft {
  return {
    site: 'gmail',
    to: readRecipients(compose, 'to'),
    cc: readRecipients(compose, 'cc'),
    bcc: readRecipients(compose, 'bcc'),
    linkedinRecipients: [],
    subject: readSubject(compose).slice(0, MAX_SUBJECT),
    body: readBody(compose).slice(0, MAX_BODY),
  };
}

// ---- Recipients ----

/** Every To, Cc and Bcc recipient of one compose window (chips and typed text), deduplicated, in that order. */
export function readComposeRecipients(compose: Element): string[] {
  return [
    ...new Set([...readRecipients(compose, 'to'), ...readRecipients(compose, 'cc'), ...readRecipients(compose, 'bcc')]),
  ];
}

/**
 * Chips plus the text typed but not yet turned into a chip (Gmail sends that too), normalised and deduplicated in
 * the order they appear. Chips hidden behind a collapsed inline reply's summary count.
 */
function readRecipients(compose: Element, field: RecipientField): string[] {
  const found = new Set<string>();
  const add = (email: string | undefined) => {
    if (email && found.size < MAX_RECIPIENTS) found.add(email);
  };

  for (const row of queryAllFirst(compose, recipientRowSelectors(field), ANYWHERE)) {
    for (const chip of queryAllFirst(row, C.recipientChip, ANYWHERE)) add(chipAddress(chip));
    for (const input of queryAllFirst(row, C.recipientInput, ANYWHERE)) {
      for (const email of parseAddressList(valueOf(input))) add(email);
    }
  }

  // The classic (pre-PeopleKit) recipients UI.
  const classic = classicRecipientSelectors(field);
  for (const chip of Array.from(compose.querySelectorAll(classic.chips))) add(parseAddress(valueOf(chip))?.email);
  for (const typed of Array.from(compose.querySelectorAll(classic.typed))) {
    for (const email of parseAddressList(valueOf(typed))) add(email);
  }
  return [...found];
}

/** A chip's address: data-hovercard-id, else the email attribute, else parsed from data-name or the chip's text. */
function chipAddress(chip: Element): string | undefined {
  return (
    normalizeEmail(chip.getAttribute('data-hovercard-id')) ??
    normalizeEmail(chip.getAttribute('email')) ??
    parseAddress(chip.getAttribute('data-name') ?? '')?.email ??
    normalizeEmail(findEmailToken(chip.textContent))
  );
}

/** The live value of an input or textarea (not the attribute, which holds only the initial value). */
function valueOf(element: Element): string {
  const value = (element as { value?: unknown }).value;
  return typeof value === 'string' ? value : (element.getAttribute('value') ?? '');
}

const ADDRESS_TOKENS = /[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+/g;

/**
 * Addresses in typed recipient text: `a@x.com, "Raman, Priya" <p@y.com>; Jordan Lee <j@y.com>`. Separators inside
 * quotes or angle brackets do not split. A part that is not one address contributes every address-like token in it
 * ("a@x.com b@y.com"); a part with none (half-typed "pri") contributes nothing.
 */
export function parseAddressList(text: string): string[] {
  const result: string[] = [];
  for (const raw of splitAddressList(text)) {
    // A sentence-ending dot is not part of an address ("write to b@y.org.").
    const part = raw.replace(/\.+$/, '');
    const parsed = parseAddress(part);
    if (parsed) {
      result.push(parsed.email);
      continue;
    }
    for (const token of part.match(ADDRESS_TOKENS) ?? []) {
      const email = normalizeEmail(token.replace(/\.+$/, ''));
      if (email) result.push(email);
    }
  }
  return result;
}

function splitAddressList(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '<' && !quoted) angle = true;
    else if (char === '>' && !quoted) angle = false;
    if ((char === ',' || char === ';' || char === '\n') && !quoted && !angle) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

// ---- Subject ----

/**
 * The subject box; else the hidden subject field (set on replies); else, for an inline reply, the open thread's
 * subject with "Re: ". A new message whose subject the rep left empty reads as ''.
 */
function readSubject(compose: Element): string {
  const box = queryFirst(compose, C.subject, ANYWHERE);
  const typed = box ? valueOf(box).trim() : '';
  if (typed) return typed;

  const hidden = queryFirst(compose, C.hiddenSubject, ANYWHERE);
  const hiddenValue = hidden ? valueOf(hidden).trim() : '';
  if (hiddenValue && hiddenValue !== 'undefined') return hiddenValue;

  if (box && !isHidden(box)) return '';
  const threadSubject = subjectOfEnclosingThread(compose);
  if (!threadSubject) return '';
  return /^re\s*:/i.test(threadSubject) ? threadSubject : `Re: ${threadSubject}`;
}

/**
 * The subject heading of the thread an inline reply sits in: the nearest ancestor that holds one, looking no higher
 * than the main pane. Popup and full-screen composes live outside it and never borrow a thread's subject.
 */
function subjectOfEnclosingThread(compose: Element): string | undefined {
  const main = gmailSelectors.main.map((selector) => compose.closest(selector)).find((match) => match !== null);
  if (!main) return undefined;
  for (let node = compose.parentElement; node && main.contains(node); node = node.parentElement) {
    const heading = queryFirst(node, gmailSelectors.threadSubject, ANYWHERE);
    if (heading) return (heading.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined;
  }
  return undefined;
}

// ---- Body ----

/** The body text the rep wrote: quoted history and signature removed, line breaks between blocks kept. */
function readBody(compose: Element): string {
  const body = queryFirst(compose, C.body, ANYWHERE);
  if (!body) return '';
  return cutSignatureDelimiter(editableText(body, [...C.quote, ...C.signature]));
}

/** Drops everything from the conventional signature delimiter, a line holding only "-- ". */
function cutSignatureDelimiter(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.trimEnd() === '--');
  return at < 0 ? text : trimBlankLines(lines.slice(0, at)).join('\n');
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** A break that collapses with its neighbours, as between two blocks; a <br> is a literal "\n". */
const BLOCK_BREAK = Symbol('block break');

/**
 * Plain text of a rich-text editor, roughly what `innerText` gives without needing layout (which happy-dom and
 * hidden elements lack): a line break per <br> and between blocks, whitespace of the markup collapsed, typed
 * non-breaking spaces kept as spaces, trailing spaces and leading or trailing blank lines dropped. Descendants
 * matching `remove` (quotes, signatures) and markup-hidden ones are left out.
 */
export function editableText(element: Element, remove: SelectorList = []): string {
  const parts: (string | typeof BLOCK_BREAK)[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED_ELEMENTS.has(el.tagName) || isRemoved(el, remove)) return;
    if (el.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_ELEMENTS.has(el.tagName);
    if (block) parts.push(BLOCK_BREAK);
    el.childNodes.forEach(walk);
    if (block) parts.push(BLOCK_BREAK);
  };
  element.childNodes.forEach(walk);

  let text = '';
  let pendingBreak = false;
  for (const part of parts) {
    if (part === BLOCK_BREAK) {
      pendingBreak = text !== '';
      continue;
    }
    if (part === '') continue;
    if (pendingBreak && !text.endsWith('\n')) text += '\n';
    pendingBreak = false;
    text += part;
  }
  const lines = text.split('\n').map((line) =>
    line
      .replace(/^ +| +$/g, '')
      .replace(/\u00a0/g, ' ')
      .trimEnd(),
  );
  return trimBlankLines(lines).join('\n');
}

function isRemoved(element: Element, remove: SelectorList): boolean {
  if (remove.some((selector) => element.matches(selector))) return true;
  if (element.hasAttribute('hidden')) return true;
  return /(?:^|;)\s*display\s*:\s*none/i.test(element.getAttribute('style') ?? '');
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  return lines.slice(start, end);
}
