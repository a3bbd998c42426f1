// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Window } from 'happy-dom';
import { openFixtureWindow } from '../../../tests/helpers/fixture-window';
import { describe, expect, it } from 'vitest';
import { isHidden } from '../dom-query';
import { Draft } from '../../model/draft';
import { gmailReader } from './read-context';
import { editableText, findComposeRoot, listComposes, parseAddressList, readDraft } from './read-compose';

// A path, not a URL object: in the happy-dom environment the global URL is happy-dom's, which node:fs refuses.
const FIXTURE_HTML = readFileSync(
  fileURLToPath(import.meta.resolve('../../../tests/fixtures/pages/gmail.html')),
  'utf8',
);
const GMAIL = 'https://mail.google.com/mail/u/0/';
const PRIYA_THREAD = 'FMfcgzQXJWbmPqLkTnRsVwXzYbCdEfGh';
const JORDAN_THREAD = 'FMfcgzQXJWdKrHtMbVcNpLsQwZxYgFjT';

/** Loads the fixture as a browser would (URL with hash first, then the page, whose script renders the view). */
async function openGmail(hash: string): Promise<Window> {
  const window = openFixtureWindow(FIXTURE_HTML, GMAIL + hash, { scripts: true });
  await window.happyDOM.waitUntilComplete();
  return window;
}

function dom(window: Window): Document {
  // happy-dom's Document implements the DOM interfaces used here; the cast bridges the two type packages.
  return window.document as unknown as Document;
}

function get(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}

function onlyCompose(window: Window): Element {
  const composes = listComposes(dom(window));
  expect(composes).toHaveLength(1);
  return composes[0] as Element;
}

function setValue(root: ParentNode, selector: string, value: string): void {
  (get(root, selector) as HTMLInputElement).value = value;
}

/** Builds DOM from a compact description: strings are text, arrays are [tag, attributes, ...children]. */
type Markup = string | [string, Record<string, string>, ...Markup[]];
function build(doc: Document, markup: Markup): Node {
  if (typeof markup === 'string') return doc.createTextNode(markup);
  const [tag, attributes, ...children] = markup;
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.appendChild(build(doc, child));
  return element;
}

/** Types paragraphs at the top of the body (where Gmail puts the caret), before the signature and the quote. */
function typeBody(compose: Element, ...blocks: Markup[]): void {
  const body = get(compose, '[g_editable="true"]');
  const doc = body.ownerDocument;
  const firstEmptyLine = body.firstElementChild;
  for (const block of blocks) body.insertBefore(build(doc, block), firstEmptyLine);
}

async function openInlineReply(token = PRIYA_THREAD): Promise<{ window: Window; compose: Element }> {
  const window = await openGmail(`#inbox/${token}`);
  (get(dom(window), '[role="main"] .amn span.ams.bkH[role="link"]') as HTMLElement).click();
  const compose = onlyCompose(window);
  expect(compose.closest('.ip.adB')).not.toBeNull();
  return { window, compose };
}

