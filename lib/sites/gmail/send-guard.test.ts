// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Window } from 'happy-dom';
import { openFixtureWindow } from '../../../tests/helpers/fixture-window';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listComposes, readDraft } from './read-compose';
import { installGmailSendGuard, type SendAttempt } from './send-guard';

// A path, not a URL object: in the happy-dom environment the global URL is happy-dom's, which node:fs refuses.
const FIXTURE_HTML = readFileSync(
  fileURLToPath(import.meta.resolve('../../../tests/fixtures/pages/gmail.html')),
  'utf8',
);
const GMAIL = 'https://mail.google.com/mail/u/0/';
const PRIYA_THREAD = 'FMfcgzQXJWbmPqLkTnRsVwXzYbCdEfGh';

const SEND = '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])';
const SEND_ARCHIVE = '.IZ .Up div > div[role="button"].Uo';
const ARROW = '.IZ .Up [role="button"][aria-haspopup="true"]';
const SCHEDULE = '[selector="scheduledSend"]';

interface SentRecord {
  via: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
}

const controllers: AbortController[] = [];

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

async function openGmail(hash: string): Promise<Window> {
  const window = openFixtureWindow(FIXTURE_HTML, GMAIL + hash, { scripts: true });
  await window.happyDOM.waitUntilComplete();
  return window;
}

function dom(window: Window): Document {
  return window.document as unknown as Document;
}

/** What the page sent, read the way any browser world can: from the JSON log it keeps. */
function sent(window: Window): SentRecord[] {
  const log = JSON.parse(window.document.getElementById('fixture-sent-log')?.textContent ?? '[]') as SentRecord[];
  expect(window.document.documentElement.dataset.sentCount ?? '0').toBe(String(log.length));
  return log;
}

function get(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found as HTMLElement;
}

function guard(window: Window, onAttempt: (attempt: SendAttempt) => void = () => undefined) {
  const controller = new AbortController();
  controllers.push(controller);
  const attempts: SendAttempt[] = [];
  installGmailSendGuard(dom(window), controller.signal, (attempt) => {
    attempts.push(attempt);
    onAttempt(attempt);
  });
  return { attempts, controller };
}

function mouse(window: Window, target: Element, type: string): boolean {
  const event = new window.MouseEvent(type, { bubbles: true, cancelable: true, button: 0, detail: 1 });
  return target.dispatchEvent(event as never);
}

/** A real press: mousedown, mouseup, click. */
function press(window: Window, target: Element): void {
  for (const type of ['mousedown', 'mouseup', 'click']) mouse(window, target, type);
}

function key(window: Window, target: Element, type: string, init: Record<string, unknown>): boolean {
  const event = new window.KeyboardEvent(type, { bubbles: true, cancelable: true, ...init });
  return target.dispatchEvent(event as never);
}

/** A real key press: keydown, keypress (unless the keydown was cancelled, as browsers do), keyup. */
function pressKey(window: Window, target: Element, init: Record<string, unknown>): void {
  const notCancelled = key(window, target, 'keydown', init);
  if (notCancelled) key(window, target, 'keypress', init);
  key(window, target, 'keyup', init);
}

const ENTER = { key: 'Enter', code: 'Enter', keyCode: 13 };
const SPACE = { key: ' ', code: 'Space', keyCode: 32 };

/** The saved draft (?compose=new), with a subject, a typed body and a typed-but-not-chipped recipient. */
async function openFilledPopup() {
  const window = await openGmail('#inbox?compose=new');
  const compose = listComposes(dom(window))[0] as Element;
  (get(compose, 'div[name="to"] input[role="combobox"]') as HTMLInputElement).value =
    'Jordan Lee <jordan.lee@northwind-traders.com>';
  (get(compose, 'input[name="subjectbox"]') as HTMLInputElement).value = 'Renewal options';
  const body = get(compose, '[g_editable="true"]');
  const line = window.document.createElement('div');
  line.textContent = 'Hi Dana, the usage report is attached.';
  body.insertBefore(line as never, body.firstChild);
  return { window, compose };
}

async function openInlineReply() {
  const window = await openGmail(`#inbox/${PRIYA_THREAD}`);
  get(dom(window), '[role="main"] .amn span.ams.bkH').click();
  const compose = listComposes(dom(window))[0] as Element;
  expect(compose.closest('.ip.adB')).not.toBeNull();
  return { window, compose };
}

function expectSentDraft(record: SentRecord | undefined, compose: Element, draft: ReturnType<typeof readDraft>) {
  expect(record).toMatchObject({ to: draft.to, cc: draft.cc, bcc: draft.bcc, subject: draft.subject });
  expect(record?.body).toContain(draft.body);
  expect(compose.isConnected).toBe(false);
}

