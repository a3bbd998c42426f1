import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openFixtureWindow, pageOf } from '../../../tests/helpers/fixture-window';
import { describe, expect, it } from 'vitest';
import { PageContext } from '../../model/page-context';
import type { ReadResult } from '../site-reader';
import { createLinkedInReader, linkedinReader, nameFromTitle, type SalesLeadMemory } from './read-context';

const FIXTURE = readFileSync(
  fileURLToPath(new URL('../../../tests/fixtures/pages/linkedin-profile.html', import.meta.url)),
  'utf8',
);
const PRIYA_URL = 'https://www.linkedin.com/in/priya-raman-4b2a1c/';
const PRIYA = { linkedinUrl: PRIYA_URL, name: 'Priya Raman', role: 'profile' };
/** Everyone else the fixture shows: nav menu, People also viewed, messaging overlay. */
const OTHERS = ['Alex Morgan', 'Marcus Webb', 'Jordan Lee', 'Helena Costa', 'Daniel Okafor'];

/** Loads HTML at a URL in a fresh happy-dom window; scripts run only when asked (the fixture's SPA renderer). */
function load(html: string, url: string, runScripts = false): { doc: Document; url: URL } {
  return pageOf(openFixtureWindow(html, url, { scripts: runScripts }));
}

function read(page: { doc: Document; url: URL }, reader = linkedinReader): ReadResult {
  const result = reader.read(page.doc, page.url);
  // Whatever a reader returns must pass the schema the content script's message is checked against.
  PageContext.parse({ ...result.reading, observedAt: '2024-05-02T16:40:00+01:00' });
  return result;
}

function remove(doc: Document, selector: string): void {
  doc.querySelectorAll(selector).forEach((node) => node.remove());
}

describe('linkedinReader.matches', () => {
  it.each([
    ['https://www.linkedin.com/in/priya-raman-4b2a1c/', true],
    ['https://de.linkedin.com/in/priya-raman-4b2a1c/', true],
    ['https://linkedin.com/feed/', true],
    ['http://www.linkedin.com/in/priya-raman-4b2a1c/', false],
    ['https://linkedin.com.evil.example/in/priya/', false],
    ['https://notlinkedin.com/in/priya/', false],
  ])('%s → %s', (href, expected) => {
    expect(linkedinReader.matches(new URL(href))).toBe(expected);
  });
});

describe('linkedinReader on the profile fixture', () => {
  it('reads the profile owner from the URL and the top card', () => {
    const result = read(load(FIXTURE, PRIYA_URL));
    expect(result).toEqual({ reading: { site: 'linkedin', view: 'profile', people: [PRIYA] }, missing: [] });
  });

  it('never reads the nav menu, People also viewed or the messaging overlay', () => {
    const result = read(load(FIXTURE, PRIYA_URL));
    expect(result.reading.people).toHaveLength(1);
    const seen = JSON.stringify(result.reading);
    for (const name of OTHERS) expect(seen).not.toContain(name);
    expect(seen).not.toMatch(/marcus-webb|jordan-lee|helena-costa|daniel-okafor|alex-morgan/);
  });

  it('falls back to the document title, not to other headings, when the top-card name is gone', () => {
    const page = load(FIXTURE, PRIYA_URL);
    remove(page.doc, 'main h1');
    expect(read(page)).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [PRIYA] },
      missing: ['profileName'],
    });
  });

  it('reports no name rather than someone else when neither the card nor the title names the profile', () => {
    const page = load(FIXTURE, PRIYA_URL);
    remove(page.doc, 'main h1');
    page.doc.title = 'LinkedIn';
    expect(read(page)).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [{ linkedinUrl: PRIYA_URL, role: 'profile' }] },
      missing: ['profileName'],
    });
  });

  it.each([
    'https://de.linkedin.com/in/priya-raman-4b2a1c/',
    'https://www.linkedin.com/in/priya-raman-4b2a1c/?trk=public_profile_browsemap',
    'https://www.linkedin.com/in/priya-raman-4b2a1c/overlay/contact-info/',
    'https://www.linkedin.com/in/Priya-Raman-4b2a1c/details/experience/',
    'https://www.linkedin.com/in/priya-raman-4b2a1c',
  ])('normalises the URL variant %s', (href) => {
    expect(read(load(FIXTURE, href)).reading.people).toEqual([PRIYA]);
  });

  it('works with every class attribute stripped, through the overlay-link fallback', () => {
    const page = load(FIXTURE, PRIYA_URL);
    page.doc.querySelectorAll('[class]').forEach((node) => node.removeAttribute('class'));
    expect(read(page)).toEqual({ reading: { site: 'linkedin', view: 'profile', people: [PRIYA] }, missing: [] });
  });
});

