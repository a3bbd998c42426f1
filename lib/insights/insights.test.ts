import { describe, expect, it } from 'vitest';
import {
  DANA_EMAIL,
  DEMO_ANCHOR,
  DEMO_CURRENT_USER_ID,
  demoBriefs,
  JORDAN_EMAIL,
  PRIYA_EMAIL,
} from '../../tests/helpers/demo-db';
import type { Brief } from '../model/brief';
import { DEFAULT_SETTINGS } from '../model/settings';
import { nextActions } from './next-actions';
import { daysAgo, linkLabel, POINTS, rateTemperature } from './temperature';

const now = DEMO_ANCHOR;
const iso = (daysBack: number) => new Date(now.getTime() - daysBack * 86_400_000).toISOString();

function emptyBrief(): Brief {
  return {
    contact: {
      id: 'demo:x',
      source: 'demo',
      crmIds: {},
      emails: ['x@customer.example'],
      name: 'Sam Rivera',
      updatedAt: iso(30),
    },
    policy: { contactId: 'demo:x', flags: [] },
    forms: [],
    marketing: [],
    quotes: [],
    deals: [],
    outreach: [],
    people: {},
    freshness: {},
  };
}

describe('temperature', () => {
  it('is cold with no recent behaviour, and says so with no reasons', () => {
    expect(rateTemperature(emptyBrief(), now)).toEqual({ temperature: 'cold', score: 0, reasons: [] });
  });

  it('a recent demo request plus a pricing click is hot, with the reasons in words', () => {
    const brief = emptyBrief();
    brief.forms.push({ id: 'f', contactId: 'demo:x', formName: 'Demo request', submittedAt: iso(2), fields: [] });
    brief.marketing.push({
      id: 'm',
      contactId: 'demo:x',
      campaign: { id: 'c', name: 'Spring' },
      subject: 'New pricing',
      sentAt: iso(3),
      events: [
        { type: 'open', at: iso(3) },
        { type: 'click', at: iso(1), url: 'https://www.example.com/pricing?utm_source=x' },
      ],
    });
    const rating = rateTemperature(brief, now);
    expect(rating.score).toBe(POINTS.formSubmitted + POINTS.clicked + POINTS.opened);
    expect(rating.temperature).toBe('hot');
    expect(rating.reasons.map((r) => r.text)).toEqual([
      'submitted “Demo request” 2 days ago',
      'clicked /pricing in “New pricing” yesterday',
      'opened “New pricing” 3 days ago',
    ]);
  });

  it('ignores behaviour outside the window, and the thresholds come from settings', () => {
    const brief = emptyBrief();
    brief.forms.push({ id: 'f', contactId: 'demo:x', formName: 'Old form', submittedAt: iso(40), fields: [] });
    expect(rateTemperature(brief, now).temperature).toBe('cold');
    const wide = { windowDays: 60, hotScore: 4, warmScore: 1 };
    expect(rateTemperature(brief, now, wide).temperature).toBe('hot');
    expect(rateTemperature(brief, now, { ...wide, hotScore: 10 }).temperature).toBe('warm');
  });

  it('an unsubscribe pulls the rating down', () => {
    const brief = emptyBrief();
    brief.marketing.push({
      id: 'm',
      contactId: 'demo:x',
      campaign: { id: 'c', name: 'Spring' },
      subject: 'News',
      sentAt: iso(3),
      events: [
        { type: 'open', at: iso(3) },
        { type: 'unsubscribe', at: iso(3) },
      ],
    });
    const rating = rateTemperature(brief, now);
    expect(rating.score).toBe(POINTS.opened + POINTS.unsubscribed);
    expect(rating.temperature).toBe('cold');
    expect(rating.reasons[0]?.text).toBe('unsubscribed 3 days ago');
  });

  it('rates the demo story people as the story says', async () => {
    const briefs = await demoBriefs([PRIYA_EMAIL, DANA_EMAIL]);
    const priya = rateTemperature(briefs.get(PRIYA_EMAIL)!, now);
    expect(priya.temperature).toBe('hot');
    expect(priya.reasons.length).toBeGreaterThan(0);
    expect(rateTemperature(briefs.get(DANA_EMAIL)!, now).temperature).not.toBe('hot');
  });

  it('words days and links the way a rep reads them', () => {
    expect(daysAgo(iso(0.2), now)).toBe('today');
    expect(daysAgo(iso(1.5), now)).toBe('yesterday');
    expect(linkLabel('https://example.com/')).toBe('example.com');
    expect(linkLabel('not a url')).toBe('a link');
  });
});

describe('next best actions', () => {
  it('for Priya: the quote/campaign mismatch and the expiring quote, grounded in her records', async () => {
    const briefs = await demoBriefs([PRIYA_EMAIL]);
    const actions = nextActions(briefs.get(PRIYA_EMAIL)!, now, DEFAULT_SETTINGS, DEMO_CURRENT_USER_ID);
    expect(actions.length).toBeLessThanOrEqual(3);
    const kinds = actions.map((a) => a.kind);
    expect(kinds).toContain('align-offer');
    const align = actions.find((a) => a.kind === 'align-offer')!.text;
    expect(align).toMatch(/25%/);
    expect(align).toContain('Q-1042');
    expect(align).toContain('10%');
  });

  it('for Jordan: a colleague emailed him recently', async () => {
    const briefs = await demoBriefs([JORDAN_EMAIL]);
    const actions = nextActions(briefs.get(JORDAN_EMAIL)!, now, DEFAULT_SETTINGS, DEMO_CURRENT_USER_ID);
    expect(actions.find((a) => a.kind === 'colleague-touch')?.text).toMatch(/^Jordan was emailed by .+ yesterday/);
  });

  it('for Dana: do-not-contact comes first', async () => {
    const briefs = await demoBriefs([DANA_EMAIL]);
    const actions = nextActions(briefs.get(DANA_EMAIL)!, now, DEFAULT_SETTINGS, DEMO_CURRENT_USER_ID);
    expect(actions[0]?.kind).toBe('do-not-contact');
  });

  it('asks to answer a question from a recent form that nobody has answered yet', () => {
    const brief = emptyBrief();
    brief.forms.push({
      id: 'f',
      contactId: 'demo:x',
      formName: 'Contact sales',
      submittedAt: iso(2),
      fields: [
        { label: 'Company size', value: '200' },
        { label: 'How can we help?', value: 'Do you integrate with SAP S/4HANA for invoicing?' },
      ],
    });
    expect(nextActions(brief, now, DEFAULT_SETTINGS)).toEqual([
      {
        kind: 'answer-form',
        text: 'Sam asked in “Contact sales” 2 days ago: “Do you integrate with SAP S/4HANA for invoicing?” — answer it.',
      },
    ]);
    brief.outreach.push({
      id: 'o',
      contactId: 'demo:x',
      channel: 'email',
      direction: 'outbound',
      at: iso(1),
      byUserId: 'demo:user:me',
    });
    expect(nextActions(brief, now, DEFAULT_SETTINGS, 'demo:user:me').map((a) => a.kind)).toEqual([]);
  });

  it('says nothing when there is nothing to say (no filler advice)', () => {
    expect(nextActions(emptyBrief(), now, DEFAULT_SETTINGS)).toEqual([]);
  });
});
