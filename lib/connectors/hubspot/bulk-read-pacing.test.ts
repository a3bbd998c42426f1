import { describe, expect, it } from 'vitest';
import { FAKE_PORTAL_ID, FAKE_TOKEN, HubSpotFakeCore, syntheticEmail } from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotFetch } from '../../../tests/helpers/hubspot-fake-fetch';
import { readContactsByEmail } from './bulk-read';
import { createHubSpotClient } from './http/client';
import { createPortalLimiter, DOCUMENTED_BURST } from './http/limits';
import { FakeTime } from './http/test-support';

const anchor = new Date('2026-11-23T10:00:00Z');

/**
 * The limiter against the fake's documented rolling window when the network is not instant: each request takes
 * 50–500 ms on the way there (HubSpot counts it on arrival) and the answer 50 ms back, all on simulated time.
 */
function slowNetworkRig(contacts: number) {
  const time = new FakeTime();
  time.now = anchor.getTime();
  const core = new HubSpotFakeCore({
    now: () => new Date(time.now),
    syntheticContacts: contacts,
    rateLimitPer10s: DOCUMENTED_BURST.free.max,
  });
  const answer = fakeHubSpotFetch(core);
  let seed = 7;
  const delay = () => {
    seed = (seed * 48_271) % 2_147_483_647; // deterministic pseudo-random, so a failure replays
    return 50 + (seed % 451);
  };
  const slowFetch: typeof fetch = async (input, init) => {
    await time.sleep(delay());
    const response = await answer(input, init);
    await time.sleep(50);
    return response;
  };
  const client = createHubSpotClient({
    token: async () => FAKE_TOKEN,
    fetch: slowFetch,
    portalId: FAKE_PORTAL_ID,
    clock: time.clock,
    sleep: time.sleep,
    timers: time.timers,
    random: () => 0.5,
    limits: createPortalLimiter({ tier: 'free', clock: time.clock, sleep: time.sleep }),
  });
  return { time, core, client };
}

describe('bulk read pacing on a slow network', () => {
  it('reads 40,000 contacts with no 429 and, after the first burst, above 80 % of the documented rate', async () => {
    const contacts = 40_000;
    const { time, core, client } = slowNetworkRig(contacts);
    const emails = Array.from({ length: contacts }, (_, i) => syntheticEmail(i));
    const started = time.now;
    const result = await time.drive(
      readContactsByEmail({ client, portalId: FAKE_PORTAL_ID, now: anchor, partial: [] }, emails),
    );
    expect(result.contacts).toHaveLength(contacts);
    expect(core.log.filter((r) => r.status === 429)).toEqual([]);
    // From the end of the first interval on, so the limiter's initial burst does not flatter the rate.
    const steadyFrom = started + 10_000;
    const steady = core.log.filter((r) => r.at > steadyFrom).length / ((time.now - steadyFrom) / 1000);
    expect(steady / 10).toBeGreaterThanOrEqual(0.8);
  });
});