describe('finding compose windows', () => {
  it('finds none on the inbox, and the popup once ?compose=new opens it', async () => {
    const window = await openGmail('#inbox');
    expect(listComposes(dom(window))).toEqual([]);

    (get(dom(window), '[gh="cm"]') as HTMLElement).click();
    await window.happyDOM.waitUntilComplete();

    const compose = onlyCompose(window);
    expect(compose.closest('div.dw')).not.toBeNull();
    expect(compose.matches('div.M9')).toBe(true);
  });

  it('maps every part of a compose (send button, menu item, body, recipient input) to the same root', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    for (const selector of [
      '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
      '[selector="scheduledSend"]',
      '[g_editable="true"]',
      'div[name="to"] input[role="combobox"]',
      'input[name="subjectbox"]',
    ]) {
      expect(findComposeRoot(get(compose, selector))).toBe(compose);
    }
    expect(findComposeRoot(get(dom(window), '[role="main"] tr.zA'))).toBeUndefined();
  });

  it('lists a popup and an inline reply as two composes, each containing only its own parts', async () => {
    const { window, compose: inline } = await openInlineReply();
    (get(dom(window), '[gh="cm"]') as HTMLElement).click();
    await window.happyDOM.waitUntilComplete();

    const composes = listComposes(dom(window));

    expect(composes).toHaveLength(2);
    const popup = composes.find((c) => c !== inline) as Element;
    expect(popup.closest('div.dw')).not.toBeNull();
    expect(findComposeRoot(get(popup, '[g_editable="true"]'))).toBe(popup);
    expect(findComposeRoot(get(inline, '[g_editable="true"]'))).toBe(inline);
  });

  it('still finds and reads a popup by roles and attributes when Gmail renames every class', async () => {
    const window = await openGmail('#inbox?compose=new');
    const dialog = get(dom(window), 'div.dw [role="dialog"]');
    setValue(dialog, 'input[name="subjectbox"]', 'Renewal');
    typeBody(dialog, ['div', {}, 'Hi Dana,']);
    for (const element of [dialog, ...Array.from(dialog.querySelectorAll('[class]'))]) element.removeAttribute('class');

    const compose = onlyCompose(window);

    expect(compose).toBe(dialog);
    expect(findComposeRoot(get(compose, '[g_editable="true"]'))).toBe(dialog);
    expect(readDraft(compose)).toMatchObject({
      to: ['dana.whitfield@contoso.io'],
      subject: 'Renewal',
      body: 'Hi Dana,',
    });
  });

  it('lists a popup by its dialog and an inline reply by its region when Gmail renames every class', async () => {
    const { window } = await openInlineReply();
    (get(dom(window), '[gh="cm"]') as HTMLElement).click();
    await window.happyDOM.waitUntilComplete();
    for (const element of Array.from(dom(window).querySelectorAll('[class]'))) element.removeAttribute('class');

    const composes = listComposes(dom(window));

    // Document order: the inline reply sits in the main pane, before the popup host.
    expect(composes.map((c) => c.getAttribute('role'))).toEqual(['region', 'dialog']);
    for (const compose of composes) expect(findComposeRoot(get(compose, '[g_editable="true"]'))).toBe(compose);
    expect(composes.map((c) => readDraft(c).to)).toEqual([
      ['priya.raman@northwind-traders.com'],
      ['dana.whitfield@contoso.io'],
    ]);
  });
});

