import type { PersonOnPage } from '../../model/page-context';
import type { HttpError } from './http/result';
import { notFoundInputs, otherBatchErrors } from './map-contacts';
import { BatchReadResponse, HubSpotContact, SearchResponse } from './payloads';
import { describeError, type FetchContext } from './fetch-context';

/** Contact properties the mappers read (contact, policy); the configurable flag properties are added by the caller. */
export const CONTACT_PROPERTIES: readonly string[] = [
  'email',
  'firstname',
  'lastname',
  'jobtitle',
  'company',
  'hs_email_domain',
  'hs_additional_emails',
  'hs_linkedin_url',
  'hubspot_owner_id',
  'lifecyclestage',
  'hs_lead_status',
  'hs_email_optout',
  'hs_email_bad_address',
  'hs_email_quarantined',
  'hs_email_hard_bounce_reason',
  'hs_email_hard_bounce_reason_enum',
  'lastmodifieddate',
  'createdate',
];

/** The lookup could not tell whether the person is in HubSpot. The message carries no PII. */
export class HubSpotLookupError extends Error {
  readonly kind: HttpError['kind'] | 'ambiguous';
  readonly status?: number;
  constructor(step: string, error: Pick<HttpError, 'kind' | 'status'> | { kind: 'ambiguous'; status?: number }) {
    super(`HubSpot ${step} failed (${describeError(error as HttpError)})`);
    this.name = 'HubSpotLookupError';
    this.kind = error.kind;
    if (error.status !== undefined) this.status = error.status;
  }
}

/** A found contact: the raw record (for the policy mapper) plus its id and primary email. */
export interface FoundContact {
  raw: unknown;
  id: string;
  email?: string;
}

const CONTACT_OBJECT_TYPES = new Set(['contact', 'contacts', '0-1']);

function toFound(raw: unknown): FoundContact | undefined {
  const parsed = HubSpotContact.safeParse(raw);
  if (!parsed.success) return undefined;
  const email = parsed.data.properties.email?.trim().toLowerCase();
  return { raw, id: parsed.data.id, ...(email ? { email } : {}) };
}

/** Batch read of one contact by `idProperty`; `undefined` = HubSpot answered "not found". Throws when it could not tell. */
async function readOne(
  ctx: FetchContext,
  key: string,
  idProperty: 'email' | 'hs_object_id',
  properties: readonly string[],
): Promise<FoundContact | undefined> {
  const step = idProperty === 'email' ? 'contact read by email' : 'contact read by id';
  if (ctx.contactReads) {
    const answer = await ctx.contactReads.read(key, idProperty);
    if (answer.kind === 'not_found') return undefined;
    if (answer.kind === 'failed') throw new HubSpotLookupError(step, answer.error);
    const found = toFound(answer.raw);
    if (!found) throw new HubSpotLookupError(step, { kind: 'bad_response' });
    return found;
  }
  const result = await ctx.client.request({
    method: 'POST',
    path: '/crm/v3/objects/contacts/batch/read',
    body: { idProperty, properties, inputs: [{ id: key }] },
    schema: BatchReadResponse,
  });
  if (!result.ok) throw new HubSpotLookupError(step, result.error);
  const first = result.data.results[0];
  if (first !== undefined) {
    const found = toFound(first);
    if (!found) throw new HubSpotLookupError(step, { kind: 'bad_response', status: result.status });
    return found;
  }
  const notFound = notFoundInputs(result.data).map((id) => id.toLowerCase());
  if (notFound.includes(key.toLowerCase())) return undefined;
  // Neither a record nor a not-found entry (e.g. INTERNAL_ERROR for this input): we cannot tell.
  ctx.partial.push(...otherBatchErrors(result.data, 'contacts'));
  throw new HubSpotLookupError(step, { kind: 'server', status: result.status });
}

/** LinkedIn profile URL variants as HubSpot portals store them (with/without trailing slash and `www.`). */
export function linkedinVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  if (!path) return [];
  const out = new Set<string>();
  for (const h of [`www.${host}`, host]) {
    for (const p of [path, `${path}/`]) {
      out.add(`https://${h}${p}`);
      out.add(`https://${h}${p.toLowerCase()}`);
    }
  }
  return [...out].slice(0, 20);
}

async function searchByLinkedIn(
  ctx: FetchContext,
  url: string,
  properties: readonly string[],
  linkedinProperties: readonly string[],
): Promise<FoundContact | undefined> {
  const values = linkedinVariants(url);
  if (values.length === 0 || linkedinProperties.length === 0) return undefined;
  const result = await ctx.client.request({
    method: 'POST',
    path: '/crm/v3/objects/contacts/search',
    body: {
      // OR across groups: one group per configured property (HubSpot allows at most 5 groups).
      filterGroups: linkedinProperties
        .slice(0, 5)
        .map((propertyName) => ({ filters: [{ propertyName, operator: 'IN', values }] })),
      properties,
      sorts: [{ propertyName: 'lastmodifieddate', direction: 'DESCENDING' }],
      limit: 10,
    },
    schema: SearchResponse,
  });
  if (!result.ok) throw new HubSpotLookupError('contact search by LinkedIn URL', result.error);
  const found = result.data.results.map(toFound).filter((c): c is FoundContact => c !== undefined);
  if (found.length === 0) {
    if (result.data.results.length > 0) {
      throw new HubSpotLookupError('contact search by LinkedIn URL', { kind: 'bad_response', status: result.status });
    }
    return undefined;
  }
  if (found.length > 1) {
    ctx.partial.push(`contacts search: ${found.length} contacts share the LinkedIn URL; used the latest modified`);
  }
  return found[0];
}

/**
 * Finds the contact by CRM id, then email, then LinkedIn URL. `undefined` when every key was answered "not found";
 * throws `HubSpotLookupError` when a call failed.
 */
export async function fetchContact(
  ctx: FetchContext,
  person: PersonOnPage,
  properties: readonly string[],
  linkedinProperties: readonly string[] = ['hs_linkedin_url'],
): Promise<FoundContact | undefined> {
  const record = person.crmRecord;
  if (
    record?.crm === 'hubspot' &&
    CONTACT_OBJECT_TYPES.has(record.objectType.toLowerCase()) &&
    (record.portalId === undefined || record.portalId === ctx.portalId) &&
    /^\d+$/.test(record.id)
  ) {
    const found = await readOne(ctx, record.id, 'hs_object_id', properties);
    if (found) return found;
  }
  if (person.email) {
    const found = await readOne(ctx, person.email.toLowerCase(), 'email', properties);
    if (found) return found;
  }
  if (person.linkedinUrl) return searchByLinkedIn(ctx, person.linkedinUrl, properties, linkedinProperties);
  return undefined;
}
