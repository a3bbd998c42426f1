import { EmailAddress } from '../../model/common';
import type { FormField, FormSubmission } from '../../model/form-submission';
import type { MarketingEmail, MarketingEvent, MarketingEventType } from '../../model/marketing-email';
import type { Offer } from '../../model/offer';
import type { Outreach } from '../../model/outreach';
import type { User, UserRole } from '../../model/user';
import {
  ContactProfile,
  EmailCampaign,
  EmailEvent,
  EmailEventsResponse,
  FormSubmissionsResponse,
  FormSubmissionValues,
  HubSpotEngagement,
  HubSpotOwner,
  OwnersResponse,
  ProfileFormSubmission,
  SearchResponse,
} from './payloads';
import { httpsUrl, hubspotId, isoDate, type MapResult, parseEach, parseWith, text } from './parse';

interface PortalOptions {
  portalId: string;
}

// ---------- outreach (engagements) ----------

export type EngagementKind = 'emails' | 'calls' | 'meetings';

export interface OutreachInput {
  kind: EngagementKind;
  /** HubSpot id of the contact whose engagements these are (the search filtered on it). */
  contactHubspotId: string;
  /** `POST /crm/v3/objects/{kind}/search` response. */
  payload: unknown;
}

const ENGAGEMENT_KIND = { emails: 'email', calls: 'call', meetings: 'meeting' } as const;

export function mapOutreach(input: OutreachInput, options: PortalOptions): MapResult<Outreach> {
  const partial: string[] = [];
  const kind = ENGAGEMENT_KIND[input.kind];
  const envelope = parseWith(SearchResponse, input.payload, `${input.kind} response`);
  if (!envelope.ok) return { records: [], partial: [envelope.problem] };
  if (envelope.value.paging?.next) partial.push(`${input.kind}: more pages not read`);
  const records: Outreach[] = [];
  for (const raw of parseEach(HubSpotEngagement, envelope.value.results, kind, partial)) {
    const p = raw.properties;
    const at = isoDate(p.hs_timestamp) ?? (kind === 'meeting' ? isoDate(p.hs_meeting_start_time) : undefined);
    const owner = text(p.hubspot_owner_id);
    if (!at || !owner) {
      partial.push(
        `${kind} ${raw.id}: ${[!at && 'hs_timestamp', !owner && 'hubspot_owner_id'].filter(Boolean).join(', ')} (missing)`,
      );
      continue;
    }
    let direction: Outreach['direction'] = 'outbound';
    let subject: string | undefined;
    if (kind === 'email') {
      const d = text(p.hs_email_direction)?.toUpperCase();
      if (d === 'INCOMING_EMAIL') direction = 'inbound';
      else if (d !== 'EMAIL' && d !== 'FORWARDED_EMAIL')
        partial.push(`email ${raw.id}: hs_email_direction (${d ? 'unknown' : 'missing'})`);
      subject = text(p.hs_email_subject);
    } else if (kind === 'call') {
      if (text(p.hs_call_direction)?.toUpperCase() === 'INBOUND') direction = 'inbound';
      subject = text(p.hs_call_title);
    } else subject = text(p.hs_meeting_title);
    const record: Outreach = {
      id: hubspotId(options.portalId, kind, raw.id),
      contactId: hubspotId(options.portalId, 'contact', input.contactHubspotId),
      channel: kind,
      direction,
      at,
      byUserId: hubspotId(options.portalId, 'owner', owner),
    };
    if (subject) record.subject = subject.slice(0, 500);
    records.push(record);
  }
  return { records, partial };
}

// ---------- users (owners) ----------

export interface UserMapOptions extends PortalOptions {
  /** Roles we know from settings, by HubSpot owner id; everyone else is `other`. */
  rolesByOwnerId?: ReadonlyMap<string, UserRole>;
}

/** `GET /crm/v3/owners` → users. Owners without a valid email cannot be users (the model requires one). */
export function mapUsers(payload: unknown, options: UserMapOptions): MapResult<User> {
  const partial: string[] = [];
  const envelope = parseWith(OwnersResponse, payload, 'owners response');
  if (!envelope.ok) return { records: [], partial: [envelope.problem] };
  if (envelope.value.paging?.next) partial.push('owners: more pages not read');
  const records: User[] = [];
  for (const owner of parseEach(HubSpotOwner, envelope.value.results, 'owner', partial)) {
    const email = text(owner.email)?.toLowerCase();
    if (!email || !EmailAddress.safeParse(email).success) {
      partial.push(`owner ${owner.id}: email (${email ? 'invalid' : 'missing'})`);
      continue;
    }
    const name = [text(owner.firstName), text(owner.lastName)].filter(Boolean).join(' ') || email;
    records.push({
      id: hubspotId(options.portalId, 'owner', owner.id),
      name: name.slice(0, 200),
      email,
      role: options.rolesByOwnerId?.get(owner.id) ?? 'other',
    });
  }
  return { records, partial };
}

