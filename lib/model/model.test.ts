import { describe, expect, it } from 'vitest';
import { BriefLookup } from './brief';
import { EmailAddress, HttpsUrl } from './common';
import { Contact } from './contact';
import { blocksSalesEmail, sortFlagsBySeverity, type DoNotContactFlag } from './contact-policy';
import { FormSubmission } from './form-submission';
import { MarketingEmail } from './marketing-email';
import { PageContext, PersonOnPage } from './page-context';
import { isQuoteOpen, Quote } from './quote';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { Decision, RuleId } from './warning';

const now = new Date('2026-11-23T10:00:00Z');

const quote: Quote = Quote.parse({
  id: 'demo:q-1042',
  number: 'Q-1042',
  title: 'Fleet Platform annual plan',
  status: 'sent',
  amount: 19440,
  currency: 'USD',
  discountPercent: 10,
  lineItems: [{ product: 'Fleet Platform — Annual plan', quantity: 40, unitPrice: 540, discountPercent: 10 }],
  expiresAt: '2026-12-02T10:00:00.000Z',
  contactIds: ['demo:priya'],
});

describe('common shapes', () => {
  it('accepts addresses and rejects look-alikes', () => {
    expect(EmailAddress.safeParse('priya.raman@northwind-traders.com').success).toBe(true);
    for (const bad of ['priya', 'priya@', '<priya@x.com>', 'a b@c.com', 'x'.repeat(330) + '@a.co']) {
      expect(EmailAddress.safeParse(bad).success).toBe(false);
    }
  });
  it('accepts only web URLs', () => {
    expect(HttpsUrl.safeParse('https://www.example.com/demo').success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a url', 'ftp://x.example/']) {
      expect(HttpsUrl.safeParse(bad).success).toBe(false);
    }
  });
});

