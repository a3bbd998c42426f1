import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHubSpotClient, describePath, type HubSpotClientOptions } from './client';
import { createLimiterRegistry, type RequestLimiter } from './limits';
import { FakeTime, json } from './test-support';

const TOKEN = 'pat-na1-SECRET-TOKEN-123';
const contact = z.object({ id: z.string(), properties: z.object({ email: z.string() }) });
const CONTACT_PATH = '/crm/v3/objects/contacts/51234';
const okBody = { id: '51234', properties: { email: 'dana@acme.io' } };

const noLimit: RequestLimiter = { acquire: async () => {}, backOff: () => {} };

type FetchArgs = Parameters<typeof fetch>;

function setup(
  handler: (url: string, init: RequestInit, call: number) => Response | Promise<Response>,
  extra: Partial<HubSpotClientOptions> = {},
) {
  const time = new FakeTime();
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchFn = vi.fn(async (...[input, init]: FetchArgs) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    return handler(url, init ?? {}, calls.length);
  });
  const client = createHubSpotClient({
    token: async () => TOKEN,
    fetch: fetchFn as unknown as typeof fetch,
    clock: time.clock,
    sleep: time.sleep,
    timers: time.timers,
    random: () => 0.5,
    limits: noLimit,
    ...extra,
  });
  return { time, calls, fetchFn, client };
}

function expectNoSecret(value: unknown) {
  const text = JSON.stringify(value);
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain('SECRET');
  expect(text).not.toContain('dana@acme.io');
}