describe('the fixture plays Gmail: every route sends without a guard', () => {
  it.each([
    ['press (mousedown, mouseup, click)', 'click', (w: Window, c: Element) => press(w, get(c, SEND))],
    ['plain click()', 'click', (_w: Window, c: Element) => get(c, SEND).click()],
    ['Enter on the focused Send button', 'keyboard', (w: Window, c: Element) => pressKey(w, get(c, SEND), ENTER)],
    ['Space on the focused Send button', 'keyboard', (w: Window, c: Element) => pressKey(w, get(c, SEND), SPACE)],
    [
      'Ctrl+Enter in the body',
      'shortcut',
      (w: Window, c: Element) => pressKey(w, get(c, '[g_editable="true"]'), { ...ENTER, ctrlKey: true }),
    ],
  ])('%s', async (_name, via, act) => {
    const { window, compose } = await openFilledPopup();

    act(window, compose);

    expect(sent(window)).toEqual([
      {
        via,
        to: ['dana.whitfield@contoso.io', 'jordan.lee@northwind-traders.com'],
        cc: [],
        bcc: [],
        subject: 'Renewal options',
        body: expect.stringContaining('Hi Dana, the usage report is attached.') as unknown as string,
      },
    ]);
    expect(compose.isConnected).toBe(false);
    expect(get(dom(window), 'div.b8[role="alert"]').textContent).toContain('Message sent');
  });

  it('Space sends on keyup, as Gmail buttons do, so a keydown alone sends nothing', async () => {
    const { window, compose } = await openFilledPopup();
    key(window, get(compose, SEND), 'keydown', SPACE);
    expect(sent(window)).toEqual([]);
    key(window, get(compose, SEND), 'keyup', SPACE);
    expect(sent(window)).toHaveLength(1);
  });

  it('schedule send acts on the menu item mouseup, and refuses a draft with no recipient', async () => {
    const window = await openGmail('#inbox');
    get(dom(window), '[gh="cm"]').click();
    await window.happyDOM.waitUntilComplete();
    const compose = listComposes(dom(window))[0] as Element;
    get(compose, 'div[name="to"] [role="option"] .afX').click();
    press(window, get(compose, SEND));
    expect(sent(window)).toEqual([]);
    expect(get(dom(window), '[role="alertdialog"]').textContent).toContain('Please specify at least one recipient.');

    (get(compose, 'div[name="to"] input[role="combobox"]') as HTMLInputElement).value = 'sam.patel@example.org';
    press(window, get(compose, ARROW));
    mouse(window, get(compose, SCHEDULE), 'mousedown');
    mouse(window, get(compose, SCHEDULE), 'mouseup');
    expect(sent(window)).toMatchObject([{ via: 'schedule', to: ['sam.patel@example.org'] }]);
  });
});