describe('Contact', () => {
  const valid = {
    id: 'demo:priya',
    source: 'demo',
    crmIds: { hubspot: { portalId: '4455667', id: '98765432101' }, salesforce: { id: '003Dn00000QxYzAIAV' } },
    emails: ['priya.raman@northwind-traders.com'],
    linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b2a1c/',
    name: 'Priya Raman',
    updatedAt: '2026-11-23T10:00:00.000Z',
  };
  it('parses a complete contact', () => {
    expect(Contact.parse(valid).crmIds.salesforce?.id).toBe('003Dn00000QxYzAIAV');
  });
  it.each([
    ['a Salesforce id of the wrong length', { crmIds: { salesforce: { id: '003Dn00000' } } }],
    ['a non-numeric HubSpot id', { crmIds: { hubspot: { portalId: '4455667', id: 'abc' } } }],
    ['an unknown source', { source: 'pipedrive' }],
    ['an empty name', { name: '' }],
    ['a date without offset', { updatedAt: '2026-11-23 10:00' }],
  ])('rejects %s', (_label, patch) => {
    expect(Contact.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});

describe('Quote', () => {
  it('is open while sent and unexpired', () => {
    expect(isQuoteOpen(quote, now)).toBe(true);
    expect(isQuoteOpen({ ...quote, expiresAt: '2026-11-22T10:00:00.000Z' }, now)).toBe(false);
    expect(isQuoteOpen({ ...quote, status: 'accepted' }, now)).toBe(false);
    expect(isQuoteOpen({ ...quote, status: 'draft', expiresAt: undefined }, now)).toBe(true);
  });
  it('rejects impossible figures', () => {
    expect(Quote.safeParse({ ...quote, discountPercent: 120 }).success).toBe(false);
    expect(Quote.safeParse({ ...quote, amount: -1 }).success).toBe(false);
    expect(Quote.safeParse({ ...quote, currency: 'usd' }).success).toBe(false);
    expect(Quote.safeParse({ ...quote, lineItems: [{ product: 'x', quantity: 0, unitPrice: 1 }] }).success).toBe(false);
  });
  it('defaults line-item discounts to zero', () => {
    const parsed = Quote.parse({ ...quote, lineItems: [{ product: 'SAP connector', quantity: 1, unitPrice: 2400 }] });
    expect(parsed.lineItems[0]?.discountPercent).toBe(0);
  });
});

describe('ContactPolicy helpers', () => {
  const flag = (kind: DoNotContactFlag['kind'], channel: DoNotContactFlag['channel']): DoNotContactFlag => ({
    kind,
    channel,
    source: 'test',
    since: '2026-10-24T10:00:00.000Z',
  });
  it('sorts the strongest flag first', () => {
    const sorted = sortFlagsBySeverity([
      flag('marketing_unsubscribed', 'email'),
      flag('legal_hold', 'any'),
      flag('bounced', 'email'),
    ]);
    expect(sorted.map((f) => f.kind)).toEqual(['legal_hold', 'bounced', 'marketing_unsubscribed']);
  });
  it('lets a sales email through a marketing-only unsubscribe, not through an opt-out', () => {
    expect(blocksSalesEmail(flag('marketing_unsubscribed', 'email'))).toBe(false);
    expect(blocksSalesEmail(flag('email_opt_out', 'email'))).toBe(true);
    expect(blocksSalesEmail(flag('legal_hold', 'any'))).toBe(true);
    expect(blocksSalesEmail(flag('do_not_call', 'phone'))).toBe(false);
  });
});

describe('records from forms and campaigns', () => {
  it('keeps the answers of a form, not just its name', () => {
    const form = FormSubmission.parse({
      id: 'demo:f1',
      contactId: 'demo:priya',
      formName: 'Request a demo',
      submittedAt: '2026-11-11T10:00:00.000Z',
      fields: [{ label: 'Fleet size', value: '40 vehicles' }],
    });
    expect(form.fields[0]).toEqual({ label: 'Fleet size', value: '40 vehicles' });
  });
  it('rejects unknown marketing events and non-web click URLs', () => {
    const base = {
      id: 'demo:m1',
      contactId: 'demo:priya',
      campaign: { id: 'demo:c1', name: 'Autumn annual-plan promotion' },
      subject: '25% off annual plans',
      sentAt: '2026-11-21T10:00:00.000Z',
      events: [{ type: 'click', at: '2026-11-21T11:00:00.000Z', url: 'https://www.example.com/pricing' }],
      offer: { summary: '25% off annual plans', discountPercent: 25 },
    };
    expect(MarketingEmail.parse(base).offer?.products).toEqual([]);
    expect(MarketingEmail.safeParse({ ...base, events: [{ type: 'forward', at: base.sentAt }] }).success).toBe(false);
    expect(
      MarketingEmail.safeParse({ ...base, events: [{ type: 'click', at: base.sentAt, url: 'javascript:alert(1)' }] })
        .success,
    ).toBe(false);
  });
});

describe('page context and lookups', () => {
  it('needs a key to identify a person', () => {
    expect(PersonOnPage.safeParse({ name: 'Priya Raman', role: 'sender' }).success).toBe(false);
    expect(PersonOnPage.safeParse({ email: 'priya.raman@northwind-traders.com', role: 'sender' }).success).toBe(true);
  });
  it('caps what a content script may report', () => {
    const person = { email: 'a@b.co', role: 'participant' as const };
    const context = {
      site: 'gmail',
      view: 'thread',
      people: Array.from({ length: 201 }, () => person),
      observedAt: now.toISOString(),
    };
    expect(PageContext.safeParse(context).success).toBe(false);
  });
  it('distinguishes "not in CRM" from a failed lookup', () => {
    expect(
      BriefLookup.parse({ status: 'not_in_crm', email: 'sam.patel@example.org', checkedAt: now.toISOString() }).status,
    ).toBe('not_in_crm');
    expect(BriefLookup.parse({ status: 'error', message: 'CRM unreachable' }).status).toBe('error');
    expect(BriefLookup.safeParse({ status: 'found' }).success).toBe(false);
  });
});

describe('settings and decisions', () => {
  it('ships valid defaults with every rule configured', () => {
    const settings = Settings.parse(DEFAULT_SETTINGS);
    expect(Object.keys(settings.rules).sort()).toEqual([...RuleId.options].sort());
    expect(settings.rules['do-not-contact'].severity).toBe('block');
  });
  it('stores a fingerprint of the draft, never its text', () => {
    const decision = {
      id: 'd1',
      at: now.toISOString(),
      userEmail: 'alex.morgan@example.com',
      site: 'gmail',
      recipients: ['priya.raman@northwind-traders.com'],
      warnings: [],
      action: 'sent_anyway',
      reason: 'Customer asked for it',
      draftFingerprint: 'a1b2c3d4e5f60718',
    };
    expect(Decision.parse(decision).action).toBe('sent_anyway');
    expect(Decision.safeParse({ ...decision, draftFingerprint: 'Hi Priya, here is 15% off' }).success).toBe(false);
    expect(Decision.safeParse({ ...decision, body: 'Hi Priya' }).success).toBe(true); // unknown keys are dropped…
    expect(Decision.parse({ ...decision, body: 'Hi Priya' })).not.toHaveProperty('body'); // …never stored
  });
});
