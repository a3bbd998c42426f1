import { normalizeLinkedInProfileUrl } from '../../identity/linkedin-url';
import { EmailAddress } from '../../model/common';
import type { Contact } from '../../model/contact';
import type { ContactPolicy, DoNotContactFlag } from '../../model/contact-policy';
import {
  BatchReadResponse,
  type EmailEvent,
  HubSpotContact,
  SearchResponse,
  SubscriptionStatus,
  SubscriptionStatusesResponse,
} from './payloads';
import { bool, httpsUrl, hubspotId, isoDate, type MapResult, parseEach, parseWith, rawId, text } from './parse';

export interface ContactMapOptions {
  portalId: string;
  /** When nothing else dates the record (HubSpot omitted updatedAt): the fetch time. */
  now: Date;
  /** Properties holding the LinkedIn URL, first filled one wins (default `hs_linkedin_url`). */
  linkedinProperties?: readonly string[];
}

/** Contacts from a batch read (200/207) or a search response. Not-found inputs are not partial: see `notFoundInputs`. */
export function mapContacts(payload: unknown, options: ContactMapOptions): MapResult<Contact> {
  const partial: string[] = [];
  const envelope = parseWith(BatchReadResponse.or(SearchResponse), payload, 'contacts response');
  if (!envelope.ok) return { records: [], partial: [envelope.problem] };
  if ('errors' in envelope.value) partial.push(...otherBatchErrors(envelope.value, 'contacts'));
  const records: Contact[] = [];
  // The zod shape keeps only the standard properties; configured ones (LinkedIn URL) are read from the raw record.
  const rawById = new Map<string, Record<string, string | null | undefined>>();
  for (const result of envelope.value.results) {
    const id = (result as { id?: unknown } | null)?.id;
    if (typeof id === 'string') rawById.set(id, rawProperties(result));
  }
  for (const raw of parseEach(HubSpotContact, envelope.value.results, 'contact', partial)) {
    const contact = mapContact(raw, rawById.get(raw.id) ?? {}, options, partial);
    if (contact) records.push(contact);
  }
  return { records, partial };
}

function mapContact(
  raw: HubSpotContact,
  allProperties: Record<string, string | null | undefined>,
  options: ContactMapOptions,
  partial: string[],
): Contact | undefined {
  const p = raw.properties;
  const emails: string[] = [];
  const candidates = [text(p.email), ...(text(p.hs_additional_emails)?.split(';') ?? [])];
  for (const candidate of candidates) {
    const email = candidate?.trim().toLowerCase();
    if (!email) continue;
    if (EmailAddress.safeParse(email).success) {
      if (!emails.includes(email)) emails.push(email);
    } else partial.push(`contact ${raw.id}: email (invalid)`);
  }
  const name = [text(p.firstname), text(p.lastname)].filter(Boolean).join(' ') || emails[0];
  if (!name) {
    partial.push(`contact ${raw.id}: name and email (missing)`);
    return undefined;
  }
  const linkedinProperty = (options.linkedinProperties ?? ['hs_linkedin_url']).find((name) =>
    text(allProperties[name]),
  );
  const linkedinRaw = linkedinProperty ? text(allProperties[linkedinProperty]) : undefined;
  // Stored in the same normal form the cache is searched with, whatever variant the portal holds.
  const linkedinUrl = normalizeLinkedInProfileUrl(httpsUrl(linkedinRaw));
  if (linkedinRaw && !linkedinUrl) partial.push(`contact ${raw.id}: ${linkedinProperty} (invalid)`);
  const companyName = text(p.company);
  const ownerId = text(p.hubspot_owner_id);
  const contact: Contact = {
    id: hubspotId(options.portalId, 'contact', raw.id),
    source: 'hubspot',
    crmIds: { hubspot: { portalId: options.portalId, id: raw.id } },
    emails,
    name: name.slice(0, 300),
    updatedAt: isoDate(raw.updatedAt) ?? isoDate(p.lastmodifieddate) ?? options.now.toISOString(),
  };
  if (linkedinUrl) contact.linkedinUrl = linkedinUrl;
  const title = text(p.jobtitle);
  if (title) contact.title = title.slice(0, 300);
  if (companyName) {
    const domain = text(p.hs_email_domain)?.toLowerCase();
    contact.company = domain ? { name: companyName.slice(0, 300), domain } : { name: companyName.slice(0, 300) };
  }
  if (ownerId) contact.ownerId = hubspotId(options.portalId, 'owner', ownerId);
  return contact;
}

/** Batch-read inputs HubSpot reported as not found (the person is not in the CRM: an answer, not a failure). */
export function notFoundInputs(payload: unknown): string[] {
  const envelope = BatchReadResponse.safeParse(payload);
  if (!envelope.success) return [];
  return (envelope.data.errors ?? [])
    .filter((error) => error.category === 'OBJECT_NOT_FOUND')
    .flatMap((error) => error.context?.['ids'] ?? []);
}

/** Batch errors other than not-found, counted (their context can carry addresses, so no ids). */
export function otherBatchErrors(envelope: BatchReadResponse, label: string): string[] {
  const others = (envelope.errors ?? []).filter((error) => error.category !== 'OBJECT_NOT_FOUND');
  const out = others.map((error) => {
    const count = Object.values(error.context ?? {}).reduce((sum, ids) => sum + ids.length, 0);
    return `${label} batch: ${error.category} (${count || 'unknown number of'} inputs)`;
  });
  const listed = (envelope.errors ?? []).length;
  if (envelope.numErrors !== undefined && envelope.numErrors > listed) {
    out.push(`${label} batch: ${envelope.numErrors - listed} errors not listed`);
  }
  return out;
}

