import { readContactsByEmail } from '../../lib/connectors/hubspot/bulk-read';
import { DOCUMENTED_BURST } from '../../lib/connectors/hubspot/http/limits';
import { createHubSpotConnector } from '../../lib/connectors/hubspot/hubspot-connector';
import { FAKE_PORTAL_ID, syntheticEmail } from '../helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../helpers/hubspot-fake-rig';
import type { Figure } from './report';

const GROUP = 'HubSpot API use (fake HubSpot with documented shapes and limits, simulated clock)';
const ANCHOR = new Date('2026-11-23T10:00:00Z');
/** Contacts in the HubSpot fixtures with a brief worth reading (forms, quotes, deals, activity, flags). */
const BRIEF_CONTACTS = ['priya.raman@northwind-traders.com', 'dana.whitfield@contoso.io'];

function rig(options: { syntheticContacts?: number; rateLimitPer10s?: number } = {}) {
  return fakeHubSpotRig(ANCHOR, options);
}

/** Calls one cold brief costs: a fresh cache and connector per contact, every call counted at the fake. */
async function callsPerBrief(): Promise<Figure> {
  const perContact: Record<string, number> = {};
  for (const email of BRIEF_CONTACTS) {
    const { time, core, client } = rig();
    const connector = createHubSpotConnector({
      client,
      portalId: FAKE_PORTAL_ID,
      now: () => ANCHOR,
      timers: time.timers,
    });
    const found = await time.drive(connector.findPerson({ email, role: 'sender' }));
    if (!found) throw new Error(`the fake does not know ${email}`);
    perContact[email.split('@')[0]!] = core.log.length;
  }
  const counts = Object.values(perContact);
  return {
    id: 'hubspot.calls-per-brief.cold',
    group: GROUP,
    label: 'API calls per brief (cold cache)',
    unit: 'calls',
    status: 'measured',
    values: { min: Math.min(...counts), max: Math.max(...counts) },
    n: counts.length,
    samples: counts,
    method:
      'createHubSpotConnector.findPerson by email for each story contact of the fake (contact, deals, quotes with ' +
      'line items, owners, emails/calls/meetings, subscriptions, forms, email events); requests counted at the fake.',
    details: { perContact },
  };
}

/** Calls per 100 contacts when a list is read in bulk (campaign checks, prefetch). */
async function callsPer100(): Promise<Figure> {
  const contacts = 1000;
  const { time, core, client } = rig({ syntheticContacts: contacts });
  const emails = Array.from({ length: contacts }, (_, i) => syntheticEmail(i));
  const result = await time.drive(
    readContactsByEmail({ client, portalId: FAKE_PORTAL_ID, now: ANCHOR, partial: [] }, emails),
  );
  if (result.contacts.length !== contacts) throw new Error(`bulk read found ${result.contacts.length} of ${contacts}`);
  const calls = core.log.length;
  return {
    id: 'hubspot.calls-per-100-contacts.bulk',
    group: GROUP,
    label: 'API calls per 100 contacts (bulk read by email)',
    unit: 'calls',
    status: 'measured',
    values: { per100: (calls / contacts) * 100, total: calls },
    n: contacts,
    method:
      'readContactsByEmail over 1,000 addresses: contacts batch read by email (100/call), contacts→deals ' +
      'associations (1,000/call), deals batch read; requests counted at the fake.',
  };
}

/** How close a cold bulk read runs to HubSpot's documented limit without tripping it. */
async function bulkThroughput(): Promise<Figure[]> {
  const contacts = 30_000;
  const documented = DOCUMENTED_BURST.free; // 100 per 10 s, enforced by the fake like HubSpot's rolling window
  const { time, core, client } = rig({ syntheticContacts: contacts, rateLimitPer10s: documented.max });
  const emails = Array.from({ length: contacts }, (_, i) => syntheticEmail(i));
  const started = time.now;
  const result = await time.drive(
    readContactsByEmail({ client, portalId: FAKE_PORTAL_ID, now: ANCHOR, partial: [] }, emails),
  );
  const elapsedS = (time.now - started) / 1000;
  const calls = core.log.length;
  const rejected = core.log.filter((r) => r.status === 429).length;
  const maxPerS = documented.max / (documented.intervalMs / 1000);
  const achieved = calls / elapsedS;
  const method =
    `readContactsByEmail over ${contacts.toLocaleString('en-US')} addresses through the shared token bucket ` +
    `(tier free: ${documented.max} per ${documented.intervalMs / 1000} s, we allow ourselves 80 %), against the ` +
    'fake enforcing the documented rolling window with 429 + Retry-After. Time is simulated: the limiter waits ' +
    'exactly, the network takes 0 ms, so this measures pacing, not latency.';
  const details = { calls, rejected429: rejected, elapsedSimulatedS: elapsedS, contactsRead: result.contacts.length };
  return [
    {
      id: 'hubspot.bulk.throughput',
      group: GROUP,
      label: 'Cold bulk read: request rate',
      unit: 'per_s',
      status: 'measured',
      values: { achieved, documentedMax: maxPerS },
      method,
      details,
    },
    {
      id: 'hubspot.bulk.fraction-of-limit',
      group: GROUP,
      label: 'Cold bulk read: share of the documented limit used',
      unit: 'ratio',
      status: 'measured',
      values: { ofMax: achieved / maxPerS },
      notes: [`${rejected} of ${calls} requests were answered 429 by the fake.`],
      method,
      details,
    },
  ];
}

export async function hubspotFigures(): Promise<Figure[]> {
  return [await callsPerBrief(), await callsPer100(), ...(await bulkThroughput())];
}
