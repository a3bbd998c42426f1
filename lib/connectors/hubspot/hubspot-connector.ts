import type { Connector } from '../connector';
import type { ContactMatchCandidate, PartialBySection } from '../types';
import type { BriefSectionName } from '../../model/brief';
import type { ContactPolicy } from '../../model/contact-policy';
import type { PersonOnPage } from '../../model/page-context';
import type { User } from '../../model/user';
import type { HubSpotClient, Timers } from './http/client';
import { createContactReadBatcher } from './contact-read-batcher';
import { mapContactPolicy, mapContacts, type PolicyMapOptions } from './map-contacts';
import { CONTACT_PROPERTIES, fetchContact, type FoundContact } from './fetch-contact';
import type { FetchContext } from './fetch-context';
import { readContactsByEmail } from './bulk-read';
import { fetchAccount } from './fetch-account';
import { fetchDeals } from './fetch-deals';
import { type EmailActivity, fetchEmailEvents } from './fetch-email-events';
import { fetchEngagements } from './fetch-engagements';
import { fetchForms } from './fetch-forms';
import { readListEmailsPage, searchContactLists } from './fetch-lists';
import { fetchOwners } from './fetch-owners';
import { fetchQuotes } from './fetch-quotes';
import { fetchSubscriptions } from './fetch-subscriptions';
import { fetchTeamDecisions } from './fetch-team-decisions';

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
  /** Contact properties holding a LinkedIn profile URL (default `hs_linkedin_url`); searched together. */
  linkedinProperties?: readonly string[];
  /** Timers for the read batcher's short collection window (tests pass simulated ones). */
  timers?: Timers;
  /**
   * Owners already known (read at connect and cached by the background). A brief that refers only to these
   * skips `GET /crm/v3/owners`; an owner missing from the list (hired since connect) triggers the read.
   */
  knownOwners?: () => Promise<readonly User[]>;
}

export type HubSpotConnector = Connector;

const PROPERTY_NAME = /^[a-z][a-z0-9_]{0,99}$/;

