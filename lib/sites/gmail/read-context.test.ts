import { readFileSync } from 'node:fs';
import type { Window } from 'happy-dom';
import { openFixtureWindow } from '../../../tests/helpers/fixture-window';
import { describe, expect, it } from 'vitest';
import { PageContext, PersonOnPage } from '../../model/page-context';
import { gmailReader } from './read-context';
import { gmailSelectors } from './selectors';

const FIXTURE_HTML = readFileSync(new URL('../../../tests/fixtures/pages/gmail.html', import.meta.url), 'utf8');
const GMAIL = 'https://mail.google.com/mail/u/0/';

interface FixtureThread {
  token: string;
  subject: string;
  senderEmail: string;
}

const THREADS: FixtureThread[] = JSON.parse(
  /<script type="application\/json" id="fixture-threads">([\s\S]*?)<\/script>/.exec(FIXTURE_HTML)?.[1] ?? '[]',
) as FixtureThread[];

function thread(senderEmail: string): FixtureThread {
  const found = THREADS.find((t) => t.senderEmail === senderEmail);
  if (!found) throw new Error(`fixture has no thread from ${senderEmail}`);
  return found;
}

const PRIYA = thread('priya.raman@northwind-traders.com');
const JORDAN = thread('jordan.lee@northwind-traders.com');

/** Loads the fixture as a browser would: URL (with hash) first, then the page, whose inline script renders the view. */
async function openGmail(hash: string): Promise<Window> {
  const window = openFixtureWindow(FIXTURE_HTML, GMAIL + hash, { scripts: true });
  await window.happyDOM.waitUntilComplete();
  return window;
}

/** Navigates inside the SPA; the fixture re-renders on hashchange, which happy-dom fires asynchronously. */
async function navigate(window: Window, hash: string): Promise<void> {
  window.location.hash = hash;
  await window.happyDOM.waitUntilComplete();
}

function dom(window: Window): Document {
  // happy-dom's Document implements the DOM interfaces the reader uses; the cast bridges the two type packages.
  return window.document as unknown as Document;
}

function read(window: Window, url: string = window.location.href) {
  return gmailReader.read(dom(window), new URL(url));
}

function emails(people: PersonOnPage[]): (string | undefined)[] {
  return people.map((p) => p.email);
}

describe('the gmail.html fixture', () => {
  it('lists eight threads with 32-character opaque tokens', () => {
    expect(THREADS).toHaveLength(8);
    expect(new Set(THREADS.map((t) => t.token)).size).toBe(8);
    for (const t of THREADS) expect(t.token).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  it('renders the inbox with a row per thread, each row carrying span[email][name]', async () => {
    const window = await openGmail('#inbox');
    const rows = window.document.querySelectorAll('tr.zA[role="row"]');
    expect(rows).toHaveLength(8);
    for (const row of Array.from(rows)) expect(row.querySelector('span[email][name]')).not.toBeNull();
    expect(window.document.title).toBe('Inbox (5) - alex.morgan@example.com - Gmail');
    expect(window.happyDOM.virtualConsolePrinter.readAsString()).toBe('');
  });
});

describe('gmailReader.matches', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', true],
    ['https://mail.google.com/mail/u/1/?ogbl#inbox/FMfcgzQXJWbmPqLkTnRsVwXzYbCdEfGh', true],
    ['https://mail.google.com/chat/u/0/', false],
    ['https://www.google.com/mail/u/0/', false],
    ['https://mail.google.com.evil.example/mail/u/0/', false],
  ])('%s -> %s', (url, expected) => {
    expect(gmailReader.matches(new URL(url))).toBe(expected);
  });
});

describe('gmailReader.read: thread list', () => {
  it.each(['#inbox', ''])(
    'reports the list and nobody for hash %j, although every row has span[email]',
    async (hash) => {
      const window = await openGmail(hash);
      expect(window.document.querySelectorAll('[role="main"] span[email]').length).toBeGreaterThanOrEqual(8);

      const { reading, missing } = read(window);

      expect(reading).toEqual({ site: 'gmail', view: 'thread_list', people: [] });
      expect(missing).toEqual([]);
    },
  );

  it('shows who a compose window over the inbox is addressed to: chips and text typed but not yet a chip', async () => {
    const window = await openGmail('#inbox?compose=new');
    const chip = window.document.querySelector('[role="dialog"] div[name="to"] [role="option"][data-hovercard-id]');
    expect(chip?.getAttribute('data-hovercard-id')).toBe('dana.whitfield@contoso.io');

    expect(read(window).reading).toEqual({
      site: 'gmail',
      view: 'compose',
      people: [{ email: 'dana.whitfield@contoso.io', role: 'recipient' }],
    });

    const typed = window.document.querySelector('[role="dialog"] div[name="to"] input') as unknown as { value: string };
    typed.value = 'Jordan Lee <Jordan.Lee@northwind-traders.com>, pri';
    expect(emails(read(window).reading.people)).toEqual([
      'dana.whitfield@contoso.io',
      'jordan.lee@northwind-traders.com',
    ]);
  });

  it('does not mistake a long label name in the hash for a thread token', async () => {
    const window = await openGmail('#inbox');
    const { reading } = read(window, `${GMAIL}#label/CustomerEscalations2026`);
    expect(reading.view).toBe('thread_list');
  });
});

