import { http, HttpResponse } from 'msw';
import { HUBSPOT_BASE, HubSpotFakeCore, type HubSpotFakeOptions } from './hubspot-fake-core';

export { FAKE_PORTAL_ID, FAKE_TOKEN, HUBSPOT_BASE, HubSpotFakeCore, resolveTimeTokens } from './hubspot-fake-core';
export type { HubSpotFakeOptions, LoggedRequest } from './hubspot-fake-core';

/**
 * msw v2 handlers answering https://api.hubapi.com/* from the fake core. Use with `setupServer(...handlers)`;
 * `core.log` holds every request for assertions.
 */
export function hubspotFakeHandlers(options: HubSpotFakeOptions = {}) {
  const core = new HubSpotFakeCore(options);
  const handler = http.all(`${HUBSPOT_BASE}/*`, async ({ request }) => {
    let body: unknown;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const raw = await request.text();
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return HttpResponse.json(
          { status: 'error', message: 'Invalid JSON', category: 'VALIDATION_ERROR' },
          { status: 400 },
        );
      }
    }
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const response = core.handle({ method: request.method, url: request.url, headers, body });
    return HttpResponse.json(response.body as Parameters<typeof HttpResponse.json>[0], {
      status: response.status,
      headers: response.headers,
    });
  });
  return { handlers: [handler], core };
}