describe('readDraft: popup compose', () => {
  it('reads the saved draft: the chip, an empty subject, and no body (only the signature)', async () => {
    const window = await openGmail('#inbox?compose=new');

    const draft = readDraft(onlyCompose(window));

    expect(draft).toEqual({
      site: 'gmail',
      to: ['dana.whitfield@contoso.io'],
      cc: [],
      bcc: [],
      linkedinRecipients: [],
      subject: '',
      body: '',
    });
    expect(Draft.safeParse(draft).success).toBe(true);
  });

  it('adds text typed but not chipped, display-name forms and several addresses, normalised and deduplicated', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    setValue(
      compose,
      'div[name="to"] input[role="combobox"]',
      'Jordan Lee <Jordan.Lee@Northwind-Traders.com>, other@x.com; DANA.WHITFIELD@contoso.io, pri',
    );

    expect(readDraft(compose).to).toEqual([
      'dana.whitfield@contoso.io',
      'jordan.lee@northwind-traders.com',
      'other@x.com',
    ]);
  });

  it('reads the same addresses once the page has turned the typed text into chips (Enter)', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    const input = get(compose, 'div[name="to"] input[role="combobox"]') as HTMLInputElement;
    input.value = 'Jordan Lee <jordan.lee@northwind-traders.com>, other@x.com';
    input.dispatchEvent(
      new window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }) as never,
    );

    expect(input.value).toBe('');
    expect(
      Array.from(compose.querySelectorAll('div[name="to"] [role="option"]')).map((c) => c.getAttribute('data-name')),
    ).toEqual(['Dana Whitfield', 'Jordan Lee', 'other@x.com']);
    expect(readDraft(compose).to).toEqual([
      'dana.whitfield@contoso.io',
      'jordan.lee@northwind-traders.com',
      'other@x.com',
    ]);
  });

  it('reads Cc and Bcc rows opened with their toggles, quoted names with commas included', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    (get(compose, 'span.aB.gQ.pE[role="link"]') as HTMLElement).click();
    (get(compose, 'span.aB.gQ.pB[role="link"]') as HTMLElement).click();
    setValue(compose, 'div[name="cc"] input[role="combobox"]', 'jordan.lee@northwind-traders.com');
    setValue(
      compose,
      'div[name="bcc"] input[role="combobox"]',
      '"Raman, Priya" <priya.raman@northwind-traders.com>; sam.patel@example.org',
    );

    const draft = readDraft(compose);

    expect(draft.to).toEqual(['dana.whitfield@contoso.io']);
    expect(draft.cc).toEqual(['jordan.lee@northwind-traders.com']);
    expect(draft.bcc).toEqual(['priya.raman@northwind-traders.com', 'sam.patel@example.org']);
  });

  it('reads the typed subject and body, without the signature, keeping line breaks between blocks', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    setValue(compose, 'input[name="subjectbox"]', '  Renewal options for Contoso  ');
    typeBody(
      compose,
      ['div', {}, 'Hi Dana,'],
      ['div', {}, ['br', {}]],
      ['div', {}, 'The usage report is attached.', ['br', {}], 'Seat count: 120.'],
      ['div', {}, 'Best,'],
    );

    const draft = readDraft(compose);

    expect(draft.subject).toBe('Renewal options for Contoso');
    expect(draft.body).toBe('Hi Dana,\n\nThe usage report is attached.\nSeat count: 120.\nBest,');
    expect(draft.body).not.toContain('Alex Morgan');
  });

  it('keeps Russian and Persian text intact', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    setValue(compose, 'input[name="subjectbox"]', 'Скидка 25% на годовой тариф');
    typeBody(
      compose,
      ['div', {}, 'Здравствуйте, Мария!'],
      ['div', {}, 'Скидка 25% действует до 31 марта.'],
      ['div', { dir: 'rtl' }, 'سلام، تخفیف ۲۵٪ تا پایان اسفند معتبر است.'],
    );

    const draft = readDraft(compose);

    expect(draft.subject).toBe('Скидка 25% на годовой тариф');
    expect(draft.body).toBe(
      'Здравствуйте, Мария!\nСкидка 25% действует до 31 марта.\nسلام، تخفیف ۲۵٪ تا پایان اسفند معتبر است.',
    );
  });

  it('drops a plain-text signature after a "-- " line and any blockquote the rep pasted', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    const body = get(compose, '[g_editable="true"]');
    while (body.firstChild) body.removeChild(body.firstChild);
    for (const block of [
      ['div', {}, 'Hi Dana,'],
      ['blockquote', {}, 'Please send the usage report.'],
      ['div', {}, 'Attached.'],
      ['div', {}, '--\u00a0'],
      ['div', {}, 'Alex'],
    ] as Markup[]) {
      body.appendChild(build(body.ownerDocument, block));
    }

    expect(readDraft(compose).body).toBe('Hi Dana,\nAttached.');
  });
});

describe('readDraft: full-screen compose', () => {
  it('reads a compose opened full screen through the hash', async () => {
    const window = await openGmail('#inbox?compose=fullscreen');
    const compose = onlyCompose(window);
    expect(compose.closest('body > .aSs > .aSt')).not.toBeNull();
    setValue(compose, 'input[name="subjectbox"]', 'Renewal');

    expect(readDraft(compose)).toMatchObject({ to: ['dana.whitfield@contoso.io'], subject: 'Renewal' });
  });

  it('keeps the same compose (and what was typed) when the popup moves to full screen', async () => {
    const window = await openGmail('#inbox?compose=new');
    const compose = onlyCompose(window);
    setValue(compose, 'div[name="to"] input[role="combobox"]', 'sam.patel@example.org');

    (get(compose.closest('[role="dialog"]') as Element, 'td.Hm img.Hq') as HTMLElement).click();

    expect(onlyCompose(window)).toBe(compose);
    expect(compose.closest('.aSs .aSt')).not.toBeNull();
    expect(readDraft(compose).to).toEqual(['dana.whitfield@contoso.io', 'sam.patel@example.org']);
  });
});

