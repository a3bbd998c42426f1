// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { Draft } from '../../model/draft';
import { findMessageForm, readLinkedInDraft } from './read-message';

// A path, not a URL object: in the happy-dom environment the global URL is happy-dom's, which node:fs refuses.
const FIXTURE_HTML = readFileSync(
  fileURLToPath(import.meta.resolve('../../../tests/fixtures/pages/linkedin-messaging.html')),
  'utf8',
);
const PRIYA_THREAD =
  'https://www.linkedin.com/messaging/thread/2-ZmY0NGI3MjQtZDQ3Yy00Y2EwLWE3ZTMtOWE1MzA3ZmE4YjY1XzAxMA==/';
const PRIYA = 'https://www.linkedin.com/in/priya-raman-4b2a1c/';

const windows: Window[] = [];

afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

async function openMessaging(url = PRIYA_THREAD): Promise<Window> {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  windows.push(window);
  // Our own checked-in fixture, written the way a browser parses a page, so its inline script runs.
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(FIXTURE_HTML);
  await window.happyDOM.waitUntilComplete();
  return window;
}

function dom(window: Window): Document {
  return window.document as unknown as Document;
}

function get(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found as HTMLElement;
}

/** Replaces the composer's content with one <p> per line, as LinkedIn's editor holds typed text. */
function type(window: Window, lines: string[]): void {
  const composer = get(window.document as unknown as Document, '.msg-form__contenteditable');
  while (composer.firstChild) composer.removeChild(composer.firstChild);
  for (const line of lines) {
    const p = window.document.createElement('p');
    if (line === '') p.appendChild(window.document.createElement('br'));
    else p.textContent = line;
    composer.appendChild(p as never);
  }
  composer.dispatchEvent(new window.Event('input', { bubbles: true }) as never);
}

describe('readLinkedInDraft', () => {
  it('names the thread header person and reads an empty composer as an empty body', async () => {
    const window = await openMessaging();
    const form = get(dom(window), 'form.msg-form');

    const draft = readLinkedInDraft(form, dom(window));

    expect(draft).toEqual({
      site: 'linkedin',
      to: [],
      cc: [],
      bcc: [],
      linkedinRecipients: [PRIYA],
      subject: '',
      body: '',
    });
    expect(Draft.safeParse(draft).success).toBe(true);
  });

  it('reads the composer text line by line, Russian and Persian intact', async () => {
    const window = await openMessaging();
    type(window, ['Hi Priya,', '', 'Pricing for 40 vans is attached.', 'Спасибо! / ممنون از شما']);

    const draft = readLinkedInDraft(get(dom(window), 'form.msg-form'), dom(window));

    expect(draft.body).toBe('Hi Priya,\n\nPricing for 40 vans is attached.\nСпасибо! / ممنون از شما');
    expect(draft.linkedinRecipients).toEqual([PRIYA]);
  });

  it('follows the conversation switched in the list, never the list itself or the overlay', async () => {
    const window = await openMessaging();
    const marcus = Array.from(window.document.querySelectorAll('.msg-conversation-listitem__link')).find((a) =>
      a.textContent?.includes('Marcus Webb'),
    ) as unknown as HTMLElement;
    marcus.click();

    expect(window.location.pathname).toMatch(/^\/messaging\/thread\/2-YTI3/);
    expect(readLinkedInDraft(get(dom(window), 'form.msg-form'), dom(window)).linkedinRecipients).toEqual([
      'https://www.linkedin.com/in/marcus-webb-77a01/',
    ]);
  });

  it('opens the newest conversation on /messaging/', async () => {
    const window = await openMessaging('https://www.linkedin.com/messaging/');

    expect(window.location.href).toBe(PRIYA_THREAD);
    expect(readLinkedInDraft(get(dom(window), 'form.msg-form'), dom(window)).linkedinRecipients).toEqual([PRIYA]);
  });

  it("reads a form inside an overlay bubble as that bubble's person", async () => {
    const window = await openMessaging();
    const overlay = get(dom(window), '#msg-overlay');
    const form = window.document.createElement('form');
    form.className = 'msg-form';
    const composer = window.document.createElement('div');
    composer.className = 'msg-form__contenteditable';
    composer.setAttribute('contenteditable', 'true');
    composer.textContent = 'See you at the summit';
    form.appendChild(composer);
    overlay.appendChild(form as never);

    const draft = readLinkedInDraft(form as unknown as Element, dom(window));

    expect(draft.linkedinRecipients).toEqual(['https://www.linkedin.com/in/daniel-okafor-3391/']);
    expect(draft.body).toBe('See you at the summit');
  });

  it('names nobody when the header link is missing', async () => {
    const window = await openMessaging();
    get(dom(window), '.msg-title-bar a.msg-thread__link-to-profile').remove();

    expect(readLinkedInDraft(get(dom(window), 'form.msg-form'), dom(window)).linkedinRecipients).toEqual([]);
  });

  it('finds the form from the composer and the Send button, and nothing from the conversation list', async () => {
    const window = await openMessaging();
    const form = get(dom(window), 'form.msg-form');

    expect(findMessageForm(get(form, '.msg-form__contenteditable'))).toBe(form);
    expect(findMessageForm(get(form, 'button.msg-form__send-button'))).toBe(form);
    expect(findMessageForm(get(dom(window), '.msg-conversation-listitem__link'))).toBeUndefined();
  });
});
