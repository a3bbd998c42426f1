import type { Connector } from '../connector';
import type { ContactMatchCandidate } from '../types';
import type { ContactPolicy } from '../../model/contact-policy';
import type { PersonOnPage } from '../../model/page-context';
import type { User } from '../../model/user';
import type { HubSpotClient } from './http/client';
import { mapContactPolicy, mapContacts } from './map-contacts';
import { CONTACT_PROPERTIES, fetchContact, type FoundContact } from './fetch-contact';
import type { FetchContext } from './fetch-context';
import { fetchDeals } from './fetch-deals';
import { type EmailActivity, fetchEmailEvents } from './fetch-email-events';
import { fetchEngagements } from './fetch-engagements';
import { fetchForms } from './fetch-forms';
import { fetchOwners } from './fetch-owners';
import { fetchQuotes } from './fetch-quotes';
import { fetchSubscriptions } from './fetch-subscriptions';

export { HubSpotLookupError } from './fetch-contact';

export interface HubSpotConnectorOptions {
  client: HubSpotClient;
  portalId: string;
  /** Lookup time: dates the records and sets the outreach window. */
  now: () => Date;
  /** Portal property that marks "do not call" (HubSpot has no standard one), e.g. `do_not_call`. */
  doNotCallProperty?: string;
  /** Portal property that marks a legal hold, e.g. `legal_hold`. */
  legalHoldProperty?: string;
}

export type HubSpotConnector = Connector & {
  /** What the last `findPerson` could not read (ids, field names, error kinds; no PII). */
  lastPartial(): string[];
};

const PROPERTY_NAME = /^[a-z][a-z0-9_]{0,99}$/;

/** Reads one person's brief from HubSpot: the contact, then its commercial records and activity, in parallel. */
export function createHubSpotConnector(options: HubSpotConnectorOptions): HubSpotConnector {
  const { client, portalId } = options;
  const extra = [options.doNotCallProperty, options.legalHoldProperty].filter(
    (p): p is string => p !== undefined && PROPERTY_NAME.test(p),
  );
  const contactProperties = [...new Set([...CONTACT_PROPERTIES, ...extra])];
  let last: string[] = [];

  async function brief(ctx: FetchContext, found: FoundContact): Promise<ContactMatchCandidate> {
    const noEmail = async <T>(label: string, empty: T): Promise<T> => {
      ctx.partial.push(`${label}: not read (contact has no email)`);
      return empty;
    };
    const email = found.email;
    const [deals, quotes, owners, outreach, subscriptions, forms, activity] = await Promise.all([
      fetchDeals(ctx, found.id),
      fetchQuotes(ctx, found.id),
      fetchOwners(ctx),
      fetchEngagements(ctx, found.id),
      email ? fetchSubscriptions(ctx, email) : noEmail('subscription status', undefined),
      email ? fetchForms(ctx, found.id, email) : noEmail('form submissions', []),
      email ? fetchEmailEvents(ctx, found.id, email) : noEmail<EmailActivity>('email events', { marketing: [] }),
    ]);

    const contacts = mapContacts({ results: [found.raw] }, { portalId, now: ctx.now });
    ctx.partial.push(...contacts.partial);
    const policy = mapContactPolicy(
      {
        contact: found.raw,
        ...(subscriptions !== undefined ? { subscriptions } : {}),
        ...(activity.events ? { events: activity.events } : {}),
      },
      {
        portalId,
        now: ctx.now,
        ...(options.doNotCallProperty ? { doNotCallProperty: options.doNotCallProperty } : {}),
        ...(options.legalHoldProperty ? { legalHoldProperty: options.legalHoldProperty } : {}),
      },
    );
    ctx.partial.push(...policy.partial);
    const policies: ContactPolicy[] = policy.records;

    // Only the owners this brief refers to.
    const referenced = new Set<string>([
      ...contacts.records.flatMap((c) => (c.ownerId ? [c.ownerId] : [])),
      ...deals.flatMap((d) => (d.ownerId ? [d.ownerId] : [])),
      ...quotes.flatMap((q) => (q.ownerId ? [q.ownerId] : [])),
      ...outreach.map((o) => o.byUserId),
    ]);
    const users: User[] = (owners ?? []).filter((u) => referenced.has(u.id));
    if (owners !== undefined) {
      for (const id of referenced) {
        if (!users.some((u) => u.id === id)) ctx.partial.push(`owner ${id.split(':').pop()}: not among owners read`);
      }
    }

    return {
      contacts: contacts.records,
      policies,
      forms,
      marketing: activity.marketing,
      quotes,
      deals,
      outreach,
      users,
    };
  }

  return {
    source: 'hubspot',
    lastPartial: () => [...last],
    async findPerson(person: PersonOnPage): Promise<ContactMatchCandidate | undefined> {
      const ctx: FetchContext = { client, portalId, now: options.now(), partial: [] };
      last = ctx.partial;
      const found = await fetchContact(ctx, person, contactProperties);
      if (!found) return undefined;
      const result = await brief(ctx, found);
      if (result.contacts.length === 0) ctx.partial.push(`contact ${found.id}: could not be mapped`);
      return result;
    },
  };
}
