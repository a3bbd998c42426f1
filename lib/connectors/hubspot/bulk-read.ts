import type { ContactsByEmail } from '../types';
import { CONTACT_PROPERTIES } from './fetch-contact';
import { batchRead, describeError, type FetchContext } from './fetch-context';
import { DEAL_PROPERTIES } from './fetch-deals';
import { inChunks } from './http/batch';
import { invertLinks, mapAssociations, mapDeals } from './map-commercial';
import { mapContactPolicy, mapContacts, notFoundInputs, otherBatchErrors } from './map-contacts';
import { AssociationBatchResponse, BatchReadResponse } from './payloads';

export type BulkReadResult = ContactsByEmail;

const CONTACTS_PER_CALL = 100;
const ASSOCIATIONS_PER_CALL = 1000;

/**
 * Many contacts by email in as few calls as HubSpot allows (crm-api-facts.md §9): contacts batch read by
 * `email` (100 per call, opt-out flags come with them), contacts→deals associations (1000 per call), deals
 * batch read (100 per call). Calls go through the shared limiter, so a big list paces itself.
 */
export async function readContactsByEmail(
  ctx: FetchContext,
  emails: readonly string[],
  flags: { doNotCallProperty?: string; legalHoldProperty?: string } = {},
): Promise<BulkReadResult> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const extra = [flags.doNotCallProperty, flags.legalHoldProperty].filter((p): p is string => Boolean(p));
  const properties = [...new Set([...CONTACT_PROPERTIES, ...extra])];
  const out: BulkReadResult = { contacts: [], policies: [], deals: [], notFound: [], unknown: [], partial: [] };
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

  const links = new Map<string, string[]>();
  for (const ids of inChunks(hubspotIds, ASSOCIATIONS_PER_CALL)) {
    const answer = await ctx.client.request({
      method: 'POST',
      path: '/crm/v4/associations/contacts/deals/batch/read',
      body: { inputs: ids.map((id) => ({ id })) },
      schema: AssociationBatchResponse,
    });
    if (!answer.ok) {
      out.partial.push(`contacts→deals associations: not read (${describeError(answer.error)})`);
      continue;
    }
    const mapped = mapAssociations(answer.data, 'contacts→deals');
    out.partial.push(...mapped.partial);
    for (const [from, to] of mapped.links) links.set(from, to);
  }
  const dealIds = [...new Set([...links.values()].flat())];
  if (dealIds.length > 0) {
    const deals = await batchRead(ctx, 'deals', dealIds, DEAL_PROPERTIES);
    if (deals.ok) {
      const mapped = mapDeals(
        { deals: deals.data, contactsByDeal: invertLinks(links) },
        { portalId: ctx.portalId, now: ctx.now },
      );
      out.deals.push(...mapped.records);
      out.partial.push(...mapped.partial);
    } else {
      out.partial.push(`deals batch read: not read (${describeError(deals.error)})`);
    }
  }
  return out;
}