export interface PolicyMapOptions {
  portalId: string;
  now: Date;
  /** Portal property that marks "do not call" (no standard HubSpot property exists), e.g. `do_not_call`. */
  doNotCallProperty?: string;
  /** Portal property that marks a legal hold, e.g. `legal_hold`. */
  legalHoldProperty?: string;
}

export interface PolicyInput {
  /** One raw contact record (`SimplePublicObject`), requested with the configured properties too. */
  contact: unknown;
  /** `GET /communication-preferences/v3/status/email/{email}` response, when fetched. */
  subscriptions?: unknown;
  /** Email events for this contact, already parsed (BOUNCE events mark the address bounced). */
  events?: readonly EmailEvent[];
}

/** Bounce categories HubSpot uses for temporary failures: they do not make an address undeliverable. */
const SOFT_BOUNCE_CATEGORIES = new Set(['MAILBOX_FULL', 'TIMEOUT', 'THROTTLED', 'GREYLISTING', 'CONTENT', 'SPAM']);

/** Do-not-contact flags for one contact. HubSpot does not date most flags: `since` is then the record's last change. */
export function mapContactPolicy(input: PolicyInput, options: PolicyMapOptions): MapResult<ContactPolicy> {
  const partial: string[] = [];
  const parsed = parseWith(HubSpotContact, input.contact, `contact ${rawId(input.contact)}`);
  if (!parsed.ok) return { records: [], partial: [parsed.problem] };
  const raw = parsed.value;
  const props = raw.properties;
  const extra = rawProperties(input.contact);
  const since = isoDate(raw.updatedAt) ?? isoDate(props.lastmodifieddate) ?? options.now.toISOString();
  const flags: DoNotContactFlag[] = [];
  const undated = 'HubSpot does not date this flag; the date is the contact record’s last change.';

  const flagFrom = (
    property: string,
    value: string | null | undefined,
    flag: Omit<DoNotContactFlag, 'since' | 'source'>,
  ): void => {
    const b = bool(value);
    if (b === undefined || b === false) return;
    if (b === 'unknown') partial.push(`contact ${raw.id}: ${property} (unrecognised value, treated as set)`);
    flags.push({ ...flag, source: `HubSpot: ${property}`, since, note: undated });
  };

  flagFrom('hs_email_optout', props.hs_email_optout, { kind: 'email_opt_out', channel: 'email' });
  flagFrom('hs_email_bad_address', props.hs_email_bad_address, { kind: 'bounced', channel: 'email' });
  const hardBounce = text(props.hs_email_hard_bounce_reason_enum) ?? text(props.hs_email_hard_bounce_reason);
  if (hardBounce && !flags.some((flag) => flag.kind === 'bounced')) {
    flags.push({
      kind: 'bounced',
      channel: 'email',
      source: 'HubSpot: hs_email_hard_bounce_reason',
      since,
      note: undated,
    });
  }
  if (options.doNotCallProperty) {
    flagFrom(options.doNotCallProperty, extra[options.doNotCallProperty], { kind: 'do_not_call', channel: 'phone' });
  }
  if (options.legalHoldProperty) {
    flagFrom(options.legalHoldProperty, extra[options.legalHoldProperty], { kind: 'legal_hold', channel: 'any' });
  }

  for (const event of input.events ?? []) {
    if (event.type !== 'BOUNCE' || SOFT_BOUNCE_CATEGORIES.has(event.category ?? '')) continue;
    const at = isoDate(event.created);
    if (!at || flags.some((flag) => flag.kind === 'bounced' && flag.source === 'HubSpot: bounce event')) continue;
    flags.push({
      kind: 'bounced',
      channel: 'email',
      source: 'HubSpot: bounce event',
      since: at,
      ...(event.category ? { note: `Bounce category ${event.category}` } : {}),
    });
  }

  if (input.subscriptions !== undefined) {
    const statuses = parseWith(SubscriptionStatusesResponse, input.subscriptions, `subscriptions ${raw.id}`);
    if (!statuses.ok) partial.push(statuses.problem);
    else {
      for (const status of parseEach(
        SubscriptionStatus,
        statuses.value.subscriptionStatuses,
        'subscription',
        partial,
      )) {
        if (status.status !== 'NOT_SUBSCRIBED') continue;
        flags.push({
          kind: 'marketing_unsubscribed',
          channel: 'email',
          source: `HubSpot subscription: ${status.name}`.slice(0, 300),
          since,
          note: undated,
        });
      }
    }
  }

  return {
    records: [{ contactId: hubspotId(options.portalId, 'contact', raw.id), flags }],
    partial,
  };
}

/** The raw `properties` map, for the configurable property names the schema cannot know. */
function rawProperties(record: unknown): Record<string, string | null | undefined> {
  if (typeof record !== 'object' || record === null || !('properties' in record)) return {};
  const props = record.properties;
  if (typeof props !== 'object' || props === null) return {};
  const out: Record<string, string | null | undefined> = {};
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'string' || value === null) out[key] = value;
  }
  return out;
}
