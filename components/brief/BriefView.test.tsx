// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DANA_EMAIL,
  DEMO_ANCHOR,
  DEMO_CURRENT_USER_ID,
  demoBriefs,
  JONES_EMAIL,
  PRIYA_EMAIL,
} from '../../tests/helpers/demo-db';
import type { Brief } from '../../lib/model/brief';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { BriefView } from './BriefView';

let briefs: Map<string, Brief>;

beforeAll(async () => {
  briefs = await demoBriefs([PRIYA_EMAIL, DANA_EMAIL, JONES_EMAIL], DEMO_ANCHOR);
});

beforeEach(() => {
  // The demo's dates are offsets from the anchor; render "now" at the anchor so "in 9 days" is exact.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DEMO_ANCHOR);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function brief(email: string): Brief {
  const found = briefs.get(email);
  if (!found) throw new Error(`no brief for ${email}`);
  return found;
}

function renderBrief(email: string) {
  return render(<BriefView brief={brief(email)} matchedBy="email" currentUserId={DEMO_CURRENT_USER_ID} />);
}

function section(container: HTMLElement, name: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`section[data-section="${name}"]`);
  if (!found) throw new Error(`no ${name} section`);
  return found;
}

describe("BriefView: Priya Raman's brief", () => {
  it('heads the brief with name, title, company, address, match and owner', () => {
    renderBrief(PRIYA_EMAIL);
    const article = screen.getByRole('article', { name: 'Brief for Priya Raman' });
    const header = article.querySelector<HTMLElement>('header.contact-header')!;
    expect(header).not.toBeNull();
    expect(within(header).getByRole('heading', { level: 2, name: 'Priya Raman' })).toBeTruthy();
    expect(within(header).getByText('Head of Operations · Northwind Traders')).toBeTruthy();
    expect(within(header).getByText(PRIYA_EMAIL)).toBeTruthy();
    expect(within(header).getByText(/matched by email/)).toBeTruthy();
    expect(within(header).getByText('Owner: Alex Morgan')).toBeTruthy();
  });

  it('says plainly that there are no do-not-contact flags, with no alert', () => {
    renderBrief(PRIYA_EMAIL);
    expect(screen.getByText('No do-not-contact flags.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows quote Q-1042 with its discount, expiry and line items', () => {
    const { container } = renderBrief(PRIYA_EMAIL);
    const quotes = section(container, 'quotes');
    const card = quotes.querySelector<HTMLElement>('[data-quote="Q-1042"]');
    expect(card).not.toBeNull();
    const q = within(card!);
    expect(q.getByText('Q-1042')).toBeTruthy();
    expect(q.getByText('10% discount')).toBeTruthy();
    expect(q.getByText(/\(in 9 days\)/)).toBeTruthy();
    expect(q.getByText('Sent')).toBeTruthy();
    expect(q.getByText('Owner: Alex Morgan')).toBeTruthy();
    // The quote number links to the CRM (an https URL from the record).
    expect(q.getByRole('link', { name: 'Q-1042' }).getAttribute('href')).toBe(
      'https://app.hubspot.com/quotes/4455667/1042',
    );

    const table = q.getByRole('table', { name: 'Line items of Q-1042' });
    const [head, ...rows] = within(table).getAllByRole('row');
    expect(
      within(head!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Product', 'Qty', 'Unit', 'Disc.']);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('Fleet Platform — Annual plan');
    expect(cells[1]).toBe('40');
    expect(cells[2]).toContain('540');
    expect(cells[3]).toBe('10%');
  });

  it('shows the active deal with its stage and says Alex is you', () => {
    const { container } = renderBrief(PRIYA_EMAIL);
    const deals = within(section(container, 'deals'));
    expect(deals.getByText('Northwind Traders — Fleet rollout')).toBeTruthy();
    expect(deals.getByText('Proposal')).toBeTruthy();
    expect(deals.getByText('Owner: Alex Morgan (you)')).toBeTruthy();
  });

  it('shows what she told us in the form, answers included', () => {
    const { container } = renderBrief(PRIYA_EMAIL);
    const forms = within(section(container, 'forms'));
    expect(forms.getByText('Request a demo')).toBeTruthy();
    expect(forms.getByText('Fleet size')).toBeTruthy();
    expect(forms.getByText('40 vehicles')).toBeTruthy();
    expect(forms.getByText('Budget approved for Q3')).toBeTruthy();
  });

  it('shows the 25% campaign offer and that she clicked it', () => {
    const { container } = renderBrief(PRIYA_EMAIL);
    const marketing = section(container, 'marketing');
    const offer = within(marketing).getByText('25% off annual plans');
    const card = offer.closest('li')!;
    expect(within(card).getByText('25% off annual plans — this month only')).toBeTruthy();
    expect(within(card).getByText('Opened')).toBeTruthy();
    expect(within(card).getByText('Clicked')).toBeTruthy();
    expect(within(card).getByText('Clicked www.example.com/pricing')).toBeTruthy();
  });

  it('shows her outreach, with the current user as "you" and colleagues by name', () => {
    const { container } = renderBrief(PRIYA_EMAIL);
    const items = within(section(container, 'outreach'))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items.some((t) => t.includes('Email by you') && t.includes('Quote Q-1042 for the annual plan'))).toBe(true);
    expect(items.some((t) => t.includes('Meeting by you'))).toBe(true);
    expect(items.some((t) => t.includes('Email by Riley Chen (sdr)'))).toBe(true);
    expect(items.some((t) => t.includes('Email from them to you'))).toBe(true);
  });

  it('gives every section an "as of" age and no partial warning', () => {
    const { container } = renderBrief(PRIYA_EMAIL);
    // Record sections (the insights panel above them is derived, so it has no age of its own).
    const sections = container.querySelectorAll<HTMLElement>('section.section[aria-labelledby]');
    expect([...sections].map((s) => s.dataset.section)).toEqual(['quotes', 'deals', 'forms', 'marketing', 'outreach']);
    for (const s of sections) {
      expect(s.querySelector('.age')?.textContent, s.dataset.section).toMatch(/^as of \S/);
      expect(s.querySelector('.partial')).toBeNull();
    }
    expect(screen.queryByText('not loaded')).toBeNull();
  });

  it('says "not loaded" and "partial" honestly when the freshness says so', () => {
    const partial: Brief = {
      ...brief(PRIYA_EMAIL),
      freshness: {
        quotes: { fetchedAt: DEMO_ANCHOR.toISOString(), partial: true, partialReason: 'Quotes page 2 failed.' },
      },
    };
    const { container } = render(<BriefView brief={partial} matchedBy="crm_id" currentUserId={undefined} />);
    expect(within(section(container, 'quotes')).getByRole('note').textContent).toContain('Quotes page 2 failed.');
    expect(section(container, 'deals').querySelector('.age')?.textContent).toBe('not loaded');
  });
});

describe('BriefView: do-not-contact flags come first', () => {
  it("puts Dana's opt-out first, inside an alert, before every other section", () => {
    const { container } = renderBrief(DANA_EMAIL);
    const alert = screen.getByRole('alert', { name: 'Do-not-contact flags' });
    const firstFlag = within(alert).getAllByRole('listitem')[0]!;
    expect(within(firstFlag).getByText('Opted out of all email')).toBeTruthy();
    expect(firstFlag.textContent).toContain('Asked to stop all email after the 2025 renewal');
    expect(firstFlag.className).toContain('dnc-block');
    const sections = container.querySelectorAll('section[aria-labelledby]');
    expect(sections.length).toBe(6); // insights, then the five record sections
    for (const later of sections) {
      expect(alert.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    expect(screen.queryByText('No do-not-contact flags.')).toBeNull();
  });

  it("shows Dr. Jones's marketing unsubscribe with the hint that a personal sales email is allowed", () => {
    renderBrief(JONES_EMAIL);
    const alert = screen.getByRole('alert', { name: 'Do-not-contact flags' });
    const flag = within(alert).getByText('Unsubscribed from marketing email').closest('li')!;
    expect(within(flag).getByText('A personal sales email is allowed; no marketing mail.')).toBeTruthy();
    expect(flag.className).toContain('dnc-info');
    expect(flag.className).not.toContain('dnc-block');
  });
});

describe('temperature and next best actions', () => {
  it('rates Priya hot with the reasons, and tells the rep to align the offer with her quote', () => {
    renderBrief(PRIYA_EMAIL);
    const insights = within(document.querySelector<HTMLElement>('[data-section="insights"]')!);
    expect(insights.getByText('Hot')).toBeTruthy();
    expect(insights.getByText(/submitted “Request a demo” 12 days ago/)).toBeTruthy();
    const list = insights.getByRole('list', { name: 'Next best actions' });
    expect(within(list).getByText(/quote Q-1042 says 10% — align before you write/)).toBeTruthy();
    expect(within(list).getByText('Quote Q-1042 expires in 9 days.')).toBeTruthy();
  });

  it('the thresholds come from settings', () => {
    render(
      <BriefView
        brief={brief(PRIYA_EMAIL)}
        matchedBy="email"
        currentUserId={DEMO_CURRENT_USER_ID}
        settings={{ ...DEFAULT_SETTINGS, temperature: { windowDays: 14, hotScore: 50, warmScore: 40 } }}
      />,
    );
    expect(document.querySelector('[data-temperature]')?.getAttribute('data-temperature')).toBe('cold');
  });

  it('puts do-not-contact first among Dana’s next steps', () => {
    renderBrief(DANA_EMAIL);
    const first = document.querySelector('.next-actions li');
    expect(first?.getAttribute('data-action')).toBe('do-not-contact');
    expect(screen.getByText('Cold')).toBeTruthy();
  });
});