describe('installGmailSendGuard: each route is held and reported once', () => {
  it.each([
    ['press (mousedown, mouseup, click)', 'click', (w: Window, c: Element) => press(w, get(c, SEND))],
    ['plain click()', 'click', (_w: Window, c: Element) => get(c, SEND).click()],
    ['Enter on the focused Send button', 'keyboard', (w: Window, c: Element) => pressKey(w, get(c, SEND), ENTER)],
    ['Space on the focused Send button', 'keyboard', (w: Window, c: Element) => pressKey(w, get(c, SEND), SPACE)],
    [
      'Ctrl+Enter in the body',
      'shortcut',
      (w: Window, c: Element) => pressKey(w, get(c, '[g_editable="true"]'), { ...ENTER, ctrlKey: true }),
    ],
    [
      'Meta+Enter in the subject',
      'shortcut',
      (w: Window, c: Element) => pressKey(w, get(c, 'input[name="subjectbox"]'), { ...ENTER, metaKey: true }),
    ],
    [
      'Ctrl+Enter in the To input',
      'shortcut',
      (w: Window, c: Element) => pressKey(w, get(c, 'div[name="to"] input'), { ...ENTER, ctrlKey: true }),
    ],
  ])('%s', async (_name, via, act) => {
    const { window, compose } = await openFilledPopup();
    const before = readDraft(compose);
    const { attempts } = guard(window);

    act(window, compose);

    expect(sent(window)).toEqual([]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ via, compose });
    expect(compose.isConnected).toBe(true);
    // The typed recipient was not turned into a chip behind the guard's back, nor was anything else touched.
    expect(readDraft(compose)).toEqual(before);

    attempts[0]?.proceed();

    const log = sent(window);
    expect(log).toHaveLength(1);
    expectSentDraft(log[0], compose, before);
    expect(log[0]?.to).toEqual(['dana.whitfield@contoso.io', 'jordan.lee@northwind-traders.com']);

    attempts[0]?.proceed();
    expect(sent(window)).toHaveLength(1);
    expect(attempts).toHaveLength(1);
  });

  it('swallows the mousedown and mouseup too, so Gmail never shows (or starts) a press', async () => {
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window);
    const send = get(compose, SEND);

    expect(mouse(window, send, 'mousedown')).toBe(false);
    expect(send.classList.contains('T-I-JO')).toBe(false);
    expect(attempts).toEqual([]);
    expect(mouse(window, send, 'mouseup')).toBe(false);
    expect(attempts).toHaveLength(1);
    expect(mouse(window, send, 'click')).toBe(false);

    expect(attempts).toHaveLength(1);
    expect(sent(window)).toEqual([]);
  });

  it('holds Send & archive in an inline reply, and proceed() sends and archives', async () => {
    const { window, compose } = await openInlineReply();
    const before = readDraft(compose);
    const { attempts } = guard(window);

    press(window, get(compose, SEND_ARCHIVE));

    expect(sent(window)).toEqual([]);
    expect(attempts.map((a) => a.via)).toEqual(['send_archive']);
    expect(attempts[0]?.compose).toBe(compose);

    attempts[0]?.proceed();
    attempts[0]?.proceed();

    const log = sent(window);
    expect(log.map((r) => r.via)).toEqual(['send_archive']);
    expectSentDraft(log[0], compose, before);
    expect(log[0]?.to).toEqual(['priya.raman@northwind-traders.com']);
    await window.happyDOM.waitUntilComplete();
    expect(window.location.hash).toBe('#inbox');
  });

  it('holds Enter on the Send & archive button', async () => {
    const { window, compose } = await openInlineReply();
    const { attempts } = guard(window);

    pressKey(window, get(compose, SEND_ARCHIVE), ENTER);

    expect(sent(window)).toEqual([]);
    expect(attempts.map((a) => a.via)).toEqual(['send_archive']);
  });

  it('holds Schedule send; proceed() reopens the menu a click elsewhere closed, and schedules once', async () => {
    const { window, compose } = await openFilledPopup();
    const before = readDraft(compose);
    const { attempts } = guard(window);
    press(window, get(compose, ARROW));
    const item = get(compose, SCHEDULE);
    const menu = get(compose, '[role="menu"]');
    expect(menu.style.display).toBe('');

    press(window, item);

    expect(sent(window)).toEqual([]);
    expect(attempts.map((a) => a.via)).toEqual(['schedule']);
    // The rep answers Preflight's dialog: a press outside the menu, which closes it as in Gmail.
    mouse(window, window.document.body as unknown as Element, 'mousedown');
    expect(menu.style.display).toBe('none');

    attempts[0]?.proceed();
    attempts[0]?.proceed();

    const log = sent(window);
    expect(log.map((r) => r.via)).toEqual(['schedule']);
    expectSentDraft(log[0], compose, before);
  });

  it('holds Schedule send chosen with the keyboard (Enter while the item is highlighted)', async () => {
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window);
    pressKey(window, get(compose, ARROW), ENTER);
    const menu = get(compose, '[role="menu"]');
    expect(menu.getAttribute('aria-activedescendant')).toBe(get(compose, SCHEDULE).id);

    pressKey(window, menu, ENTER);

    expect(sent(window)).toEqual([]);
    expect(attempts.map((a) => a.via)).toEqual(['schedule']);
    attempts[0]?.proceed();
    expect(sent(window).map((r) => r.via)).toEqual(['schedule']);
  });

  it('holds a full-screen compose', async () => {
    const window = await openGmail('#inbox?compose=fullscreen');
    const compose = listComposes(dom(window))[0] as Element;
    expect(compose.closest('.aSs .aSt')).not.toBeNull();
    const { attempts } = guard(window);

    press(window, get(compose, SEND));

    expect(sent(window)).toEqual([]);
    expect(attempts).toHaveLength(1);
    attempts[0]?.proceed();
    expect(sent(window)).toMatchObject([{ to: ['dana.whitfield@contoso.io'] }]);
  });

  it('counts a double click as one attempt', async () => {
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window);

    press(window, get(compose, SEND));
    press(window, get(compose, SEND));

    expect(attempts).toHaveLength(1);
    expect(sent(window)).toEqual([]);
  });

  it('leaves a second compose alone: only the held one is sent by proceed()', async () => {
    const { window, compose: inline } = await openInlineReply();
    get(dom(window), '[gh="cm"]').click();
    await window.happyDOM.waitUntilComplete();
    const popup = listComposes(dom(window)).find((c) => c !== inline) as Element;
    const inlineBefore = readDraft(inline);
    const { attempts } = guard(window);

    press(window, get(popup, SEND));
    attempts[0]?.proceed();

    expect(attempts.map((a) => a.compose)).toEqual([popup]);
    expect(sent(window)).toMatchObject([{ to: ['dana.whitfield@contoso.io'] }]);
    expect(inline.isConnected).toBe(true);
    expect(readDraft(inline)).toEqual(inlineBefore);

    // The other compose is guarded on its own.
    pressKey(window, get(inline, '[g_editable="true"]'), { ...ENTER, ctrlKey: true });
    expect(attempts.map((a) => a.compose)).toEqual([popup, inline]);
    expect(sent(window)).toHaveLength(1);
    attempts[1]?.proceed();
    expect(sent(window).map((r) => r.to)).toEqual([
      ['dana.whitfield@contoso.io'],
      ['priya.raman@northwind-traders.com'],
    ]);
  });

  it('does nothing on proceed() when the compose was closed meanwhile', async () => {
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window);
    press(window, get(compose, SEND));

    get(compose.closest('[role="dialog"]') as Element, 'td.Hm img.Ha').click();
    attempts[0]?.proceed();

    expect(compose.isConnected).toBe(false);
    expect(sent(window)).toEqual([]);
  });

  it('sends once when onAttempt calls proceed() at once', async () => {
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window, (attempt) => attempt.proceed());

    press(window, get(compose, SEND));

    expect(attempts).toHaveLength(1);
    expect(sent(window).map((r) => r.via)).toEqual(['click']);
  });

  it('ignores presses elsewhere: other buttons, other mouse buttons, plain Enter in the body', async () => {
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window);

    press(window, get(compose, '[aria-label="Formatting options"]'));
    mouse(window, get(compose, SEND), 'contextmenu');
    pressKey(window, get(compose, '[g_editable="true"]'), ENTER);
    pressKey(window, get(compose, 'input[name="subjectbox"]'), { ...ENTER, altKey: true });
    press(window, get(dom(window), '[role="main"] tr.zA'));

    expect(attempts).toEqual([]);
  });
});

