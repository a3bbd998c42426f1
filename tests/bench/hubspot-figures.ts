// The campaign figure runs the real Dexie checkpoint; Node has no IndexedDB, so the tests' in-memory one stands in.
import 'fake-indexeddb/auto';
import { readContactsByEmail } from '../../lib/connectors/hubspot/bulk-read';
import { DOCUMENTED_BURST } from '../../lib/connectors/hubspot/http/limits';
import { createHubSpotConnector } from '../../lib/connectors/hubspot/hubspot-connector';
import { CAMPAIGN_CHUNK } from '../../lib/model/campaign';
import { campaignColdRig } from '../helpers/campaign-cold-rig';
import { FAKE_PORTAL_ID, syntheticEmail } from '../helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../helpers/hubspot-fake-rig';
import { judged, type Figure } from './report';

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
      'readContactsByEmail over 1,000 addresses: contacts batch read by email (100/call), contacts→deals and ' +
      'contacts→quotes associations (1,000/call each); requests counted at the fake. The synthetic contacts ' +
      'have no deals or quotes, so this is the floor: each 100 associated deals add a deals batch read, each ' +
      '100 quotes a quotes batch read, and open quotes a quotes→line items association (1,000/call) and a line ' +
      'items batch read (100/call).',
    details: { byPath: countByPath(core.log.map((r) => r.path)) },
  };
}

/** What the issue asks of a cold campaign check: at least this share of the documented request rate. */
const CAMPAIGN_COLD_MIN_SHARE = 0.8;

/**
 * The campaign check's cold path as the page drives it: `checkCampaignChunk` over 20,000 addresses in chunks of
 * CAMPAIGN_CHUNK, each reading what the cache lacks through the HubSpot connector and checkpointing it in Dexie,
 * against the fake enforcing the free tier's documented rolling window.
 */
async function campaignColdThroughput(): Promise<Figure[]> {
  const recipients = 20_000;
  const documented = DOCUMENTED_BURST.free; // 100 per 10 s, enforced by the fake like HubSpot's rolling window
  const rig = campaignColdRig(ANCHOR, {
    syntheticContacts: recipients,
    rateLimitPer10s: documented.max,
    fixedNow: false, // the fake's window slides with the simulated clock
  });
  const emails = Array.from({ length: recipients }, (_, i) => syntheticEmail(i));
  try {
    const started = rig.time.now;
    const verdicts = await rig.checkList(emails, CAMPAIGN_CHUNK);
    const elapsedS = (rig.time.now - started) / 1000;
    if (verdicts.length !== recipients) throw new Error(`checked ${verdicts.length} of ${recipients}`);
    const requests = rig.core.log.length;
    const rejected = rig.core.log.filter((r) => r.status === 429).length;
    const answered = requests - rejected;
    const maxPerS = documented.max / (documented.intervalMs / 1000);
    const achieved = answered / elapsedS;
    // After the first interval the limiter's initial burst no longer counts: the rate a long list runs at.
    const steadyFrom = started + documented.intervalMs;
    const steadyCount = rig.core.log.filter((r) => r.status !== 429 && r.at > steadyFrom).length;
    const steady = steadyCount / ((rig.time.now - steadyFrom) / 1000);
    const byStatus = Object.fromEntries(
      ['hold', 'clean', 'not_in_crm', 'unknown'].map((s) => [s, verdicts.filter((v) => v.status === s).length]),
    );
    const method =
      `checkCampaignChunk over ${recipients.toLocaleString('en-US')} uncached addresses in chunks of ` +
      `${CAMPAIGN_CHUNK.toLocaleString('en-US')} (Dexie on fake-indexeddb, checkpoint per address), through the ` +
      `HubSpot connector and the shared portal limiter (tier free: ${documented.max} per ` +
      `${documented.intervalMs / 1000} s), against the fake enforcing that rolling window with 429 + ` +
      'Retry-After. HTTP time is simulated (the limiter waits exactly, the network takes 0 ms) and Dexie time is ' +
      'not counted, so this measures pacing, not latency. Achieved rate = requests answered (not 429) / elapsed.';
    const details = {
      requests,
      rejected429: rejected,
      elapsedSimulatedS: elapsedS,
      verdicts: byStatus,
      checkpointRows: await rig.db.campaignFetched.count(),
    };
    return [
      judged({
        id: 'hubspot.campaign-cold.fraction-of-limit',
        group: GROUP,
        label: 'Campaign cold throughput: share of the documented request rate',
        unit: 'ratio',
        status: 'measured',
        values: { steady: steady / maxPerS, whole: achieved / maxPerS },
        budget: {
          of: 'steady',
          min: CAMPAIGN_COLD_MIN_SHARE,
          text: `≥ ${CAMPAIGN_COLD_MIN_SHARE * 100} % (issue 7)`,
        },
        notes: [
          `${answered} requests in ${elapsedS.toFixed(1)} simulated s, ${rejected} answered 429. The first ` +
            "10 s include the limiter's burst; at steady state it admits 85 per 10 s (limits.test.ts pins it).",
        ],
        method,
        details: { ...details, achievedPerS: achieved, steadyPerS: steady, documentedMaxPerS: maxPerS },
      }),
      judged({
        id: 'hubspot.campaign-cold.rejected-429',
        group: GROUP,
        label: 'Campaign cold throughput: requests answered 429',
        unit: 'calls',
        status: 'measured',
        values: { rejected429: rejected, total: requests },
        budget: { of: 'rejected429', max: 0, text: 'none' },
        method,
        details,
      }),
      {
        id: 'hubspot.campaign-cold.recipients-per-s',
        group: GROUP,
        label: 'Campaign cold throughput: recipients checked per second',
        unit: 'per_s',
        status: 'measured',
        values: { recipients: recipients / elapsedS, requests: achieved },
        n: recipients,
        method,
        details,
      },
    ];
  } finally {
    await rig.db.delete();
  }
}

function countByPath(paths: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const path of paths) counts[path] = (counts[path] ?? 0) + 1;
  return counts;
}

export async function hubspotFigures(): Promise<Figure[]> {
  return [await callsPerBrief(), await callsPer100(), ...(await campaignColdThroughput())];
}
