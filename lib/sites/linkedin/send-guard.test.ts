// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readLinkedInDraft } from './read-message';
import { installLinkedInSendGuard, type LinkedInSendAttempt, type LinkedInSendGuardOptions } from './send-guard';

// A path, not a URL object: in the happy-dom environment the global URL is happy-dom's, which node:fs refuses.
const FIXTURE_HTML = readFileSync(
  fileURLToPath(import.meta.resolve('../../../tests/fixtures/pages/linkedin-messaging.html')),
  'utf8',
);
const PRIYA_THREAD =
  'https://www.linkedin.com/messaging/thread/2-ZmY0NGI3MjQtZDQ3Yy00Y2EwLWE3ZTMtOWE1MzA3ZmE4YjY1XzAxMA==/';
const PRIYA = 'https://www.linkedin.com/in/priya-raman-4b2a1c/';
const MESSAGE = ['Hi Priya,', 'The annual plan pricing is attached.'];

interface SentRecord {
  via: string;
  to: string;
  body: string;
}

const windows: Window[] = [];
const controllers: AbortController[] = [];

afterEach(async () => {
  for (const controller of controllers.splice(0)) controller.abort();
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

/** The fixture on Priya's thread, with a typed message (the Send button is enabled by the page on input). */
async function openWithMessage(lines: string[] = MESSAGE) {
  const window = new Window({
    url: PRIYA_THREAD,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  windows.push(window);
  // Our own checked-in fixture, written the way a browser parses a page, so its inline script (LinkedIn's part) runs.
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(FIXTURE_HTML);
  await window.happyDOM.waitUntilComplete();
  const doc = window.document as unknown as Document;
  const form = get(doc, 'form.msg-form');
  const composer = get(form, '.msg-form__contenteditable');
  while (composer.firstChild) composer.removeChild(composer.firstChild);
  for (const line of lines) {
    const p = doc.createElement('p');
    p.textContent = line;
    composer.appendChild(p);
  }
  composer.dispatchEvent(new window.Event('input', { bubbles: true }) as never);
  return { window, doc, form, composer, button: get(form, 'button.msg-form__send-button') as HTMLButtonElement };
}

function get(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found as HTMLElement;
}

function sent(window: Window): SentRecord[] {
  const log = JSON.parse(window.document.getElementById('fixture-sent-log')?.textContent ?? '[]') as SentRecord[];
  expect(window.document.documentElement.dataset.sentCount ?? '0').toBe(String(log.length));
  return log;
}

function guard(
  window: Window,
  onAttempt: (attempt: LinkedInSendAttempt) => void = () => undefined,
  options?: LinkedInSendGuardOptions,
) {
  const controller = new AbortController();
  controllers.push(controller);
  const attempts: LinkedInSendAttempt[] = [];
  installLinkedInSendGuard(
    window.document as unknown as Document,
    controller.signal,
    (attempt) => {
      attempts.push(attempt);
      onAttempt(attempt);
    },
    options,
  );
  return { attempts, controller };
}

function press(window: Window, target: Element): void {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    target.dispatchEvent(new window.MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }) as never);
  }
}

/** keydown, keypress unless the keydown was cancelled, keyup. */
function pressKey(window: Window, target: Element, init: Record<string, unknown>): void {
  const make = (type: string) => new window.KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }) as never;
  if (target.dispatchEvent(make('keydown'))) target.dispatchEvent(make('keypress'));
  target.dispatchEvent(make('keyup'));
}

const ENTER = { key: 'Enter', code: 'Enter', keyCode: 13 };
const EXPECTED = { to: PRIYA, body: 'Hi Priya,\nThe annual plan pricing is attached.' };

describe('the fixture plays LinkedIn', () => {
  it('sends on a click of Send and on Enter, not on Shift+Enter, and clears the composer', async () => {
    const { window, composer, button } = await openWithMessage();
    pressKey(window, composer, { ...ENTER, shiftKey: true });
    expect(sent(window)).toEqual([]);

    press(window, button);
    expect(sent(window)).toEqual([{ via: 'click', ...EXPECTED }]);
    expect(composer.textContent).toBe('');
    expect(button.disabled).toBe(true);

    const again = await openWithMessage();
    pressKey(again.window, again.composer, ENTER);
    expect(sent(again.window)).toEqual([{ via: 'keyboard', ...EXPECTED }]);
  });
});