describe('installGmailSendGuard: never in the way', () => {
  it('intercepts nothing after the signal aborts', async () => {
    const { window, compose } = await openFilledPopup();
    const { attempts, controller } = guard(window);
    controller.abort();

    press(window, get(compose, SEND));

    expect(attempts).toEqual([]);
    expect(sent(window).map((r) => r.via)).toEqual(['click']);
  });

  it('installs nothing when the signal is already aborted', async () => {
    const { window, compose } = await openFilledPopup();
    const controller = new AbortController();
    controller.abort();
    const onAttempt = vi.fn();
    installGmailSendGuard(dom(window), controller.signal, onAttempt);

    pressKey(window, get(compose, '[g_editable="true"]'), { ...ENTER, ctrlKey: true });

    expect(onAttempt).not.toHaveBeenCalled();
    expect(sent(window).map((r) => r.via)).toEqual(['shortcut']);
  });

  it.each([
    ['press', 'click', (w: Window, c: Element) => press(w, get(c, SEND))],
    ['plain click()', 'click', (_w: Window, c: Element) => get(c, SEND).click()],
    ['Enter on Send', 'keyboard', (w: Window, c: Element) => pressKey(w, get(c, SEND), ENTER)],
    ['Space on Send', 'keyboard', (w: Window, c: Element) => pressKey(w, get(c, SEND), SPACE)],
    [
      'Ctrl+Enter',
      'shortcut',
      (w: Window, c: Element) => pressKey(w, get(c, '[g_editable="true"]'), { ...ENTER, ctrlKey: true }),
    ],
    [
      'Schedule send',
      'schedule',
      (w: Window, c: Element) => {
        press(w, get(c, ARROW));
        press(w, get(c, SCHEDULE));
      },
    ],
  ])('lets the send through, once, when onAttempt throws: %s', async (_name, via, act) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window, () => {
      throw new Error('Preflight bug');
    });

    act(window, compose);

    expect(attempts).toHaveLength(1);
    expect(sent(window).map((r) => r.via)).toEqual([via]);
    expect(warn).toHaveBeenCalled();
  });

  it('lets the send through when the guard itself fails on the element', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { window, compose } = await openFilledPopup();
    const { attempts } = guard(window);
    const send = get(compose, SEND);
    // A fault inside the guard's own code (here: the DOM lookup it makes on the pressed element).
    Object.defineProperty(send, 'closest', {
      value: () => {
        throw new Error('boom');
      },
    });

    press(window, send);

    expect(attempts).toEqual([]);
    expect(sent(window).map((r) => r.via)).toEqual(['click']);
  });
});
