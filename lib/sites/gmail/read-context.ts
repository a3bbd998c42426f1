import { normalizeEmail } from '../../identity/email';
import type { PageView, PersonOnPage } from '../../model/page-context';
import { cleanName, isHidden, queryAllFirst, queryFirst, textOf, type SelectorList } from '../dom-query';
import type { ReadResult, SiteReader } from '../site-reader';
import { listComposes, readComposeRecipients } from './read-compose';
import { gmailSelectors as S, type GmailSelectorKey } from './selectors';

const MAX_PEOPLE = 200;
const MAX_TITLE = 500;

/** List routes named by two hash segments (`#label/Foo`, `#search/q`): their second segment is not a thread token. */
const TWO_SEGMENT_ROUTES = new Set(['label', 'search', 'category', 'advanced-search', 'settings', 'apps']);
/** Gmail.js treats a last hash segment of 16+ alphanumerics as an opened message (current tokens are about 32). */
const THREAD_TOKEN = /^[0-9A-Za-z]{16,}$/;

/**
 * Inside the open thread's (visible) message list, hidden parts still count: Gmail hides collapsed details and
 * "N older messages" without removing them, and they name real participants.
 */
const INSIDE_THREAD = { visibleOnly: false };

export const gmailReader: SiteReader = {
  site: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/'),
  read: readGmail,
};

function readGmail(doc: Document, url: URL): ReadResult {
  const missing = new Set<GmailSelectorKey>();
  const main = queryFirst(doc, S.main);
  // Without the main pane the reader can still look at the whole body, but every Gmail view has one, so say so.
  if (!main) missing.add('main');
  const root = main ?? doc.body;

  // Visible matches only (the dom-query default): Gmail keeps the thread list and earlier threads in the DOM, hidden.
  const subject = queryFirst(root, S.threadSubject);
  const list = firstMatch(
    root,
    S.messageList,
    (el) => !isInsideAny(el, S.compose, root) && findMessages(el).length > 0,
  );

  // The DOM decides. The hash only matters when the DOM shows no thread although the URL names one: then the
  // selectors are probably broken (or Gmail is still loading), and reporting the thread view with missing keys is
  // more useful than pretending the inbox is on screen.
  const drafting = readComposePeople(doc);
  if (!subject && !list) {
    if (drafting.length > 0) return result('compose', drafting, undefined, missing);
    if (!hashNamesThread(url)) return result('thread_list', [], undefined, missing);
    missing.add('threadSubject').add('messageList');
    return result('thread', [], undefined, missing);
  }

  if (!subject) missing.add('threadSubject');
  if (!list) missing.add('messageList');
  const people = list ? readThreadPeople(list, missing) : [];
  // Who the rep is writing to (popup compose or inline reply) comes after the thread's own people.
  const known = new Set(people.map((p) => p.email));
  const extra = drafting.filter((p) => !known.has(p.email)).slice(0, MAX_PEOPLE - people.length);
  return result('thread', [...people, ...extra], subject ? textOf(subject)?.slice(0, MAX_TITLE) : undefined, missing);
}

/**
 * Recipients of every open compose window (popup, minimised, inline reply; chips and typed text, hidden chips of
 * a collapsed reply included), with the role 'recipient': the rep is about to write to them.
 */
function readComposePeople(doc: Document): PersonOnPage[] {
  const emails = new Set<string>();
  for (const compose of listComposes(doc)) {
    for (const email of readComposeRecipients(compose)) if (emails.size < MAX_PEOPLE) emails.add(email);
  }
  return [...emails].map((email) => ({ email, role: 'recipient' as const }));
}

function result(
  view: PageView,
  people: PersonOnPage[],
  title: string | undefined,
  missing: Set<GmailSelectorKey>,
): ReadResult {
  const reading = { site: 'gmail' as const, view, people, ...(title ? { title } : {}) };
  return { reading, missing: [...missing] };
}

/**
 * Senders newest message first, then recipients (newest message first), deduplicated by address.
 * Only the newest message's sender gets the role 'sender'; whether that is a colleague or the user is for the
 * background to decide, since only it knows the seller's domains.
 */
