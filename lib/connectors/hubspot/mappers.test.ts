import { describe, expect, it } from 'vitest';
import { FAKE_TOKEN, HUBSPOT_BASE, HubSpotFakeCore } from '../../../tests/helpers/hubspot-fake-core';
import { Contact } from '../../model/contact';
import { Quote } from '../../model/quote';
import { mapFormSubmissions, mapMarketingEmails, mapOutreach, mapUsers, parseEmailEvents } from './map-activity';
import { mapAssociations, invertLinks, mapDeals, mapQuotes } from './map-commercial';
import { mapContactPolicy, mapContacts, notFoundInputs } from './map-contacts';

const now = new Date('2026-09-02T10:00:00Z');
const portalId = '4455667';
const core = new HubSpotFakeCore({ now: () => now });
const call = (method: string, path: string, body?: unknown) =>
  core.handle({ method, url: `${HUBSPOT_BASE}${path}`, headers: { authorization: `Bearer ${FAKE_TOKEN}` }, body }).body;
const PRIYA = '98765432101';
const DANA = '98765430077';
const priyaId = `hubspot:${portalId}:contact:${PRIYA}`;
const alex = `hubspot:${portalId}:owner:7001`;

describe('HubSpot mappers', () => {
  it('map contacts and report unknown emails as not found, not partial', () => {
    const payload = call('POST', '/crm/v3/objects/contacts/batch/read', {
      idProperty: 'email',
      inputs: [{ id: 'priya.raman@northwind-traders.com' }, { id: 'nobody@unknown-example.org' }],
    });
    const { records, partial } = mapContacts(payload, { portalId, now });
    expect(partial).toEqual([]);
    expect(notFoundInputs(payload)).toEqual(['nobody@unknown-example.org']);
    const priya = Contact.parse(records[0]);
    expect(priya).toMatchObject({
      id: priyaId,
      source: 'hubspot',
      crmIds: { hubspot: { portalId, id: PRIYA } },
      emails: ['priya.raman@northwind-traders.com'],
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b2a1c/',
      name: 'Priya Raman',
      company: { name: 'Northwind Traders', domain: 'northwind-traders.com' },
      ownerId: alex,
    });
  });

  it('map Priya’s deal and quote Q-1042 with line items', () => {
    const deals = mapAssociations(
      call('POST', '/crm/v4/associations/contacts/deals/batch/read', { inputs: [{ id: PRIYA }] }),
      'contacts→deals',
    );
    const quotesLinks = mapAssociations(
      call('POST', '/crm/v4/associations/contacts/quotes/batch/read', { inputs: [{ id: PRIYA }] }),
      'contacts→quotes',
    );
    const lines = mapAssociations(
      call('POST', '/crm/v4/associations/quotes/line_items/batch/read', { inputs: [{ id: '91042' }] }),
      'quotes→line items',
    );
    const dealResult = mapDeals(
      {
        deals: call('POST', '/crm/v3/objects/deals/batch/read', { inputs: [{ id: '6120987' }] }),
        contactsByDeal: invertLinks(deals.links),
        pipelines: call('GET', '/crm/v3/pipelines/deals'),
      },
      { portalId, now },
    );
    expect(dealResult.partial).toEqual([]);
    expect(dealResult.records[0]).toMatchObject({
      stage: 'Proposal',
      isClosed: false,
      ownerId: alex,
      amount: 19440,
      contactIds: [priyaId],
    });

    const quoteResult = mapQuotes(
      {
        quotes: call('POST', '/crm/v3/objects/quotes/batch/read', { inputs: [{ id: '91042' }] }),
        lineItems: call('POST', '/crm/v3/objects/line_items/batch/read', { inputs: [{ id: '77001' }] }),
        lineItemsByQuote: lines.links,
        contactsByQuote: invertLinks(quotesLinks.links),
      },
      { portalId, now },
    );
    expect(quoteResult.partial).toEqual([]);
    const quote = Quote.parse(quoteResult.records[0]);
    expect(quote).toMatchObject({
      number: 'Q-1042',
      status: 'sent',
      amount: 19440,
      currency: 'USD',
      discountPercent: 10,
      ownerId: alex,
      expiresAt: '2026-09-11T10:00:00.000Z',
      contactIds: [priyaId],
      lineItems: [{ product: 'Fleet Platform — Annual plan', quantity: 40, unitPrice: 540, discountPercent: 10 }],
    });
    const expired = mapQuotes(
      {
        quotes: call('POST', '/crm/v3/objects/quotes/batch/read', { inputs: [{ id: '91042' }] }),
        contactsByQuote: new Map(),
      },
      { portalId, now: new Date('2026-10-01T00:00:00Z') },
    );
    expect(expired.records[0]?.status).toBe('expired');
  });

  it('map the demo form answers, campaign events, outreach and owners', () => {
    const forms = mapFormSubmissions(
      {
        contactHubspotId: PRIYA,
        profile: call('GET', '/contacts/v1/contact/email/priya.raman@northwind-traders.com/profile'),
        submissionsByForm: new Map([
          [
            '78c2891f-ebdd-44c0-bd94-15c012bbbfbf',
            [call('GET', '/form-integrations/v1/submissions/forms/78c2891f-ebdd-44c0-bd94-15c012bbbfbf?limit=50')],
          ],
        ]),
      },
      { portalId },
    );
    expect(forms.partial).toEqual([]);
    expect(forms.records[0]?.formName).toBe('Request a demo');
    expect(forms.records[0]?.fields).toEqual(
      expect.arrayContaining([
        { label: 'Fleet size', value: '40 vehicles' },
        { label: 'Budget', value: 'Budget approved for Q3' },
        expect.objectContaining({ label: 'Current systems', value: expect.stringContaining('SAP') }),
      ]),
    );

    const events = call('GET', '/email/public/v1/events?recipient=priya.raman@northwind-traders.com&limit=1000');
    const campaigns = [
      call('GET', '/email/public/v1/campaigns/301557890'),
      call('GET', '/email/public/v1/campaigns/301557111'),
    ];
    const mkt = mapMarketingEmails({ contactHubspotId: PRIYA, eventPages: [events], campaigns }, { portalId });
    expect(mkt.partial).toEqual([]);
    const promo = mkt.records[0];
    expect(promo?.campaign.name).toBe('Autumn annual-plan promotion');
    expect(promo?.subject).toContain('25% off');
    expect(promo?.events.map((e) => e.type)).toEqual(['delivered', 'open', 'click']);
    expect(promo?.events[2]?.url).toContain('/pricing');
    expect(promo?.offer).toBeUndefined();
    const offer = { summary: '25% off annual plans', discountPercent: 25, products: [] };
    const withOffer = mapMarketingEmails(
      { contactHubspotId: PRIYA, eventPages: [events], campaigns, offersByCampaignId: new Map([['301557890', offer]]) },
      { portalId },
    );
    expect(withOffer.records[0]?.offer).toEqual(offer);

    const search = {
      filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: PRIYA }] }],
      limit: 20,
    };
    const emails = mapOutreach(
      { kind: 'emails', contactHubspotId: PRIYA, payload: call('POST', '/crm/v3/objects/emails/search', search) },
      { portalId },
    );
    const meetings = mapOutreach(
      { kind: 'meetings', contactHubspotId: PRIYA, payload: call('POST', '/crm/v3/objects/meetings/search', search) },
      { portalId },
    );
    expect(emails.partial).toEqual([]);
    expect(emails.records.map((o) => [o.direction, o.byUserId])).toEqual([
      ['outbound', `hubspot:${portalId}:owner:7002`],
      ['outbound', alex],
      ['inbound', alex],
    ]);
    expect(meetings.records[0]).toMatchObject({
      channel: 'meeting',
      byUserId: alex,
      subject: 'Fleet Platform demo — Northwind Traders',
    });

    const users = mapUsers(call('GET', '/crm/v3/owners?limit=100'), {
      portalId,
      rolesByOwnerId: new Map([['7001', 'account_executive' as const]]),
    });
    expect(users.records[0]).toEqual({
      id: alex,
      name: 'Alex Morgan',
      email: 'alex.morgan@example.com',
      role: 'account_executive',
    });
    expect(users.records[1]?.role).toBe('other');
  });

  it('flag Dana’s opt-out, unsubscribes and the configurable do-not-call property', () => {
    const contact = (
      call('POST', '/crm/v3/objects/contacts/batch/read', {
        inputs: [{ id: DANA }],
        properties: ['email', 'hs_email_optout', 'do_not_call', 'legal_hold'],
      }) as { results: unknown[] }
    ).results[0];
    const result = mapContactPolicy(
      { contact, subscriptions: call('GET', '/communication-preferences/v3/status/email/dana.whitfield@contoso.io') },
      { portalId, now, doNotCallProperty: 'do_not_call', legalHoldProperty: 'legal_hold' },
    );
    expect(result.partial).toEqual([]);
    expect(result.records[0]?.flags.map((f) => f.kind).sort()).toEqual([
      'do_not_call',
      'email_opt_out',
      'marketing_unsubscribed',
      'marketing_unsubscribed',
    ]);

    const priya = (
      call('POST', '/crm/v3/objects/contacts/batch/read', { inputs: [{ id: PRIYA }] }) as { results: unknown[] }
    ).results[0];
    const bounced = mapContactPolicy(
      {
        contact: priya,
        events: [
          ...parseEmailEvents([
            {
              hasMore: false,
              events: [
                { id: 'b1', created: now.getTime(), type: 'BOUNCE', category: 'UNKNOWN_USER', emailCampaignId: 1 },
              ],
            },
          ]),
        ],
      },
      { portalId, now },
    );
    expect(bounced.records[0]?.flags).toEqual([expect.objectContaining({ kind: 'bounced', since: now.toISOString() })]);
  });

  it('report a broken record as partial with its field path instead of crashing', () => {
    const payload = call('POST', '/crm/v3/objects/contacts/batch/read', { inputs: [{ id: PRIYA }, { id: DANA }] }) as {
      results: { id: string; properties: Record<string, unknown> }[];
    };
    const broken = {
      ...payload,
      results: [
        payload.results[0],
        { ...payload.results[1], properties: { ...payload.results[1]?.properties, email: 42 } },
      ],
    };
    const { records, partial } = mapContacts(broken, { portalId, now });
    expect(records).toHaveLength(1);
    expect(partial).toEqual([`contact ${DANA}: properties.email (invalid_type)`]);
    expect(mapQuotes({ quotes: { nope: true }, contactsByQuote: new Map() }, { portalId, now }).partial[0]).toContain(
      'quotes response',
    );
    const badStatus = mapQuotes(
      {
        quotes: { status: 'COMPLETE', results: [{ id: '1', properties: { hs_status: 'WEIRD', hs_currency: 'USD' } }] },
        contactsByQuote: new Map(),
      },
      { portalId, now },
    );
    expect(badStatus).toEqual({ records: [], partial: ['quote 1: hs_status (unknown value)'] });
  });
});