describe('gmailReader.read: open thread', () => {
  it("reads Priya's thread: newest external sender first, then the other people, and the subject", async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}`);
    // The trap: the inbox rows are still in the DOM, only hidden.
    expect(window.document.querySelectorAll('tr.zA[role="row"]')).toHaveLength(8);

    const { reading, missing } = read(window);

    expect(reading.view).toBe('thread');
    expect(reading.title).toBe('Re: Fleet rollout – annual plan pricing');
    expect(reading.people).toEqual([
      { email: 'priya.raman@northwind-traders.com', name: 'Priya Raman', role: 'sender' },
      { email: 'alex.morgan@example.com', name: 'Alex Morgan', role: 'participant' },
      { email: 'jordan.lee@northwind-traders.com', name: 'Jordan Lee', role: 'participant' },
    ]);
    expect(missing).toEqual([]);
    expect(PageContext.safeParse({ ...reading, observedAt: '2026-03-12T09:45:00Z' }).success).toBe(true);
  });

  it('follows SPA navigation to another thread while the earlier one stays cached and hidden', async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}`);
    expect(read(window).reading.people[0]?.email).toBe('priya.raman@northwind-traders.com');

    await navigate(window, `#inbox/${JORDAN.token}`);

    expect(window.document.querySelectorAll('h2[data-thread-perm-id]')).toHaveLength(2);
    const { reading } = read(window);
    expect(reading.title).toBe('Telematics add-on question');
    expect(reading.people).toEqual([
      { email: 'jordan.lee@northwind-traders.com', name: 'Jordan Lee', role: 'sender' },
      { email: 'alex.morgan@example.com', name: 'Alex Morgan', role: 'participant' },
    ]);

    await navigate(window, '#inbox');
    expect(read(window).reading).toEqual({ site: 'gmail', view: 'thread_list', people: [] });
  });

  it('lists compose recipients after the thread’s people, as recipients, never as thread participants', async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}?compose=new`);
    expect(
      window.document.querySelector('[role="dialog"] [data-hovercard-id="dana.whitfield@contoso.io"]'),
    ).not.toBeNull();

    const { reading } = read(window);

    expect(reading.view).toBe('thread');
    expect(reading.people.map((p) => [p.email, p.role])).toEqual([
      ['priya.raman@northwind-traders.com', 'sender'],
      ['alex.morgan@example.com', 'participant'],
      ['jordan.lee@northwind-traders.com', 'participant'],
      ['dana.whitfield@contoso.io', 'recipient'],
    ]);
  });

  it('still reads the thread through attribute fallbacks when Gmail renames its classes', async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}`);
    const main = window.document.querySelector('[role="main"]');
    for (const element of Array.from(main?.querySelectorAll('[class]') ?? [])) element.removeAttribute('class');
    expect(main?.querySelector('.gD, .hP, .adn, .g2')).toBeNull();

    const { reading, missing } = read(window);

    expect(reading.view).toBe('thread');
    expect(reading.title).toBe('Re: Fleet rollout – annual plan pricing');
    expect(reading.people[0]).toEqual({
      email: 'priya.raman@northwind-traders.com',
      name: 'Priya Raman',
      role: 'sender',
    });
    expect(emails(reading.people)).toEqual([
      'priya.raman@northwind-traders.com',
      'alex.morgan@example.com',
      'jordan.lee@northwind-traders.com',
    ]);
    expect(missing).toEqual([]);
  });

  it('falls back to data-hovercard-id, and reads an inline reply chip as a recipient', async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}`);
    const document = window.document;
    const list = document.querySelector('[role="main"] [role="list"]');
    for (const element of Array.from(list?.querySelectorAll('[email]') ?? [])) element.removeAttribute('email');
    // An inline reply opened under the newest message, as Gmail nests it (.ip.adB > .M9 > form > div[name=to] chip).
    const chip = document.createElement('div');
    chip.setAttribute('role', 'option');
    chip.setAttribute('data-name', 'Dana Whitfield');
    chip.setAttribute('data-hovercard-id', 'dana.whitfield@contoso.io');
    const to = document.createElement('div');
    to.setAttribute('name', 'to');
    to.appendChild(chip);
    const form = document.createElement('form');
    form.appendChild(to);
    const m9 = document.createElement('div');
    m9.className = 'M9';
    m9.appendChild(form);
    const replyArea = document.createElement('div');
    replyArea.className = 'ip adB';
    replyArea.appendChild(m9);
    const messages = list?.querySelectorAll('[data-message-id]');
    messages?.[messages.length - 1]?.querySelector('.gs')?.appendChild(replyArea);

    const { reading, missing } = read(window);

    // The reply's chip is who the rep is writing to: listed last, as a recipient, not as a thread participant.
    expect(reading.people.map((p) => [p.email, p.role])).toEqual([
      ['priya.raman@northwind-traders.com', 'sender'],
      ['alex.morgan@example.com', 'participant'],
      ['jordan.lee@northwind-traders.com', 'participant'],
      ['dana.whitfield@contoso.io', 'recipient'],
    ]);
    expect(missing).toEqual([]);
  });

  it('reports the sender selector as missing when the newest message has no sender span', async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}`);
    const messages = window.document.querySelectorAll('[role="main"] [role="list"] [data-message-id]');
    const newest = messages[messages.length - 1];
    newest?.querySelector('h3 span[email]')?.remove();

    const { reading, missing } = read(window);

    expect(missing).toEqual(['messageSender']);
    expect(reading.view).toBe('thread');
    expect(reading.people.some((p) => p.role === 'sender')).toBe(false);
    // Older messages and the recipients still name people; none of them is promoted to sender.
    expect(emails(reading.people)).toContain('priya.raman@northwind-traders.com');
  });

  it('reports the subject as missing, without page content, when the heading is gone', async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}`);
    window.document.querySelector('[role="main"] h2[data-thread-perm-id]')?.remove();

    const { reading, missing } = read(window);

    expect(missing).toEqual(['threadSubject']);
    expect(reading.title).toBeUndefined();
    expect(reading.people[0]?.email).toBe('priya.raman@northwind-traders.com');
    for (const key of missing) expect(Object.keys(gmailSelectors)).toContain(key);
  });

  it('reports the thread selectors as missing when the hash names a thread but the DOM shows none', async () => {
    const window = await openGmail('#inbox');

    const { reading, missing } = read(window, `${GMAIL}#inbox/${PRIYA.token}`);

    expect(reading).toEqual({ site: 'gmail', view: 'thread', people: [] });
    expect(missing).toEqual(['threadSubject', 'messageList']);
  });

  it('treats a thread hidden with the hidden attribute as not open', async () => {
    const window = await openGmail(`#inbox/${PRIYA.token}`);
    window.document
      .querySelector('[role="main"] h2[data-thread-perm-id]')
      ?.closest('div.g')
      ?.setAttribute('hidden', '');

    const { reading } = read(window, `${GMAIL}#inbox`);

    expect(reading).toEqual({ site: 'gmail', view: 'thread_list', people: [] });
  });

  it("reads Sam Patel's thread (a person not in the CRM)", async () => {
    const sam = thread('sam.patel@example.org');
    const window = await openGmail(`#inbox/${sam.token}`);

    const { reading } = read(window);

    expect(reading.title).toBe('Intro from the conference');
    expect(reading.people).toEqual([
      { email: 'sam.patel@example.org', name: 'Sam Patel', role: 'sender' },
      { email: 'alex.morgan@example.com', name: 'Alex Morgan', role: 'participant' },
    ]);
  });

  it('keeps a Ukrainian subject intact', async () => {
    const oleh = thread('oleh.petrenko@kyiv-agro.example');
    const window = await openGmail(`#inbox/${oleh.token}`);

    const { reading } = read(window);

    expect(reading.title).toBe('Комерційна пропозиція для Київ Агро');
    expect(reading.people[0]).toEqual({
      email: 'oleh.petrenko@kyiv-agro.example',
      name: 'Oleh Petrenko',
      role: 'sender',
    });
  });

  it.each(THREADS.map((t) => [t.subject, t] as const))(
    'puts the listed sender first and the subject as title: %s',
    async (_subject, t) => {
      const window = await openGmail(`#inbox/${t.token}`);

      const { reading, missing } = read(window);

      expect(reading.view).toBe('thread');
      expect(reading.title).toBe(t.subject);
      expect(reading.people[0]).toMatchObject({ email: t.senderEmail, role: 'sender' });
      expect(reading.people.every((p) => PersonOnPage.safeParse(p).success)).toBe(true);
      expect(missing).toEqual([]);
      expect(window.document.title).toBe(`${t.subject} - alex.morgan@example.com - Gmail`);
    },
  );
});
