import type { HubSpotFakeCore } from '../helpers/hubspot-fake-core';
import type { FixtureHandler } from './types';

/** Hosts the HubSpot fake answers for (the background's only HubSpot origin). */
export const HUBSPOT_API_HOSTS = ['api.hubapi.com'];

/**
 * Serves the HubSpot fake at https://api.hubapi.com through the browser's request interception, so the
 * extension's service worker talks to it exactly as it would to HubSpot (Chromium's `context.route` sees
 * service-worker requests; Firefox's BiDi interception does not see the background's, see e2e-facts.md).
 */
export function hubspotFixture(core: HubSpotFakeCore): FixtureHandler {
  return (url, method, request) => {
    let body: unknown;
    if (request.body) {
      try {
        body = JSON.parse(request.body) as unknown;
      } catch {
        return { status: 400, contentType: 'application/json', body: '{"status":"error","message":"Invalid JSON"}' };
      }
    }
    const answer = core.handle({ method, url: url.toString(), headers: request.headers, body });
    return {
      status: answer.status,
      contentType: 'application/json;charset=utf-8',
      body: JSON.stringify(answer.body),
      headers: Object.fromEntries(Object.entries(answer.headers).filter(([k]) => k.toLowerCase() !== 'content-type')),
    };
  };
}
