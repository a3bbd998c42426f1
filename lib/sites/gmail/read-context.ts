import { normalizeEmail } from '../../identity/email';
import type { PageView, PersonOnPage } from '../../model/page-context';
import type { ReadResult, SiteReader } from '../site-reader';
import { isInsideAny, isVisible, queryAll, queryFirst } from './query';
import { gmailSelectors as S, type GmailSelectorKey } from './selectors';

const MAX_PEOPLE = 200;
const MAX_NAME = 300;
const MAX_TITLE = 500;

/** List routes named by two hash segments (`#label/Foo`, `#search/q`): their second segment is not a thread token. */
const TWO_SEGMENT_ROUTES = new Set(['label', 'search', 'category', 'advanced-search', 'settings', 'apps']);
/** Gmail.js treats a last hash segment of 16+ alphanumerics as an opened message (current tokens are about 32). */
const THREAD_TOKEN = /^[0-9A-Za-z]{16,}$/;

export const gmailReader: SiteReader = {
  site: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/'),
  read: readGmail,
};

function readGmail(doc: Document, url: URL): ReadResult {
  const missing = new Set<GmailSelectorKey>();
  const main = queryFirst(doc, S.main, isVisible);
  // Without the main pane the reader can still look at the whole body, but every Gmail view has one, so say so.
  if (!main) missing.add('main');
  const root = main ?? doc.body;

  const subject = queryFirst(root, S.threadSubject, isVisible);
  const list = queryFirst(
    root,
    S.messageList,
    (el) => isVisible(el) && !isInCompose(el, root) && findMessages(el).length > 0,
  );

  // The DOM decides. The hash only matters when the DOM shows no thread although the URL names one: then the
  // selectors are probably broken (or Gmail is still loading), and reporting the thread view with missing keys is
  // more useful than pretending the inbox is on screen.
  if (!subject && !list) {
    if (!hashNamesThread(url)) return result('thread_list', [], undefined, missing);
    missing.add('threadSubject').add('messageList');
    return result('thread', [], undefined, missing);
  }

  if (!subject) missing.add('threadSubject');
  if (!list) missing.add('messageList');
  const people = list ? readThreadPeople(list, missing) : [];
  return result('thread', people, subject ? subjectText(subject) : undefined, missing);
}

function result(
  view: PageView,
  people: PersonOnPage[],
  title: string | undefined,
  missing: Set<GmailSelectorKey>,
): ReadResult {
  const reading =
    title === undefined ? { site: 'gmail' as const, view, people } : { site: 'gmail' as const, view, people, title };
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
  const found = queryAll(list, S.message, (el) => !isInCompose(el, list));
  return found.filter((message) => !found.some((other) => other !== message && other.contains(message)));
}

function findSender(message: Element): Element | undefined {
  return queryFirst(message, S.messageSender, (el) => isPersonElement(el, message));
}

function findRecipients(message: Element, sender: Element | undefined): Element[] {
  return queryAll(message, S.messageRecipient, (el) => el !== sender && isPersonElement(el, message));
}

/** An element that names a person of the message: it carries an address and is not body text or a compose chip. */
function isPersonElement(element: Element, message: Element): boolean {
  return (
    addressOf(element) !== undefined && !isInsideAny(element, S.messageBody, message) && !isInCompose(element, message)
  );
}

function isInCompose(element: Element, boundary: Element): boolean {
  return isInsideAny(element, S.compose, boundary);
}

function addressOf(element: Element): string | undefined {
  return normalizeEmail(element.getAttribute('email')) ?? normalizeEmail(element.getAttribute('data-hovercard-id'));
}

function personFrom(element: Element, role: PersonOnPage['role']): PersonOnPage | undefined {
  const email = addressOf(element);
  if (!email) return undefined;
  const name = cleanText(element.getAttribute('name') ?? element.getAttribute('data-name') ?? '', MAX_NAME);
  // Gmail falls back to the address as the display name; that adds nothing.
  return name && normalizeEmail(name) !== email ? { email, name, role } : { email, role };
}

function subjectText(subject: Element): string | undefined {
  return cleanText(subject.textContent ?? '', MAX_TITLE) || undefined;
}

function cleanText(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** `#inbox/<token>`, `#label/Foo/<token>`, `#search/q/<token>`, also with `?compose=…` after it. A hint only. */
function hashNamesThread(url: URL): boolean {
  const path = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  const segments = path.split('/').filter(Boolean);
  const routeLength = TWO_SEGMENT_ROUTES.has(segments[0] ?? '') ? 2 : 1;
  const last = segments[segments.length - 1] ?? '';
  return segments.length > routeLength && THREAD_TOKEN.test(last);
}