describe('linkedinReader across SPA navigation', () => {
  const JORDAN_URL = 'https://www.linkedin.com/in/jordan-lee-nw/';

  it('reads the profile the page rendered for another slug', () => {
    const result = read(load(FIXTURE, JORDAN_URL, true));
    expect(result.reading.people).toEqual([{ linkedinUrl: JORDAN_URL, name: 'Jordan Lee', role: 'profile' }]);
  });

  it('drops the name while the top card still shows the previous profile', () => {
    // Scripts off: the URL says Jordan, the DOM still says Priya (the moment between pushState and re-render).
    const result = read(load(FIXTURE, JORDAN_URL, false));
    expect(result).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [{ linkedinUrl: JORDAN_URL, role: 'profile' }] },
      missing: [],
    });
  });
});

describe('linkedinReader on other views', () => {
  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/company/northwind-traders/',
    'https://www.linkedin.com/search/results/people/?keywords=priya',
    'https://www.linkedin.com/messaging/',
  ])('%s is "other" with nobody on it, even with the profile DOM present', (href) => {
    expect(read(load(FIXTURE, href))).toEqual({
      reading: { site: 'linkedin', view: 'other', people: [] },
      missing: [],
    });
  });
});

describe('linkedinReader on a messaging thread', () => {
  const THREAD_URL =
    'https://www.linkedin.com/messaging/thread/2-ZmY0NGI3MjQtZDQ3Yy00Y2EwLWE3ZTMtOWE1MzA3ZmE4YjY1XzAxMA==/';
  const overlay = `
    <aside id="msg-overlay" class="msg-overlay-container">
      <a class="msg-thread__link-to-profile" href="/in/daniel-okafor-3391/">
        <h2 class="msg-entity-lockup__entity-title">Daniel Okafor</h2>
      </a>
    </aside>`;
  const thread = `
    <main class="scaffold-layout__main">
      <ul class="msg-conversations-container__conversations-list">
        <li class="msg-conversation-listitem">
          <a href="/messaging/thread/2-OTHER==/"><h3 class="msg-conversation-listitem__participant-names">Marcus Webb</h3></a>
        </li>
      </ul>
      <div class="msg-thread">
        <div class="msg-title-bar">
          <a class="msg-thread__link-to-profile" href="https://www.linkedin.com/in/priya-raman-4b2a1c/">
            <div class="msg-entity-lockup">
              <h2 class="msg-entity-lockup__entity-title">Priya Raman<span class="visually-hidden">Priya Raman</span></h2>
            </div>
          </a>
          <div class="msg-thread__headline">Head of Operations at Northwind Traders</div>
        </div>
      </div>
    </main>`;
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><title>Messaging | LinkedIn</title></head><body>${body}</body></html>`;

  it('reads the other participant from the thread header, not from the overlay above it', () => {
    expect(read(load(page(overlay + thread), THREAD_URL))).toEqual({
      reading: { site: 'linkedin', view: 'messaging', people: [PRIYA] },
      missing: [],
    });
  });

  it('reports the missing header and nobody when only the overlay is on screen', () => {
    expect(read(load(page(overlay), THREAD_URL))).toEqual({
      reading: { site: 'linkedin', view: 'messaging', people: [] },
      missing: ['threadProfileLink'],
    });
  });
});

describe('linkedinReader on a Sales Navigator lead', () => {
  const LEAD_URL = 'https://www.linkedin.com/sales/lead/ACwAAB1x2y3Z4,NAME_SEARCH,aBcD';
  const page = (
    card: string,
    elsewhere = '',
  ) => `<!DOCTYPE html><html><head><title>Priya Raman | Sales Navigator</title>
    </head><body><main>
      <section id="profile-card-section" data-sn-view-name="feature-lead-top-card">
        <h1 data-x--lead--name data-anonymize="person-name" class="_headingText_e3b563">Priya Raman</h1>
        <span data-anonymize="job-title">Head of Operations</span>
        ${card}
      </section>
      ${elsewhere}
    </main></body></html>`;

  it('reads the lead when the top card links one public profile', () => {
    const html = page('<a href="https://www.linkedin.com/in/priya-raman-4b2a1c/">View LinkedIn profile</a>');
    expect(read(load(html, LEAD_URL))).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [PRIYA] },
      missing: [],
    });
  });

  it('reports nobody without a public profile link: a name alone is not an identity', () => {
    expect(read(load(page(''), LEAD_URL))).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [] },
      missing: [],
    });
  });

  it('does not guess between several linked profiles', () => {
    const html = page('<a href="/in/priya-raman-4b2a1c/">Priya</a><a href="/in/jordan-lee-nw/">Jordan</a>');
    expect(read(load(html, LEAD_URL)).reading.people).toEqual([]);
  });

  it('does not take a public profile linked outside the top card', () => {
    const html = page('', '<aside><a href="/in/priya-raman-4b2a1c/">Priya Raman</a></aside>');
    expect(read(load(html, LEAD_URL)).reading.people).toEqual([]);
  });

  it('reports the missing name selector and keeps the profile', () => {
    const html = page('<a href="/in/priya-raman-4b2a1c/">x</a>').replace(/<h1[^]*?<\/h1>/, '');
    expect(read(load(html, LEAD_URL))).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [{ linkedinUrl: PRIYA_URL, role: 'profile' }] },
      missing: ['salesLeadName'],
    });
  });

  it('reports the missing top card and nobody, even with a name and a profile link elsewhere', () => {
    const html = `<!DOCTYPE html><html><body><main>
      <h1 data-anonymize="person-name">Priya Raman</h1><a href="/in/priya-raman-4b2a1c/">x</a></main></body></html>`;
    expect(read(load(html, LEAD_URL))).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [] },
      missing: ['salesLeadCard'],
    });
  });
});

describe('linkedinReader on the Sales Navigator lead fixture', () => {
  const SALES_FIXTURE = readFileSync(
    fileURLToPath(new URL('../../../tests/fixtures/pages/linkedin-sales-lead.html', import.meta.url)),
    'utf8',
  );
  const LEAD_URL = 'https://www.linkedin.com/sales/lead/ACwAAC7kQ2UBx9mVt3yLrP0aZfN4sWqE1cJhKdo,NAME_SEARCH,Rq3v';
  const JORDAN_URL = 'https://www.linkedin.com/in/jordan-lee-procurement-7c91e0/';
  const JORDAN = { linkedinUrl: JORDAN_URL, name: 'Jordan Lee', role: 'profile' };
  const NOBODY = { reading: { site: 'linkedin', view: 'profile', people: [] }, missing: [] };
  const LEAD_MENU = '#profile-card-section button[data-x--lead-actions-bar-overflow-menu]';
  /** Everyone else the fixture names: hidden lead panel, recent activity, similar leads, the viewer. */
  const OTHERS = /Priya|priya-raman|Mei Tanaka|mei-tanaka|Marcus Webb|Alex Morgan/;

  /** Scripts on: the fixture's popover menus open and close like the real ones. */
  function loadLead(url = LEAD_URL) {
    return load(SALES_FIXTURE, url, true);
  }

  function click(doc: Document, selector: string): void {
    const target = doc.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`fixture has no ${selector}`);
    target.click();
  }

  function pressEscape(doc: Document): void {
    const view = doc.defaultView as unknown as { KeyboardEvent: typeof KeyboardEvent };
    doc.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }

  it('reads nobody while the menu is closed, though recent activity links someone else’s public profile', () => {
    expect(read(loadLead())).toEqual(NOBODY);
  });

  it('reads the lead from the top card’s open "…" menu, rendered outside the card', () => {
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    expect(page.doc.querySelector('#hue-web-menu-outlet a[href*="/in/jordan-lee"]')).not.toBeNull();
    expect(read(page)).toEqual({ reading: { site: 'linkedin', view: 'profile', people: [JORDAN] }, missing: [] });
  });

  it('never takes the hidden lead panel, similar leads, recent activity or the viewer', () => {
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    const seen = JSON.stringify(read(page).reading);
    expect(seen).not.toMatch(OTHERS);
  });

  it('does not read a similar lead’s open menu as the lead’s profile', () => {
    const page = loadLead();
    click(page.doc, 'aside button[aria-controls="hue-menu-ember540"]');
    expect(page.doc.querySelector('#hue-web-menu-outlet a[href*="/in/priya-raman"]')).not.toBeNull();
    expect(read(page)).toEqual(NOBODY);
  });

  it('ignores a popover still mounted after its trigger collapsed (a closing menu)', () => {
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    page.doc.querySelector(LEAD_MENU)?.setAttribute('aria-expanded', 'false');
    expect(read(page)).toEqual(NOBODY);
  });

  it('reports the missing top card, not the hidden panel’s lead, once the top card is gone', () => {
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    remove(page.doc, '#profile-card-section');
    expect(read(page)).toEqual({
      reading: { site: 'linkedin', view: 'profile', people: [] },
      missing: ['salesLeadCard'],
    });
  });

  it('works with ids and classes stripped, skipping the hidden panel’s top card that comes first', () => {
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    page.doc.querySelectorAll('[class]').forEach((node) => node.removeAttribute('class'));
    page.doc.querySelector('#profile-card-section')?.removeAttribute('id');
    expect(read(page).reading.people).toEqual([JORDAN]);
  });

  it('forgets the profile when the menu closes, unless the reader remembers the lead', () => {
    const memory: SalesLeadMemory = new Map();
    const remembering = createLinkedInReader(memory);
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    expect(read(page, remembering).reading.people).toEqual([JORDAN]);

    pressEscape(page.doc);
    expect(page.doc.querySelector('#hue-web-menu-outlet')?.children).toHaveLength(0);
    expect(read(page)).toEqual(NOBODY);
    expect(read(page, remembering).reading.people).toEqual([JORDAN]);
    // Opening another lead's menu afterwards changes nothing.
    click(page.doc, 'aside button[aria-controls="hue-menu-ember540"]');
    expect(read(page, remembering).reading.people).toEqual([JORDAN]);
  });

  it('remembers per lead id and only under the same name', () => {
    const remembering = createLinkedInReader(new Map());
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    read(page, remembering);
    pressEscape(page.doc);

    // The same card under another lead's URL: the SPA changed the address before re-rendering the card.
    const otherLead = 'https://www.linkedin.com/sales/lead/ACwAAB9pX2kQ7rTz1vNcMe4LhYd8oUa3sPwFgIk,NAME_SEARCH,Lm2p';
    expect(read(load(SALES_FIXTURE, otherLead, true), remembering)).toEqual(NOBODY);
    // The same lead id with a tracking suffix from another search is the same lead.
    const sameLead = LEAD_URL.replace(',NAME_SEARCH,Rq3v', ',NAME_SEARCH,Zz9x');
    expect(read(load(SALES_FIXTURE, sameLead, true), remembering).reading.people).toEqual([JORDAN]);
    // A card that shows someone else under this lead's URL does not get the remembered profile.
    const renamed = loadLead();
    const name = renamed.doc.querySelector('#profile-card-section h1');
    if (name) name.textContent = 'Mei Tanaka';
    expect(read(renamed, remembering)).toEqual(NOBODY);
  });

  it('keeps at most 200 leads, dropping the least recently seen', () => {
    const memory: SalesLeadMemory = new Map();
    const remembering = createLinkedInReader(memory);
    const page = loadLead();
    click(page.doc, LEAD_MENU);
    for (let i = 0; i <= 200; i++) {
      read(
        { doc: page.doc, url: new URL(`https://www.linkedin.com/sales/lead/ACwLead${i},NAME_SEARCH,x`) },
        remembering,
      );
    }
    expect(memory.size).toBe(200);
    expect(memory.has('ACwLead0')).toBe(false);
    expect(memory.get('ACwLead200')).toEqual({ name: 'Jordan Lee', linkedinUrl: JORDAN_URL });
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['(3) Priya Raman | LinkedIn', 'Priya Raman'],
    ['(99+) Priya Raman | LinkedIn', 'Priya Raman'],
    ['Priya Raman | LinkedIn', 'Priya Raman'],
    ['LinkedIn', undefined],
    ['', undefined],
  ])('%j → %j', (title, expected) => {
    expect(nameFromTitle(title)).toBe(expected);
  });
});