/** Reads one person's brief from HubSpot: the contact, then its commercial records and activity, in parallel. */
export function createHubSpotConnector(options: HubSpotConnectorOptions): HubSpotConnector {
  const { client, portalId } = options;
  const validName = (p: string | undefined): p is string => p !== undefined && PROPERTY_NAME.test(p);
  // The portal's own flag properties, in the shape every policy mapping and bulk read takes.
  const flags: Pick<PolicyMapOptions, 'doNotCallProperty' | 'legalHoldProperty'> = {
    ...(validName(options.doNotCallProperty) ? { doNotCallProperty: options.doNotCallProperty } : {}),
    ...(validName(options.legalHoldProperty) ? { legalHoldProperty: options.legalHoldProperty } : {}),
  };
  const extra = [flags.doNotCallProperty, flags.legalHoldProperty].filter(validName);
  const linkedinProperties = (options.linkedinProperties ?? ['hs_linkedin_url'])
    .filter((p) => PROPERTY_NAME.test(p))
    .slice(0, 5);
  const contactProperties = [...new Set([...CONTACT_PROPERTIES, ...extra, ...linkedinProperties])];
  // One batcher per connector: concurrent lookups (sidebars, a draft's recipients) share batch reads.
  const contactReads = createContactReadBatcher({
    client,
    properties: contactProperties,
    ...(options.timers ? { timers: options.timers } : {}),
  });
  /** The cached owners when they cover every referenced id; otherwise one read of the owners list. */
  async function ownersFor(referenced: ReadonlySet<string>, ctx: FetchContext): Promise<readonly User[] | undefined> {
    if (referenced.size === 0) return [];
    const known = options.knownOwners ? await options.knownOwners().catch(() => undefined) : undefined;
    if (known && [...referenced].every((id) => known.some((u) => u.id === id))) return known;
    return fetchOwners(ctx);
  }

  async function brief(ctx: FetchContext, found: FoundContact): Promise<ContactMatchCandidate> {
    // Each step reports into its own section's list, so a gap is shown on the section it affects.
    const sections: PartialBySection = {};
    const into = (section: BriefSectionName): FetchContext => ({ ...ctx, partial: (sections[section] ??= []) });
    const noEmail = async <T>(section: BriefSectionName, label: string, empty: T): Promise<T> => {
      into(section).partial.push(`${label}: not read (contact has no email)`);
      return empty;
    };
    const email = found.email;
    const [deals, quotes, outreach, subscriptions, forms, activity] = await Promise.all([
      fetchDeals(into('deals'), [found.id]),
      fetchQuotes(into('quotes'), [found.id]),
      fetchEngagements(into('outreach'), found.id),
      email ? fetchSubscriptions(into('policy'), email) : noEmail('policy', 'subscription status', undefined),
      email ? fetchForms(into('forms'), found.id, email) : noEmail('forms', 'form submissions', []),
      email
        ? fetchEmailEvents(into('marketing'), found.id, email)
        : noEmail<EmailActivity>('marketing', 'email events', { marketing: [] }),
    ]);
    ctx = into('policy');

    const contacts = mapContacts({ results: [found.raw] }, { portalId, now: ctx.now, linkedinProperties });
    ctx.partial.push(...contacts.partial);
    const policy = mapContactPolicy(
      {
        contact: found.raw,
        ...(subscriptions !== undefined ? { subscriptions } : {}),
        ...(activity.events ? { events: activity.events } : {}),
      },
      { portalId, now: ctx.now, ...flags },
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
    const owners = await ownersFor(referenced, into('outreach'));
    const users: User[] = (owners ?? []).filter((u) => referenced.has(u.id));
    if (owners !== undefined) {
      for (const id of referenced) {
        if (!users.some((u) => u.id === id))
          into('outreach').partial.push(`owner ${id.split(':').pop()}: not among owners read`);
      }
    }
    const partial = Object.fromEntries(
      Object.entries(sections).filter(([, list]) => list.length > 0),
    ) as PartialBySection;

    return {
      contacts: contacts.records,
      policies,
      forms,
      marketing: activity.marketing,
      quotes,
      deals,
      outreach,
      users,
      ...(Object.keys(partial).length > 0 ? { partial } : {}),
    };
  }

  return {
    source: 'hubspot',
    findAccount(record) {
      const ctx: FetchContext = { client, portalId, now: options.now(), partial: [], contactReads };
      return fetchAccount(ctx, record, { contactProperties, linkedinProperties, flags, owners: ownersFor });
    },
    fetchTeamDecisions: (since) => fetchTeamDecisions(client, since),
    readContactsByEmail(emails) {
      return readContactsByEmail({ client, portalId, now: options.now(), partial: [] }, emails, flags);
    },
    listContactLists(query) {
      return searchContactLists({ client, portalId, now: options.now(), partial: [] }, query);
    },
    readListEmails(listId, after) {
      return readListEmailsPage({ client, portalId, now: options.now(), partial: [] }, listId, after);
    },
    async findPerson(person: PersonOnPage): Promise<ContactMatchCandidate | undefined> {
      const ctx: FetchContext = { client, portalId, now: options.now(), partial: [], contactReads };
      const found = await fetchContact(ctx, person, contactProperties, linkedinProperties);
      if (!found) return undefined;
      const result = await brief(ctx, found);
      // Contact-level problems (e.g. a property that did not parse) belong to the policy section: they can hide a flag.
      const contactProblems = [
        ...ctx.partial,
        ...(result.contacts.length === 0 ? [`contact ${found.id}: could not be mapped`] : []),
      ];
      if (contactProblems.length > 0) {
        result.partial = { ...result.partial, policy: [...contactProblems, ...(result.partial?.policy ?? [])] };
      }
      return result;
    },
  };
}