describe('installLinkedInSendGuard', () => {
  it.each([
    ['a click on Send', 'click', (w: Window, c: HTMLElement, b: HTMLElement) => (void c, press(w, b))],
    ['a plain click()', 'click', (_w: Window, _c: HTMLElement, b: HTMLElement) => b.click()],
    ['Enter in the composer', 'keyboard', (w: Window, c: HTMLElement) => pressKey(w, c, ENTER)],
  ])('holds %s, reports it once, and proceed() sends it once', async (_name, via, act) => {
    const { window, doc, form, composer, button } = await openWithMessage();
    const before = readLinkedInDraft(form, doc);
    const { attempts } = guard(window);

    act(window, composer, button);

    expect(sent(window)).toEqual([]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ via, compose: form });
    expect(readLinkedInDraft(form, doc)).toEqual(before);
    expect(before).toMatchObject({ linkedinRecipients: [PRIYA], body: EXPECTED.body });

    attempts[0]?.proceed();
    attempts[0]?.proceed();

    expect(sent(window)).toEqual([{ via, ...EXPECTED }]);
    expect(attempts).toHaveLength(1);
  });

  it('lets Shift+Enter (a new line) and Enter in an empty composer alone', async () => {
    const { window, composer } = await openWithMessage(['']);
    const { attempts } = guard(window);

    pressKey(window, composer, ENTER);
    pressKey(window, composer, { ...ENTER, shiftKey: true });
    pressKey(window, composer, { ...ENTER, isComposing: true });

    expect(attempts).toEqual([]);
  });

  it('lets Enter alone while an IME is composing', async () => {
    const { window, composer } = await openWithMessage();
    const { attempts } = guard(window);

    pressKey(window, composer, { ...ENTER, isComposing: true });

    expect(attempts).toEqual([]);
  });

  it('lets Enter through when the member uses "Click Send" (enterSends returns false)', async () => {
    const { window, form, composer } = await openWithMessage();
    get(form, 'input[value="click"]').click();
    const { attempts } = guard(window, undefined, { enterSends: () => false });

    pressKey(window, composer, ENTER);

    expect(attempts).toEqual([]);
    expect(sent(window)).toEqual([]);
  });

  it('ignores a disabled Send button and the other composer buttons', async () => {
    const { window, form } = await openWithMessage(['']);
    const { attempts } = guard(window);

    press(window, get(form, 'button.msg-form__send-button'));
    press(window, get(form, 'button.msg-form__send-toggle'));

    expect(attempts).toEqual([]);
  });

  it('intercepts nothing after the signal aborts', async () => {
    const { window, button } = await openWithMessage();
    const { attempts, controller } = guard(window);
    controller.abort();

    press(window, button);

    expect(attempts).toEqual([]);
    expect(sent(window)).toEqual([{ via: 'click', ...EXPECTED }]);
  });

  it.each([
    ['click', (w: Window, _c: HTMLElement, b: HTMLElement) => press(w, b)],
    ['keyboard', (w: Window, c: HTMLElement) => pressKey(w, c, ENTER)],
  ])('lets the send through, once, when onAttempt throws (%s)', async (via, act) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { window, composer, button } = await openWithMessage();
    const { attempts } = guard(window, () => {
      throw new Error('Preflight bug');
    });

    act(window, composer, button);

    expect(attempts).toHaveLength(1);
    expect(sent(window)).toEqual([{ via, ...EXPECTED }]);
    expect(warn).toHaveBeenCalled();
  });

  it('sends once when onAttempt calls proceed() at once', async () => {
    const { window, composer } = await openWithMessage();
    guard(window, (attempt) => attempt.proceed());

    pressKey(window, composer, ENTER);

    expect(sent(window)).toEqual([{ via: 'keyboard', ...EXPECTED }]);
  });

  it('does nothing on proceed() once the composer was emptied', async () => {
    const { window, composer, button } = await openWithMessage();
    const { attempts } = guard(window);
    press(window, button);

    while (composer.firstChild) composer.removeChild(composer.firstChild);
    composer.dispatchEvent(new window.Event('input', { bubbles: true }) as never);
    attempts[0]?.proceed();

    expect(sent(window)).toEqual([]);
  });
});
