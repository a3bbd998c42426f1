import { checkCampaignChunk } from '../../entrypoints/background/campaign-check';
import type { PreflightDb } from '../../lib/cache/db';
import { createHubSpotConnector } from '../../lib/connectors/hubspot/hubspot-connector';
import { CAMPAIGN_CHUNK } from '../../lib/model/campaign';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { freshDb } from './demo-db';
import { FAKE_PORTAL_ID } from './hubspot-fake-core';
import { fakeHubSpotClient, fakeHubSpotRig } from './hubspot-fake-rig';

/**
 * The campaign check's cold path end to end on simulated time: `checkCampaignChunk` over an empty Dexie
 * (fake-indexeddb), with the real HubSpot connector on the fake. `restart()` is the service worker stopping:
 * a new client, limiter and connector; the same database and the same portal. The fake's clock is fixed at
 * `anchor` unless `fixedNow: false`, which a run against its rate window needs (the window slides with time).
 */
export function campaignColdRig(anchor: Date, options: NonNullable<Parameters<typeof fakeHubSpotRig>[1]> = {}) {
  const { time, core, client } = fakeHubSpotRig(anchor, { fixedNow: true, ...options });
  const db: PreflightDb = freshDb();
  const coldReadOn = (c: typeof client) => {
    const connector = createHubSpotConnector({
      client: c,
      portalId: FAKE_PORTAL_ID,
      now: () => anchor,
      timers: time.timers,
    });
    const read = connector.readContactsByEmail?.bind(connector);
    if (!read) throw new Error('the HubSpot connector has no bulk read');
    return read;
  };
  let coldRead = coldReadOn(client);

  /**
   * One chunk, as the page sends it. Only the HubSpot read runs on simulated time: Dexie on fake-indexeddb
   * works in real macrotasks, which `time.drive` would take for a stall.
   */
  const checkChunk = (emails: readonly string[], offer?: string) =>
    checkCampaignChunk(emails, offer, {
      db,
      settings: DEFAULT_SETTINGS,
      now: anchor,
      coldRead: (batch) => time.drive(coldRead(batch)),
    });

  /** A whole list in chunks of `chunk`, one after the other like the page does; `stopAfter` chunks, if given. */
  async function checkList(emails: readonly string[], chunk = CAMPAIGN_CHUNK, stopAfter = Infinity) {
    const verdicts = [];
    for (let i = 0, n = 0; i < emails.length && n < stopAfter; i += chunk, n++) {
      verdicts.push(...(await checkChunk(emails.slice(i, i + chunk))).verdicts);
    }
    return verdicts;
  }

  /** Addresses the fake answered in contact batch reads (a 429 answers nothing), in order. */
  const contactInputs = () =>
    core.log
      .filter((r) => r.path === '/crm/v3/objects/contacts/batch/read' && r.status !== 429)
      .flatMap((r) => ((r.body as { inputs?: { id: string }[] }).inputs ?? []).map((input) => input.id));

  return {
    time,
    core,
    db,
    checkChunk,
    checkList,
    contactInputs,
    restart() {
      coldRead = coldReadOn(fakeHubSpotClient(core, time));
    },
  };
}
