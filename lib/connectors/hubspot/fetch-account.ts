import { z } from 'zod';
import type { FoundAccount } from '../../model/account';
import { buildAccount } from '../../model/build-account';
import type { ContactPolicy } from '../../model/contact-policy';
import type { User } from '../../model/user';
import { fetchAssociations } from './fetch-associations';
import { HubSpotLookupError } from './fetch-contact';
import { batchRead, type FetchContext, optional } from './fetch-context';
import { fetchDeals } from './fetch-deals';
import { fetchQuotes } from './fetch-quotes';
import { mapContactPolicy, mapContacts, type PolicyMapOptions } from './map-contacts';
import { hubspotId } from './parse';

/** The most people an account view lists; bigger accounts say so instead of paging forever. */
const MAX_PEOPLE = 500;

const RecordHeader = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string().nullable().optional()),
});

export interface AccountReadOptions {
  contactProperties: readonly string[];
  linkedinProperties: readonly string[];
  flags: Pick<PolicyMapOptions, 'doNotCallProperty' | 'legalHoldProperty'>;
  owners: (referenced: ReadonlySet<string>, ctx: FetchContext) => Promise<readonly User[] | undefined>;
}

/**
 * A company or deal record's account, live: the record's name, its contacts (with the flags their contact
 * properties carry), their deals and open quotes. Subscription statuses are one call per person, so they are
 * not read for a whole account: that gap is reported, and each person's own brief reads them.
 * `undefined`: HubSpot answered that the record does not exist.
 */
export async function fetchAccount(
  ctx: FetchContext,
  record: { objectType: 'company' | 'deal'; id: string },
  options: AccountReadOptions,
): Promise<FoundAccount | undefined> {
  const isCompany = record.objectType === 'company';
  const type = isCompany ? 'companies' : 'deals';
  const header = await ctx.client.request({
    method: 'GET',
    path: `/crm/v3/objects/${type}/${encodeURIComponent(record.id)}`,
    query: { properties: isCompany ? 'name,domain' : 'dealname' },
    schema: RecordHeader,
  });
  if (!header.ok) {
    if (header.error.kind === 'not_found') return undefined;
    throw new HubSpotLookupError(`${record.objectType} read`, header.error);
  }
  const props = header.data.properties;
  const name = (isCompany ? props['name'] : props['dealname'])?.trim() || `${record.objectType} ${record.id}`;
  const domain = isCompany ? props['domain']?.trim().toLowerCase() || undefined : undefined;

  const links = await fetchAssociations(ctx, type, 'contacts', [record.id]);
  if (links === undefined) throw new HubSpotLookupError(`${record.objectType}→contacts read`, { kind: 'client' });
  const allIds = links.get(record.id) ?? [];
  const contactIds = allIds.slice(0, MAX_PEOPLE);
  if (allIds.length > MAX_PEOPLE) ctx.partial.push(`people: only the first ${MAX_PEOPLE} of ${allIds.length} listed`);

  const [contactsRead, deals, quotes] = await Promise.all([
    contactIds.length > 0
      ? batchRead(ctx, 'contacts', contactIds, options.contactProperties).then((r) =>
          optional(ctx, 'contacts batch read', r),
        )
      : Promise.resolve(undefined),
    contactIds.length > 0 ? fetchDeals(ctx, contactIds) : Promise.resolve([]),
    contactIds.length > 0 ? fetchQuotes(ctx, contactIds) : Promise.resolve([]),
  ]);
  const mapOptions = { portalId: ctx.portalId, now: ctx.now };
  const contacts = mapContacts(contactsRead ?? { results: [] }, {
    ...mapOptions,
    linkedinProperties: options.linkedinProperties,
  });
  ctx.partial.push(...contacts.partial);
  const policies: ContactPolicy[] = [];
  for (const raw of contactsRead?.results ?? []) {
    const mapped = mapContactPolicy({ contact: raw }, { ...mapOptions, ...options.flags });
    policies.push(...mapped.records);
    ctx.partial.push(...mapped.partial);
  }
  if (contactIds.length > 0) ctx.partial.push('subscription statuses: not read for the whole account (open a person)');

  // A deal record's account is that deal, not every deal its people are on.
  const accountDeals = isCompany ? deals : deals.filter((d) => d.id === hubspotId(ctx.portalId, 'deal', record.id));
  const referenced = new Set([...accountDeals, ...quotes].flatMap((r) => (r.ownerId ? [r.ownerId] : [])));
  const users = (await options.owners(referenced, ctx)) ?? [];

  return buildAccount(
    {
      name,
      ...(domain ? { domain } : {}),
      matchedBy: 'crm_record',
      contacts: contacts.records,
      policies,
      quotes,
      deals: accountDeals,
      users,
      partial: ctx.partial,
    },
    ctx.now,
  );
}
