import type { ZodType } from 'zod';
import type { LimiterRegistry, RequestLimiter } from './limits';
import { buildUrl, type Query } from './paths';
import { failure, type HttpError, type Result } from './result';
import { backoffMs, rateLimitWait } from './retry';
import { realSleep, systemClock, type Clock, type Sleep } from './token-bucket';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface HubSpotClientOptions {
  /** Current access token; called before every try, so a refreshed token is picked up. */
  token: () => Promise<string>;
  fetch: typeof fetch;
  /** Key into a limiter registry; required to share a budget per portal when `limits` is a registry. */
  portalId?: string | number;
  clock?: Clock;
  sleep?: Sleep;
  /** A limiter, or a registry from which the limiter of `portalId` is taken. */
  limits: RequestLimiter | LimiterRegistry;
  timeoutMs?: number;
  /** Tries in total for 429, 5xx, network errors and timeouts (the 401 retry is extra). */
  maxTries?: number;
  /** Called once per expired token (single-flight across concurrent requests). */
  onUnauthorized?: () => Promise<'retry' | 'fail'>;
  random?: () => number;
  timers?: Timers;
}

export interface HubSpotRequest<T> {
  method: HttpMethod;
  path: string;
  query?: Query;
  body?: unknown;
  schema: ZodType<T>;
  /** Concurrent requests with the same key share one fetch. GETs are keyed by URL automatically. */
  dedupeKey?: string;
  /**
   * Whether 5xx, network errors and timeouts may be retried. Defaults to true for GET/PUT/DELETE and for POSTs
   * to `/search` and `/batch/read` (reads); false for other POSTs and PATCH, which might have been applied.
   */
  idempotent?: boolean;
}

export interface HubSpotClient {
  request<T>(req: HubSpotRequest<T>): Promise<Result<T>>;
}

type Raw = { ok: true; status: number; json: unknown } | { ok: false; error: HttpError };

type Attempt =
  { type: 'response'; status: number; headers: Headers; text: string } | { type: 'network' } | { type: 'timeout' };

const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A schema path without values: array indices and identifier-like keys stay, other keys (emails, ids) do not. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part) => {
      if (typeof part === 'number') return String(part);
      if (typeof part === 'string' && SAFE_KEY.test(part)) return part;
      return '<key>';
    })
    .join('.');
}

function defaultIdempotent(method: HttpMethod, path: string): boolean {
  if (method === 'GET' || method === 'PUT' || method === 'DELETE') return true;
  return method === 'POST' && (path.endsWith('/search') || path.endsWith('/batch/read'));
}

