import type { HubSpotFakeCore } from './hubspot-fake-core';

/** A `fetch` answered by the fake core directly (no network, no msw): for tests that drive simulated time. */
export function fakeHubSpotFetch(core: HubSpotFakeCore): typeof fetch {
  return async (input, init) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const res = core.handle({ method: init?.method ?? 'GET', url, headers, body });
    return new Response(JSON.stringify(res.body), { status: res.status, headers: res.headers });
  };
}