describe('readDraft: inline reply', () => {
  it('reads the sender chip hidden behind the collapsed summary, and the reply subject', async () => {
    const { compose } = await openInlineReply();
    const chip = get(compose, 'div[name="to"] div.aUy [role="option"][data-hovercard-id]');
    expect(isHidden(chip)).toBe(true);
    expect(get(compose, 'div.aoD.hl').textContent).toBe('Priya Raman');

    const draft = readDraft(compose);

    expect(draft.to).toEqual(['priya.raman@northwind-traders.com']);
    expect(draft.subject).toBe('Re: Fleet rollout – annual plan pricing');
    expect(draft.body).toBe('');
  });

  it('falls back to the hidden subject field, then to the thread subject with one "Re: "', async () => {
    const { compose } = await openInlineReply();
    get(compose, 'input[name="subjectbox"]').remove();
    expect(readDraft(compose).subject).toBe('Re: Fleet rollout – annual plan pricing');

    get(compose, 'input[name="subject"]').remove();
    expect(readDraft(compose).subject).toBe('Re: Fleet rollout – annual plan pricing');

    const jordan = await openInlineReply(JORDAN_THREAD);
    get(jordan.compose, 'input[name="subjectbox"]').remove();
    get(jordan.compose, 'input[name="subject"]').remove();
    expect(readDraft(jordan.compose).subject).toBe('Re: Telematics add-on question');
  });

  it('leaves the quoted history out of the body, shown or hidden, and the signature too', async () => {
    const { compose } = await openInlineReply();
    typeBody(compose, ['div', {}, 'Hi Priya,'], ['div', {}, 'Yes, the SAP connector is included.']);
    const body = get(compose, '[g_editable="true"]');
    expect(body.querySelector('div.gmail_quote blockquote')?.textContent).toContain('quote Q-1042');

    expect(readDraft(compose).body).toBe('Hi Priya,\nYes, the SAP connector is included.');

    (get(compose, 'div.ajR[role="button"]') as HTMLElement).click();
    expect(isHidden(get(body, 'div.gmail_quote'))).toBe(false);
    expect(readDraft(compose).body).toBe('Hi Priya,\nYes, the SAP connector is included.');
  });

  it('reads recipients added after expanding the summary', async () => {
    const { compose } = await openInlineReply();
    (get(compose, 'div.aoD.hl') as HTMLElement).focus();
    expect(isHidden(get(compose, 'div[name="to"]'))).toBe(false);
    setValue(compose, 'div[name="to"] input[role="combobox"]', 'Jordan Lee <jordan.lee@northwind-traders.com>');

    expect(readDraft(compose).to).toEqual(['priya.raman@northwind-traders.com', 'jordan.lee@northwind-traders.com']);
  });

  it("does not change the thread reading: the reply's chips are not thread participants", async () => {
    const { window } = await openInlineReply();

    const { reading, missing } = gmailReader.read(dom(window), new URL(window.location.href));

    expect(reading.people.map((p) => p.email)).toEqual([
      'priya.raman@northwind-traders.com',
      'alex.morgan@example.com',
      'jordan.lee@northwind-traders.com',
    ]);
    expect(missing).toEqual([]);
  });
});

describe('parseAddressList', () => {
  it.each([
    ['', []],
    ['pri', []],
    ['a@x.com', ['a@x.com']],
    ['Priya Raman <Priya@X.com>, other@x.com', ['priya@x.com', 'other@x.com']],
    ['"Raman, Priya" <priya@x.com>; b@y.org', ['priya@x.com', 'b@y.org']],
    ['a@x.com b@y.org', ['a@x.com', 'b@y.org']],
    ['mailto:a@x.com,\nb@y.org.', ['a@x.com', 'b@y.org']],
  ])('%j -> %j', (text, expected) => {
    expect(parseAddressList(text)).toEqual(expected);
  });
});

describe('editableText', () => {
  it('turns blocks and <br> into lines the way innerText does, without layout', async () => {
    const window = await openGmail('#inbox');
    const doc = dom(window);
    const root = build(doc, [
      'div',
      {},
      ['div', {}, '  Hi   Dana,  '],
      ['div', {}, ['br', {}]],
      ['p', {}, 'Line\u00a0\u00a0one', ['br', {}]],
      ['div', {}, ['span', {}, 'inline '], ['b', {}, 'bold']],
      ['div', { style: 'display:none' }, 'hidden'],
      ['div', { class: 'gmail_quote' }, 'quoted'],
    ]) as Element;

    expect(editableText(root, ['.gmail_quote'])).toBe('Hi Dana,\n\nLine  one\ninline bold');
  });
});