function readThreadPeople(list: Element, missing: Set<GmailSelectorKey>): PersonOnPage[] {
  const newestFirst = findMessages(list).reverse();
  const senderElements = newestFirst.map((message) => findSender(message));
  if (!senderElements[0]) missing.add('messageSender');

  const people = new Map<string, PersonOnPage>();
  const add = (element: Element, role: PersonOnPage['role']) => {
    const person = personFrom(element, role);
    if (person?.email && !people.has(person.email) && people.size < MAX_PEOPLE) people.set(person.email, person);
  };

  senderElements.forEach((sender, index) => {
    if (sender) add(sender, index === 0 ? 'sender' : 'participant');
  });
  newestFirst.forEach((message, index) => {
    for (const recipient of findRecipients(message, senderElements[index])) add(recipient, 'participant');
  });
  return [...people.values()];
}

/** Messages of one thread in DOM order (oldest first). Nested matches are dropped so a message counts once. */
function findMessages(list: Element): Element[] {
  const found = queryAllFirst(list, S.message, INSIDE_THREAD).filter((el) => !isInsideAny(el, S.compose, list));
  return found.filter((message) => !found.some((other) => other !== message && other.contains(message)));
}

function findSender(message: Element): Element | undefined {
  return firstMatch(message, S.messageSender, (el) => isPersonElement(el, message), INSIDE_THREAD);
}

/** Recipients of the first selector that finds any; the sender's own span (matched by `[email]` too) is left out. */
function findRecipients(message: Element, sender: Element | undefined): Element[] {
  for (const selector of S.messageRecipient) {
    const found = queryAllFirst(message, [selector], INSIDE_THREAD).filter(
      (el) => el !== sender && isPersonElement(el, message),
    );
    if (found.length > 0) return found;
  }
  return [];
}

/** An element that names a person of the message: it carries an address and is not body text or a compose chip. */
function isPersonElement(element: Element, message: Element): boolean {
  return (
    addressOf(element) !== undefined &&
    !isInsideAny(element, S.messageBody, message) &&
    !isInsideAny(element, S.compose, message)
  );
}

/**
 * The first element, trying selectors in order, that passes `accept`. Unlike queryFirst's `exclude`, callers here
 * need a predicate (a list only counts when it holds messages).
 */
function firstMatch(
  root: ParentNode,
  selectors: SelectorList,
  accept: (element: Element) => boolean,
  options = { visibleOnly: true },
): Element | undefined {
  for (const selector of selectors) {
    const found = Array.from(root.querySelectorAll(selector)).find(
      (el) => (!options.visibleOnly || !isHidden(el)) && accept(el),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * True when the element sits inside a match of any selector, looking no higher than `boundary`. The boundary keeps
 * an unrelated ancestor of the whole thread (say, a page-wide form) from excluding everything.
 */
function isInsideAny(element: Element, selectors: SelectorList, boundary: Element): boolean {
  return selectors.some((selector) => {
    const match = element.closest(selector);
    return match !== null && boundary.contains(match);
  });
}

function addressOf(element: Element): string | undefined {
  return normalizeEmail(element.getAttribute('email')) ?? normalizeEmail(element.getAttribute('data-hovercard-id'));
}

function personFrom(element: Element, role: PersonOnPage['role']): PersonOnPage | undefined {
  const email = addressOf(element);
  if (!email) return undefined;
  const name = cleanName(element.getAttribute('name') ?? element.getAttribute('data-name'));
  // Gmail falls back to the address as the display name; that adds nothing.
  return name && normalizeEmail(name) !== email ? { email, name, role } : { email, role };
}

/** `#inbox/<token>`, `#label/Foo/<token>`, `#search/q/<token>`, also with `?compose=…` after it. A hint only. */
function hashNamesThread(url: URL): boolean {
  const path = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  const segments = path.split('/').filter(Boolean);
  const routeLength = TWO_SEGMENT_ROUTES.has(segments[0] ?? '') ? 2 : 1;
  const last = segments[segments.length - 1] ?? '';
  return segments.length > routeLength && THREAD_TOKEN.test(last);
}