export function createHubSpotClient(options: HubSpotClientOptions): HubSpotClient {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const timers = options.timers ?? realTimers;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxTries = Math.max(1, options.maxTries ?? 3);
  const limiter: RequestLimiter =
    'forPortal' in options.limits ? options.limits.forPortal(options.portalId ?? 'default') : options.limits;

  const inFlight = new Map<string, Promise<Raw>>();

  // 401 handling: `authGeneration` goes up each time onUnauthorized says 'retry'. A request whose token predates
  // the current generation just retries; only the first 401 of a generation calls onUnauthorized.
  let authGeneration = 0;
  let pendingAuth: Promise<'retry' | 'fail'> | undefined;
  let failedToken: string | undefined;

  function resolveUnauthorized(usedToken: string, usedGeneration: number): Promise<'retry' | 'fail'> {
    if (usedGeneration < authGeneration) return Promise.resolve('retry');
    if (pendingAuth) return pendingAuth;
    const handler = options.onUnauthorized;
    if (!handler || failedToken === usedToken) return Promise.resolve('fail');
    const pending = (async (): Promise<'retry' | 'fail'> => {
      let outcome: 'retry' | 'fail' = 'fail';
      try {
        outcome = (await handler()) === 'retry' ? 'retry' : 'fail';
      } catch {
        outcome = 'fail';
      }
      if (outcome === 'retry') authGeneration += 1;
      else failedToken = usedToken;
      pendingAuth = undefined;
      return outcome;
    })();
    pendingAuth = pending;
    return pending;
  }

  async function attempt(method: HttpMethod, url: string, body: string | undefined, token: string): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      // redirect 'error': the background never follows HubSpot elsewhere with a bearer token.
      const response = await options.fetch(url, {
        method,
        headers,
        body,
        signal: controller.signal,
        redirect: 'error',
      });
      const text = await response.text();
      return { type: 'response', status: response.status, headers: response.headers, text };
    } catch {
      return timedOut ? { type: 'timeout' } : { type: 'network' };
    } finally {
      timers.clearTimeout(timer);
    }
  }

  async function execute(method: HttpMethod, url: string, path: string, body: unknown, idempotent: boolean) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    let tries = 0;
    let authRetried = false;
    for (;;) {
      tries += 1;
      await limiter.acquire(path);
      let token: string;
      try {
        token = await options.token();
      } catch {
        return failure('unauthorized', 'No HubSpot token is available');
      }
      const generation = authGeneration;
      const result = await attempt(method, url, payload, token);

      if (result.type !== 'response') {
        if (idempotent && tries < maxTries) {
          await sleep(backoffMs(tries, random));
          continue;
        }
        return result.type === 'timeout'
          ? failure('timeout', `HubSpot did not answer within ${timeoutMs} ms`)
          : failure('network', 'Could not reach HubSpot');
      }

      const { status } = result;
      if (status >= 200 && status < 300) {
        if (result.text.trim() === '') return { ok: true as const, status, json: undefined };
        try {
          return { ok: true as const, status, json: JSON.parse(result.text) as unknown };
        } catch {
          return failure('bad_response', 'HubSpot returned a body that is not JSON', { status });
        }
      }
      if (status === 401) {
        if (!authRetried && (await resolveUnauthorized(token, generation)) === 'retry') {
          authRetried = true;
          tries -= 1; // the auth retry does not use up a transient try
          continue;
        }
        return failure('unauthorized', 'HubSpot rejected the access token', { status });
      }
      if (status === 429) {
        const { waitMs, daily } = rateLimitWait(result.headers, result.text, clock);
        limiter.backOff(path, waitMs);
        if (daily) return failure('rate_limited', 'HubSpot daily API limit reached', { status });
        if (tries < maxTries) {
          await sleep(waitMs);
          continue;
        }
        return failure('rate_limited', 'HubSpot rate limit reached', { status, retryAfterMs: waitMs });
      }
      if (status >= 500) {
        if (idempotent && tries < maxTries) {
          await sleep(backoffMs(tries, random));
          continue;
        }
        return failure('server', `HubSpot server error ${status}`, { status });
      }
      if (status === 404) return failure('not_found', 'HubSpot has no such record', { status });
      return failure('client', `HubSpot refused the request (${status})`, { status });
    }
  }

  function parse<T>(raw: Raw, schema: ZodType<T>): Result<T> {
    if (!raw.ok) return raw;
    const parsed = schema.safeParse(raw.json);
    if (parsed.success) return { ok: true, data: parsed.data, status: raw.status };
    const issue = parsed.error.issues[0];
    const where = describePath(issue?.path ?? []);
    return failure('bad_response', `HubSpot response did not match the expected shape at ${where} (${issue?.code})`, {
      status: raw.status,
    });
  }

  return {
    async request<T>(req: HubSpotRequest<T>): Promise<Result<T>> {
      const built = buildUrl(req.path, req.query);
      if (!built.ok) return failure('client', `Refused HubSpot request: ${built.reason}`);
      const idempotent = req.idempotent ?? defaultIdempotent(req.method, req.path);
      const key = req.dedupeKey ?? (req.method === 'GET' ? `GET ${built.url}` : undefined);
      if (key === undefined)
        return parse(await execute(req.method, built.url, req.path, req.body, idempotent), req.schema);
      let shared = inFlight.get(key);
      if (!shared) {
        shared = execute(req.method, built.url, req.path, req.body, idempotent).finally(() => inFlight.delete(key));
        inFlight.set(key, shared);
      }
      // Each caller parses the shared raw answer with its own schema.
      return parse(await shared, req.schema);
    },
  };
}
