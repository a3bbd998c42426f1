import { createHubSpotClient, type HubSpotClient } from '../../lib/connectors/hubspot/http/client';
import { createPortalLimiter, type HubSpotTier } from '../../lib/connectors/hubspot/http/limits';
import { FakeTime } from '../../lib/connectors/hubspot/http/test-support';
import { FAKE_PORTAL_ID, FAKE_TOKEN, HubSpotFakeCore, type HubSpotFakeOptions } from './hubspot-fake-core';
import { fakeHubSpotFetch } from './hubspot-fake-fetch';

export interface FakeHubSpotRig {
  time: FakeTime;
  core: HubSpotFakeCore;
  client: HubSpotClient;
}

/**
 * A HubSpot client wired straight to the fake on a simulated clock: the limiter's waits, retries' backoff and
 * the fake's rate window all run on `time`, so `time.drive(promise)` finishes a long paced run instantly.
 */
export function fakeHubSpotRig(
  anchor: Date,
  options: HubSpotFakeOptions & { tier?: HubSpotTier; fixedNow?: boolean } = {},
): FakeHubSpotRig {
  const { tier = 'free', fixedNow = false, ...fakeOptions } = options;
  const time = new FakeTime();
  time.now = anchor.getTime();
  const core = new HubSpotFakeCore({ now: () => (fixedNow ? anchor : new Date(time.now)), ...fakeOptions });
  return { time, core, client: fakeHubSpotClient(core, time, tier) };
}

/**
 * A client on an existing fake and clock with a limiter of its own: what a restarted service worker builds
 * (its limiter starts afresh, the portal and its rolling window do not).
 */
export function fakeHubSpotClient(core: HubSpotFakeCore, time: FakeTime, tier: HubSpotTier = 'free'): HubSpotClient {
  return createHubSpotClient({
    token: async () => FAKE_TOKEN,
    fetch: fakeHubSpotFetch(core),
    portalId: FAKE_PORTAL_ID,
    clock: time.clock,
    sleep: time.sleep,
    timers: time.timers,
    random: () => 0.5,
    limits: createPortalLimiter({ tier, clock: time.clock, sleep: time.sleep }),
  });
}