describe('createHubSpotClient', () => {
  it('sends a bearer GET to api.hubapi.com and parses the body', async () => {
    const { client, calls, time } = setup(() => json(okBody));
    const result = await time.drive(
      client.request({
        method: 'GET',
        path: CONTACT_PATH,
        query: { properties: ['email', 'firstname'], archived: false },
        schema: contact,
      }),
    );
    expect(result).toEqual({ ok: true, status: 200, data: okBody });
    expect(calls[0]?.url).toBe(
      'https://api.hubapi.com/crm/v3/objects/contacts/51234?archived=false&properties=email&properties=firstname',
    );
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]?.init.redirect).toBe('error');
  });

  it('sends JSON bodies', async () => {
    const { client, calls, time } = setup(() => json({ results: [] }));
    await time.drive(
      client.request({
        method: 'POST',
        path: '/crm/v3/objects/contacts/search',
        body: { limit: 10 },
        schema: z.object({ results: z.array(z.unknown()) }),
      }),
    );
    expect(calls[0]?.init.body).toBe('{"limit":10}');
    expect((calls[0]?.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it.each([
    'https://evil.example/crm/v3/objects/contacts/1',
    '//evil.example/crm/v3/',
    'crm/v3/objects/contacts/1',
    '/crm/v3/../../oauth/v1/token',
    '/crm/v3/objects/%2e%2e/%2e%2e/x',
    '/crm/v3/objects/contacts/1?x=https://evil',
    '/crm/v3/objects/contacts/1#frag',
    '/crm/v3//objects',
    '/crm/v3/objects\\..\\x',
    '/oauth/v1/token',
    '/marketing/v3/emails/1',
    '/crm/v3/objects/contacts/a b',
  ])('rejects %s before any fetch', async (path) => {
    const { client, fetchFn, time } = setup(() => json(okBody));
    const result = await time.drive(client.request({ method: 'GET', path, schema: contact }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('client');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('429 with Retry-After: 2 waits exactly 2 s, then succeeds', async () => {
    const { client, fetchFn, time } = setup((_url, _init, call) =>
      call === 1
        ? json({ status: 'error', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' }, 429, {
            'Retry-After': '2',
          })
        : json(okBody),
    );
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result.ok).toBe(true);
    expect(time.sleeps).toEqual([2000]);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(time.now).toBe(2000);
  });

  it('429 without Retry-After uses the interval header, else 10 s, and gives up after maxTries', async () => {
    let call = 0;
    const { client, fetchFn, time } = setup(() =>
      ++call === 1
        ? json({}, 429, { 'X-HubSpot-RateLimit-Interval-Milliseconds': '10000', 'X-HubSpot-RateLimit-Remaining': '0' })
        : json({ status: 'error', policyName: 'TEN_SECONDLY_ROLLING' }, 429),
    );
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'rate_limited', status: 429, retryAfterMs: 10_000 } });
    expect(time.sleeps).toEqual([10_000, 10_000]);
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it('a 429 pauses the shared portal limiter so other requests wait too', async () => {
    const time = new FakeTime();
    const registry = createLimiterRegistry({ clock: time.clock, sleep: time.sleep });
    const starts: number[] = [];
    let call = 0;
    const client = createHubSpotClient({
      token: async () => TOKEN,
      fetch: (async () => {
        starts.push(time.now);
        return ++call === 1 ? json({}, 429, { 'Retry-After': '3' }) : json(okBody);
      }) as typeof fetch,
      portalId: 4400123,
      limits: registry,
      clock: time.clock,
      sleep: time.sleep,
      timers: time.timers,
    });
    const first = client.request({ method: 'GET', path: CONTACT_PATH, schema: contact });
    await time.drive(first);
    const second = client.request({ method: 'GET', path: '/crm/v3/objects/contacts/2', schema: contact });
    await time.drive(second);
    expect(starts[0]).toBe(0);
    expect(starts.slice(1).every((t) => t >= 3000)).toBe(true);
  });

  it('daily limit 429 fails at once', async () => {
    const { client, fetchFn, time } = setup(() => json({ policyName: 'DAILY' }, 429));
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'rate_limited' } });
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('5xx is retried with full-jitter backoff, max 3 tries, then `server`', async () => {
    const { client, fetchFn, time } = setup(() => json({ message: 'oops dana@acme.io' }, 503));
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'server', status: 503 } });
    expect(fetchFn).toHaveBeenCalledTimes(3);
    expect(time.sleeps).toEqual([250, 500]); // random 0.5 × 500, 0.5 × 1000
    expectNoSecret(result);
  });

  it('5xx then success recovers', async () => {
    const { client, fetchFn, time } = setup((_u, _i, call) =>
      call < 3 ? new Response('', { status: 502 }) : json(okBody),
    );
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result.ok).toBe(true);
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it('does not retry a non-idempotent POST on 5xx', async () => {
    const { client, fetchFn, time } = setup(() => json({}, 500));
    const result = await time.drive(
      client.request({ method: 'POST', path: '/crm/v3/objects/notes', body: {}, schema: z.unknown() }),
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'server' } });
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('network TypeError → `network` after retries, without the error text', async () => {
    const { client, fetchFn, time } = setup(() => {
      throw new TypeError(`fetch failed for https://api.hubapi.com/crm/v3/objects/contacts/dana@acme.io ${TOKEN}`);
    });
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(fetchFn).toHaveBeenCalledTimes(3);
    expectNoSecret(result);
  });

  it('a request that never answers times out → `timeout`', async () => {
    const { client, fetchFn, time } = setup(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      { timeoutMs: 15_000, maxTries: 1 },
    );
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(time.now).toBe(15_000);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('timeouts are retried like network errors', async () => {
    const { client, fetchFn, time } = setup(
      (_url, init, call) =>
        call === 1
          ? new Promise<Response>((_resolve, reject) => {
              init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
            })
          : json(okBody),
      { timeoutMs: 1000 },
    );
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result.ok).toBe(true);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('10 parallel 401s call onUnauthorized exactly once, then retry with the fresh token', async () => {
    let current = TOKEN;
    const onUnauthorized = vi.fn(async () => {
      current = 'pat-na1-FRESH';
      return 'retry' as const;
    });
    const { client, calls, time } = setup(
      (_url, init) =>
        (init.headers as Record<string, string>).Authorization === 'Bearer pat-na1-FRESH'
          ? json(okBody)
          : json({}, 401),
      { token: async () => current, onUnauthorized },
    );
    const all = Array.from({ length: 10 }, (_, i) =>
      client.request({ method: 'GET', path: `/crm/v3/objects/contacts/${i}`, schema: contact }),
    );
    const results = await time.drive(Promise.all(all));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(calls).toHaveLength(20);
  });

  it("10 parallel 401s with 'fail' → one call, all `unauthorized`, token not leaked", async () => {
    const onUnauthorized = vi.fn(async () => 'fail' as const);
    const { client, fetchFn, time } = setup(() => json({ message: `bad token ${TOKEN}` }, 401), { onUnauthorized });
    const all = Array.from({ length: 10 }, (_, i) =>
      client.request({ method: 'GET', path: `/crm/v3/objects/contacts/${i}`, schema: contact }),
    );
    const results = await time.drive(Promise.all(all));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(fetchFn).toHaveBeenCalledTimes(10);
    for (const r of results) expect(r).toMatchObject({ ok: false, error: { kind: 'unauthorized', status: 401 } });
    expectNoSecret(results);
  });

  it('a 401 after the retry fails without a second onUnauthorized', async () => {
    const onUnauthorized = vi.fn(async () => 'retry' as const);
    const { client, fetchFn, time } = setup(() => json({}, 401), { onUnauthorized });
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('404 → not_found, 403 → client, neither retried', async () => {
    const { client, fetchFn, time } = setup((_u, _i, call) => json({}, call === 1 ? 404 : 403));
    const a = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    const b = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(a).toMatchObject({ ok: false, error: { kind: 'not_found', status: 404 } });
    expect(b).toMatchObject({ ok: false, error: { kind: 'client', status: 403 } });
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('schema mismatch → bad_response with the path, never the value', async () => {
    const { client, time } = setup(() => json({ id: '51234', properties: { email: 424242 } }));
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('bad_response');
    expect(result.error.message).toContain('properties.email');
    expect(result.error.message).not.toContain('424242');
  });

  it('masks record keys such as emails in the failing path', async () => {
    const byEmail = z.record(z.string(), z.object({ id: z.string() }));
    const { client, time } = setup(() => json({ 'dana@acme.io': { id: 7 } }));
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: byEmail }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad_response' } });
    expectNoSecret(result);
    expect(describePath(['results', 0, 'dana@acme.io', 'id'])).toBe('results.0.<key>.id');
  });

  it('non-JSON success body → bad_response', async () => {
    const { client, time } = setup(() => new Response('<html>dana@acme.io</html>', { status: 200 }));
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad_response' } });
    expectNoSecret(result);
  });

  it('concurrent identical GETs share one fetch; each caller parses with its own schema', async () => {
    const { client, fetchFn, time } = setup(() => json(okBody));
    const results = await time.drive(
      Promise.all([
        client.request({ method: 'GET', path: CONTACT_PATH, query: { a: '1', b: '2' }, schema: contact }),
        client.request({ method: 'GET', path: CONTACT_PATH, query: { b: '2', a: '1' }, schema: contact }),
        client.request({
          method: 'GET',
          path: CONTACT_PATH,
          query: { a: '1', b: '2' },
          schema: z.object({ id: z.number() }),
        }),
      ]),
    );
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(results[0]?.ok).toBe(true);
    expect(results[1]?.ok).toBe(true);
    expect(results[2]).toMatchObject({ ok: false, error: { kind: 'bad_response' } });
    // Once settled, a new request fetches again.
    await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, query: { a: '1', b: '2' }, schema: contact }));
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('POSTs share a fetch only with an explicit dedupeKey', async () => {
    const { client, fetchFn, time } = setup(() => json({ results: [] }));
    const req = { method: 'POST' as const, path: '/crm/v3/objects/contacts/search', body: {}, schema: z.unknown() };
    await time.drive(Promise.all([client.request(req), client.request(req)]));
    expect(fetchFn).toHaveBeenCalledTimes(2);
    await time.drive(
      Promise.all([client.request({ ...req, dedupeKey: 'k' }), client.request({ ...req, dedupeKey: 'k' })]),
    );
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it('no token available → unauthorized, no fetch', async () => {
    const { client, fetchFn, time } = setup(() => json(okBody), {
      token: async () => {
        throw new Error(`storage said ${TOKEN}`);
      },
    });
    const result = await time.drive(client.request({ method: 'GET', path: CONTACT_PATH, schema: contact }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(fetchFn).not.toHaveBeenCalled();
    expectNoSecret(result);
  });
});
