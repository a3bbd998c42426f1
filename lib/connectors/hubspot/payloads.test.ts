import { describe, expect, it } from 'vitest';
import batch207 from '../../../tests/fixtures/hubspot/batch-partial-207.json';
import contacts207 from '../../../tests/fixtures/hubspot/contacts-batch-read-207.json';
import contacts from '../../../tests/fixtures/hubspot/contacts.json';
import events from '../../../tests/fixtures/hubspot/email-events-priya.json';
import error429 from '../../../tests/fixtures/hubspot/error-429.json';
import lineItems from '../../../tests/fixtures/hubspot/line-items.json';
import owners from '../../../tests/fixtures/hubspot/owners.json';
import profile from '../../../tests/fixtures/hubspot/contact-profile-priya.json';
import quotes from '../../../tests/fixtures/hubspot/quotes.json';
import { resolveTimeTokens } from '../../../tests/helpers/hubspot-fake-core';
import {
  BatchReadResponse,
  ContactProfile,
  EmailEvent,
  HubSpotContact,
  HubSpotErrorBody,
  HubSpotLineItem,
  HubSpotOwner,
  HubSpotQuote,
  ProfileFormSubmission,
} from './payloads';
import { parseWith } from './parse';

const now = new Date('2026-09-02T10:00:00Z');

describe('HubSpot payload schemas', () => {
  it('accept the fixtures', () => {
    for (const c of contacts) expect(HubSpotContact.safeParse(resolveTimeTokens(c, now)).success).toBe(true);
    expect(BatchReadResponse.parse(contacts207).errors?.[0]?.category).toBe('OBJECT_NOT_FOUND');
    expect(BatchReadResponse.parse(batch207).numErrors).toBe(2);
    expect(HubSpotQuote.parse(resolveTimeTokens(quotes[0], now)).properties.hs_quote_amount).toBe('19440.00');
    expect(HubSpotLineItem.parse(lineItems[0]).properties.quantity).toBe('40');
    for (const o of owners) expect(HubSpotOwner.safeParse(o).success).toBe(true);
    for (const e of resolveTimeTokens(events, now)) expect(EmailEvent.safeParse(e).success).toBe(true);
    const p = ContactProfile.parse(resolveTimeTokens(profile, now));
    expect(ProfileFormSubmission.parse(p['form-submissions']?.[0]).title).toBe('Request a demo');
    expect(HubSpotErrorBody.parse(error429).policyName).toBe('TEN_SECONDLY_ROLLING');
  });

  it('keep working when HubSpot adds fields, and strip them', () => {
    const parsed = HubSpotOwner.parse({ ...owners[0], brandNewField: { x: 1 } });
    expect(parsed).not.toHaveProperty('brandNewField');
  });

  it('reject malformed payloads with the field path and no value', () => {
    const broken = { ...quotes[0], properties: { ...quotes[0]?.properties, hs_quote_amount: 19440 } };
    const result = parseWith(HubSpotQuote, broken, 'quote 91042');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toContain('properties.hs_quote_amount');
      expect(result.problem).not.toContain('19440');
    }
    const badEvent = parseWith(EmailEvent, { id: 'x', created: 'yesterday', type: 'OPEN' }, 'event x');
    expect(!badEvent.ok && badEvent.problem).toContain('created');
  });
});
