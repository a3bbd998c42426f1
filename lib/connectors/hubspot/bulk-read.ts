import type { ContactsByEmail } from '../types';
import { CONTACT_PROPERTIES } from './fetch-contact';
import { readOpenQuotes } from './bulk-quotes';
import { fetchAssociationsInChunks } from './fetch-associations';
import { batchRead, describeError, type FetchContext } from './fetch-context';
import { DEAL_PROPERTIES } from './fetch-deals';
import { inChunks } from './http/batch';
import { invertLinks, mapDeals } from './map-commercial';
import { mapContactPolicy, mapContacts, notFoundInputs, otherBatchErrors } from './map-contacts';
import { BatchReadResponse } from './payloads';

export type BulkReadResult = ContactsByEmail;

const CONTACTS_PER_CALL = 100;

/**
 * Many contacts by email in as few calls as HubSpot allows (crm-api-facts.md §9): contacts batch read by
 * `email` (100 per call, opt-out flags come with them), then deals (see `readDeals`) and open quotes with their
 * terms (see bulk-quotes.ts). Rep emails and marketing emails have no batch read within the rate budget: the
 * caller must say they were not checked. Calls go through the shared limiter, so a big list paces itself.
 */
export async function readContactsByEmail(
  ctx: FetchContext,
  emails: readonly string[],
  flags: { doNotCallProperty?: string; legalHoldProperty?: string } = {},
): Promise<BulkReadResult> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const extra = [flags.doNotCallProperty, flags.legalHoldProperty].filter((p): p is string => Boolean(p));
  const properties = [...new Set([...CONTACT_PROPERTIES, ...extra])];
  const out: BulkReadResult = {
    contacts: [],
    policies: [],
    deals: [],
    quotes: [],
    notFound: [],
    unknown: [],
    partial: [],
  };
  const hubspotIds: string[] = [];

  const chunks = inChunks(wanted, CONTACTS_PER_CALL);
  const answers = await Promise.all(
    chunks.map((inputs) =>
      ctx.client.request({
        method: 'POST',
        path: '/crm/v3/objects/contacts/batch/read',
        body: { idProperty: 'email', properties, inputs: inputs.map((id) => ({ id })) },
        schema: BatchReadResponse,
      }),
    ),
  );
  answers.forEach((answer, index) => {
    const inputs = chunks[index] ?? [];
    if (!answer.ok) {
      out.unknown.push(...inputs);
      out.partial.push(`contacts batch ${index + 1}: not read (${describeError(answer.error)})`);
      return;
    }
    const mapped = mapContacts({ results: answer.data.results }, { portalId: ctx.portalId, now: ctx.now });
    out.contacts.push(...mapped.records);
    out.partial.push(...mapped.partial);
    for (const raw of answer.data.results) {
      const policy = mapContactPolicy({ contact: raw }, { portalId: ctx.portalId, now: ctx.now, ...flags });
      out.policies.push(...policy.records);
      out.partial.push(...policy.partial);
    }
    out.partial.push(...otherBatchErrors(answer.data, 'contacts'));
    const missing = new Set(notFoundInputs(answer.data).map((e) => e.toLowerCase()));
    const returned = new Set(mapped.records.flatMap((c) => c.emails));
    for (const email of inputs) {
      if (returned.has(email)) continue;
      (missing.has(email) ? out.notFound : out.unknown).push(email);
    }
  });
  for (const contact of out.contacts) if (contact.crmIds.hubspot) hubspotIds.push(contact.crmIds.hubspot.id);

  // Deals and open quotes are independent reads of the same contacts: both go to the limiter at once.
  const local: FetchContext = { ...ctx, partial: out.partial };
  const [deals, quotes] = await Promise.all([readDeals(local, hubspotIds), readOpenQuotes(local, hubspotIds)]);
  out.deals.push(...deals.deals);
  out.quotes.push(...quotes.quotes);
  dropIncomplete(out, new Set([...deals.unread, ...quotes.unread]), wanted);
  return out;
}

/** Deals of the contacts: contacts→deals associations (1000 per call), then deals batch read (100 per call). */
async function readDeals(
  ctx: FetchContext,
  hubspotIds: readonly string[],
): Promise<{ deals: BulkReadResult['deals']; unread: string[] }> {
  const { links, unread } = await fetchAssociationsInChunks(ctx, 'contacts', 'deals', hubspotIds);
  const dealIds = [...new Set([...links.values()].flat())];
  if (dealIds.length === 0) return { deals: [], unread };
  const deals = await batchRead(ctx, 'deals', dealIds, DEAL_PROPERTIES);
  if (!deals.ok) {
    ctx.partial.push(`deals batch read: not read (${describeError(deals.error)})`);
    return { deals: [], unread: [...unread, ...[...links].flatMap(([id, to]) => (to.length > 0 ? [id] : []))] };
  }
  const mapped = mapDeals(
    { deals: deals.data, contactsByDeal: invertLinks(links) },
    { portalId: ctx.portalId, now: ctx.now },
  );
  ctx.partial.push(...mapped.partial);
  return { deals: mapped.records, unread };
}

/**
 * A contact whose deals or quotes could not be read is unknown, not found: calling it clean would be a guess.
 * Its addresses move to `unknown` (asked again next run) and its records leave the result.
 */
function dropIncomplete(out: BulkReadResult, unreadHubSpotIds: ReadonlySet<string>, wanted: readonly string[]): void {
  if (unreadHubSpotIds.size === 0) return;
  const asked = new Set(wanted);
  const dropped = new Set(
    out.contacts.filter((c) => c.crmIds.hubspot && unreadHubSpotIds.has(c.crmIds.hubspot.id)).map((c) => c.id),
  );
  for (const contact of out.contacts) {
    if (dropped.has(contact.id)) out.unknown.push(...contact.emails.filter((e) => asked.has(e)));
  }
  out.contacts = out.contacts.filter((c) => !dropped.has(c.id));
  out.policies = out.policies.filter((p) => !dropped.has(p.contactId));
  out.deals = out.deals.filter((d) => !d.contactIds.some((id) => dropped.has(id)));
  out.quotes = out.quotes.filter((q) => !q.contactIds.some((id) => dropped.has(id)));
}
