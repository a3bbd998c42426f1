import { describe, expect, it } from 'vitest';
import { FAKE_TOKEN, HUBSPOT_BASE, HubSpotFakeCore } from '../../../tests/helpers/hubspot-fake-core';

const auth = { Authorization: `Bearer ${FAKE_TOKEN}` };
const post = (core: HubSpotFakeCore, path: string, body: unknown) =>
  core.handle({ method: 'POST', url: `${HUBSPOT_BASE}${path}`, headers: auth, body });

describe('HubSpot fake core', () => {
  it('answers a contacts batch read by email with 207 errors for unknown addresses', () => {
    const core = new HubSpotFakeCore();
    const res = post(core, '/crm/v3/objects/contacts/batch/read', {
      idProperty: 'email',
      properties: ['email', 'firstname'],
      inputs: [{ id: 'priya.raman@northwind-traders.com' }, { id: 'nobody@unknown-example.org' }],
    });
    expect(res.status).toBe(207);
    const body = res.body as {
      results: { id: string }[];
      numErrors: number;
      errors: { category: string; context: { ids: string[] } }[];
    };
    expect(body.results.map((r) => r.id)).toEqual(['98765432101']);
    expect(body.numErrors).toBe(1);
    expect(body.errors[0]).toMatchObject({
      category: 'OBJECT_NOT_FOUND',
      context: { ids: ['nobody@unknown-example.org'] },
    });
    expect(core.log).toHaveLength(1);
  });

  it('returns a partial 207 for configured batch errors', () => {
    const core = new HubSpotFakeCore({ batchErrorIds: ['91042'] });
    const res = post(core, '/crm/v3/objects/quotes/batch/read', { inputs: [{ id: '91042' }] });
    expect(res.status).toBe(207);
    expect((res.body as { errors: { category: string }[] }).errors[0]?.category).toBe('INTERNAL_ERROR');
  });

  it('paginates with paging.next.after', () => {
    const core = new HubSpotFakeCore();
    const first = core.handle({ method: 'GET', url: `${HUBSPOT_BASE}/crm/v3/owners?limit=3`, headers: auth });
    const body1 = first.body as { results: unknown[]; paging?: { next?: { after: string } } };
    expect(body1.results).toHaveLength(3);
    const after = body1.paging?.next?.after;
    expect(after).toBeDefined();
    const second = core.handle({
      method: 'GET',
      url: `${HUBSPOT_BASE}/crm/v3/owners?limit=3&after=${after}`,
      headers: auth,
    });
    const body2 = second.body as { results: unknown[]; paging?: unknown };
    expect(body2.results).toHaveLength(1);
    expect(body2.paging).toBeUndefined();
  });

  it('enforces its rate limit with the documented 429 body and headers', () => {
    let t = Date.parse('2026-09-02T10:00:00Z');
    const core = new HubSpotFakeCore({ rateLimitPer10s: 2, now: () => new Date(t) });
    const get = () => core.handle({ method: 'GET', url: `${HUBSPOT_BASE}/crm/v3/pipelines/deals`, headers: auth });
    expect(get().headers['X-HubSpot-RateLimit-Remaining']).toBe('1');
    expect(get().status).toBe(200);
    const limited = get();
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
    expect(limited.headers['Retry-After']).toBe('10');
    expect(limited.headers['X-HubSpot-RateLimit-Max']).toBe('2');
    t += 10_001;
    expect(get().status).toBe(200);
  });

  it('returns 401 for a bad token and configured 5xx failures', () => {
    const core = new HubSpotFakeCore({ failures: [{ path: /\/deals\/batch\/read$/, status: 503, times: 1 }] });
    const bad = core.handle({
      method: 'GET',
      url: `${HUBSPOT_BASE}/crm/v3/owners`,
      headers: { authorization: 'Bearer nope' },
    });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ category: 'INVALID_AUTHENTICATION' });
    expect(post(core, '/crm/v3/objects/deals/batch/read', { inputs: [{ id: '6120987' }] }).status).toBe(503);
    expect(post(core, '/crm/v3/objects/deals/batch/read', { inputs: [{ id: '6120987' }] }).status).toBe(200);
  });

  it('resolves time tokens in responses', () => {
    const now = new Date('2026-09-02T10:00:00Z');
    const core = new HubSpotFakeCore({ now: () => now });
    const res = post(core, '/crm/v3/objects/quotes/batch/read', {
      inputs: [{ id: '91042' }],
      properties: ['hs_expiration_date'],
    });
    const quote = (res.body as { results: { properties: { hs_expiration_date: string } }[] }).results[0];
    expect(quote?.properties.hs_expiration_date).toBe('2026-09-11T10:00:00.000Z');
  });
});