// ---------- forms ----------

export interface FormsInput {
  contactHubspotId: string;
  /** `GET /contacts/v1/contact/email/{email}/profile` response. */
  profile: unknown;
  /** Form guid → `GET /form-integrations/v1/submissions/forms/{guid}` pages (concatenated). */
  submissionsByForm: ReadonlyMap<string, readonly unknown[]>;
  /** Field labels by internal name, from the form definitions; otherwise the name is humanised. */
  fieldLabels?: ReadonlyMap<string, string>;
}

function humanise(name: string): string {
  const words = name
    .replace(/^\d+-\d+\//, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : name;
}

export function mapFormSubmissions(input: FormsInput, options: PortalOptions): MapResult<FormSubmission> {
  const partial: string[] = [];
  const profile = parseWith(ContactProfile, input.profile, `contact profile ${input.contactHubspotId}`);
  if (!profile.ok) return { records: [], partial: [profile.problem] };
  const values = new Map<string, FormSubmissionValues>();
  for (const [formId, pages] of input.submissionsByForm) {
    for (const page of pages) {
      const parsed = parseWith(FormSubmissionsResponse, page, `form ${formId} submissions`);
      if (!parsed.ok) {
        partial.push(parsed.problem);
        continue;
      }
      for (const sub of parseEach(FormSubmissionValues, parsed.value.results, `form ${formId} submission`, partial)) {
        values.set(sub.conversionId, sub);
      }
    }
  }
  const records: FormSubmission[] = [];
  const subs = profile.value['form-submissions'] ?? [];
  for (const sub of parseEach(ProfileFormSubmission, subs, 'form submission', partial)) {
    const id = sub['conversion-id'];
    const submittedAt = isoDate(sub.timestamp);
    if (!submittedAt) {
      partial.push(`form submission ${id}: timestamp (invalid)`);
      continue;
    }
    const found = values.get(id);
    if (!found) partial.push(`form submission ${id}: values (not found in form ${sub['form-id']})`);
    const fields: FormField[] = (found?.values ?? [])
      .filter((v) => v.value.trim() !== '')
      .map((v) => ({
        label: (input.fieldLabels?.get(v.name) ?? humanise(v.name)).slice(0, 500) || v.name,
        value: v.value.slice(0, 20_000),
      }));
    const record: FormSubmission = {
      id: hubspotId(options.portalId, 'form', id),
      contactId: hubspotId(options.portalId, 'contact', input.contactHubspotId),
      formName: (text(sub.title) ?? `Form ${sub['form-id']}`).slice(0, 300),
      submittedAt,
      fields: fields.slice(0, 200),
    };
    const pageUrl = httpsUrl(sub['page-url'] ?? found?.pageUrl);
    if (pageUrl) record.pageUrl = pageUrl;
    const pageTitle = text(sub['page-title']);
    if (pageTitle) record.pageTitle = pageTitle.slice(0, 300);
    records.push(record);
  }
  return { records, partial };
}

/** Form guids whose submissions must be fetched to get the answers for this profile. */
export function formGuidsOf(profile: unknown): string[] {
  const parsed = ContactProfile.safeParse(profile);
  if (!parsed.success) return [];
  const guids = new Set<string>();
  for (const sub of parsed.data['form-submissions'] ?? []) {
    const s = ProfileFormSubmission.safeParse(sub);
    if (s.success) guids.add(s.data['form-id']);
  }
  return [...guids];
}

// ---------- marketing email ----------

export interface MarketingInput {
  contactHubspotId: string;
  /** `GET /email/public/v1/events?recipient=…` pages (concatenated). */
  eventPages: readonly unknown[];
  /** `GET /email/public/v1/campaigns/{id}` responses. */
  campaigns: readonly unknown[];
  /**
   * Offers by HubSpot email campaign id, when our settings or the campaign data carry one. HubSpot's campaign
   * payload has no structured offer, so without this no offer is set: we never guess one from a subject line.
   */
  offersByCampaignId?: ReadonlyMap<string, Offer>;
}

const EVENT_TYPE: Partial<Record<EmailEvent['type'], MarketingEventType>> = {
  DELIVERED: 'delivered',
  OPEN: 'open',
  CLICK: 'click',
  BOUNCE: 'bounce',
};

function unsubscribed(event: EmailEvent): boolean {
  if (event.type === 'SPAMREPORT') return true;
  if (event.type !== 'STATUSCHANGE') return false;
  return (
    event.portalSubscriptionStatus === 'UNSUBSCRIBED' ||
    (event.subscriptions ?? []).some((s) => s.status === 'UNSUBSCRIBED')
  );
}

/** Email events for one contact, one MarketingEmail per campaign. */
export function mapMarketingEmails(input: MarketingInput, options: PortalOptions): MapResult<MarketingEmail> {
  const partial: string[] = [];
  const events: EmailEvent[] = [];
  for (const page of input.eventPages) {
    const parsed = parseWith(EmailEventsResponse, page, 'email events response');
    if (!parsed.ok) partial.push(parsed.problem);
    else events.push(...parseEach(EmailEvent, parsed.value.events, 'email event', partial));
  }
  const campaigns = new Map<string, EmailCampaign>();
  for (const c of parseEach(EmailCampaign, input.campaigns, 'campaign', partial)) campaigns.set(String(c.id), c);

  const byCampaign = new Map<string, EmailEvent[]>();
  for (const event of events) {
    if (event.filteredEvent === true) continue;
    if (event.emailCampaignId === undefined) {
      partial.push(`email event ${event.id}: emailCampaignId (missing)`);
      continue;
    }
    const key = String(event.emailCampaignId);
    byCampaign.set(key, [...(byCampaign.get(key) ?? []), event]);
  }

  const records: MarketingEmail[] = [];
  for (const [campaignId, list] of byCampaign) {
    list.sort((a, b) => a.created - b.created);
    const campaign = campaigns.get(campaignId);
    const sent = list.find((e) => e.type === 'SENT') ?? list.find((e) => e.type === 'PROCESSED') ?? list[0];
    if (!sent) continue;
    const sentAt = isoDate(sent.created);
    if (!sentAt) {
      partial.push(`campaign ${campaignId}: created (invalid)`);
      continue;
    }
    const subject = text(campaign?.subject) ?? text(list.find((e) => e.subject)?.subject);
    const name = text(campaign?.name) ?? subject;
    if (!campaign) partial.push(`campaign ${campaignId}: campaign details (not read)`);
    const mapped: MarketingEvent[] = [];
    for (const event of list) {
      const at = isoDate(event.created);
      const type = unsubscribed(event) ? 'unsubscribe' : EVENT_TYPE[event.type];
      if (!at || !type) continue;
      const item: MarketingEvent = { type, at };
      if (type === 'click') {
        const url = httpsUrl(event.url);
        if (url) item.url = url;
        else partial.push(`email event ${event.id}: url (${event.url ? 'invalid' : 'missing'})`);
      }
      mapped.push(item);
    }
    const record: MarketingEmail = {
      id: hubspotId(options.portalId, 'mkt', `${campaignId}:${input.contactHubspotId}`),
      contactId: hubspotId(options.portalId, 'contact', input.contactHubspotId),
      campaign: {
        id: hubspotId(options.portalId, 'campaign', campaignId),
        name: (name ?? `Email campaign ${campaignId}`).slice(0, 300),
      },
      subject: (subject ?? '').slice(0, 500),
      sentAt,
      events: mapped.slice(0, 500),
    };
    const offer = input.offersByCampaignId?.get(campaignId);
    if (offer) record.offer = offer;
    records.push(record);
  }
  records.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  return { records, partial };
}

/** Parsed events, for the policy mapper (bounces). Unparseable events are reported by `mapMarketingEmails`. */
export function parseEmailEvents(eventPages: readonly unknown[]): EmailEvent[] {
  const out: EmailEvent[] = [];
  for (const page of eventPages) {
    const parsed = EmailEventsResponse.safeParse(page);
    if (!parsed.success) continue;
    for (const event of parsed.data.events) {
      const e = EmailEvent.safeParse(event);
      if (e.success) out.push(e.data);
    }
  }
  return out;
}
