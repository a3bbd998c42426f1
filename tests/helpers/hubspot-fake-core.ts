/**
 * Framework-free fake of the HubSpot endpoints the connector reads. Input: method, URL, headers, JSON body;
 * output: status, headers, JSON. The msw adapter (hubspot-fake.ts) and Playwright's `context.route` wrap it.
 * Data comes from tests/fixtures/hubspot; time tokens like "{{+9d}}" (ISO) and "{{-2d+95m|ms}}" (epoch ms)
 * are resolved against `now()` when a response is built.
 */
import associations from '../fixtures/hubspot/associations.json' with { type: 'json' };
import companies from '../fixtures/hubspot/companies.json' with { type: 'json' };
import contacts from '../fixtures/hubspot/contacts.json' with { type: 'json' };
import deals from '../fixtures/hubspot/deals.json' with { type: 'json' };
import campaigns from '../fixtures/hubspot/email-campaigns.json' with { type: 'json' };
import emailEvents from '../fixtures/hubspot/email-events-priya.json' with { type: 'json' };
import engagements from '../fixtures/hubspot/engagements.json' with { type: 'json' };
import error401 from '../fixtures/hubspot/error-401.json' with { type: 'json' };
import error429 from '../fixtures/hubspot/error-429.json' with { type: 'json' };
import formSubmissions from '../fixtures/hubspot/form-submissions.json' with { type: 'json' };
import lineItems from '../fixtures/hubspot/line-items.json' with { type: 'json' };
import owners from '../fixtures/hubspot/owners.json' with { type: 'json' };
import pipelines from '../fixtures/hubspot/pipelines-deals.json' with { type: 'json' };
import profilePriya from '../fixtures/hubspot/contact-profile-priya.json' with { type: 'json' };
import products from '../fixtures/hubspot/products.json' with { type: 'json' };
import quotes from '../fixtures/hubspot/quotes.json' with { type: 'json' };
import subscriptions from '../fixtures/hubspot/subscriptions.json' with { type: 'json' };

export const HUBSPOT_BASE = 'https://api.hubapi.com';
export const FAKE_PORTAL_ID = '4455667';
export const FAKE_TOKEN = 'pat-na1-00000000-fake-4455-667';

export interface FakeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeFailure {
  /** Matched against the path (no query), e.g. /\/quotes\/batch\/read$/. */
  path: RegExp;
  method?: string;
  status: number;
  /** How many matching requests fail; unlimited when omitted. */
  times?: number;
  body?: unknown;
}

export interface HubSpotFakeOptions {
  token?: string;
  now?: () => Date;
  /** Token bucket: at most this many requests per 10 s window (HubSpot's TEN_SECONDLY_ROLLING). Off when omitted. */
  rateLimitPer10s?: number;
  /** Forced failures (5xx, 403, …) checked after auth and rate limit. */
  failures?: FakeFailure[];
  /** Batch-read input ids (or emails) that come back in `errors[]` as INTERNAL_ERROR, making a partial 207. */
  batchErrorIds?: string[];
  /** Default page size where the caller sends no `limit` (HubSpot defaults to 10 for lists/search). */
  defaultPageSize?: number;
  /** Scopes the token reports (access-token-info); all Preflight needs when omitted. */
  scopes?: string[];
  /** Extra generated contacts `buyer<i>@bulk-<i % 40>.example` (every 20th opted out), for bulk reads. */
  syntheticContacts?: number;
  /** The portal's lists (Lists v3); DEFAULT_FAKE_LISTS when omitted. */
  lists?: FakeList[];
}

/** A list as the fake keeps it: the definition the search returns and its members' record ids. */
export interface FakeList {
  listId: string;
  name: string;
  /** `0-1` contacts, `0-2` companies. */
  objectTypeId: string;
  processingType: 'MANUAL' | 'DYNAMIC' | 'SNAPSHOT';
  memberIds: string[];
}

/** Id of a contact that was in a list and has since been deleted (batch read answers "not found"). */
export const DELETED_CONTACT_ID = '98765499999';

/**
 * The fixture portal's lists: a contact list of the fixture contacts plus one deleted member, a company list
 * (never offered for a campaign), and a list of every synthetic contact (empty unless `syntheticContacts`).
 */
export function defaultFakeLists(syntheticCount: number): FakeList[] {
  return [
    {
      listId: '101',
      name: 'Fleet webinar attendees',
      objectTypeId: '0-1',
      processingType: 'MANUAL',
      memberIds: ['98765432101', '98765430077', '98765433310', DELETED_CONTACT_ID],
    },
    { listId: '102', name: 'Partner companies', objectTypeId: '0-2', processingType: 'DYNAMIC', memberIds: ['1'] },
    {
      listId: '103',
      name: 'All bulk buyers',
      objectTypeId: '0-1',
      processingType: 'DYNAMIC',
      memberIds: Array.from({ length: syntheticCount }, (_, i) => String(70_000_000 + i)),
    },
  ];
}

/** Address of the i-th synthetic contact (see HubSpotFakeOptions.syntheticContacts). */
export function syntheticEmail(i: number): string {
  return `buyer${i}@bulk-${i % 40}.example`;
}

function syntheticContacts(count: number): CrmRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const id = String(70_000_000 + i);
    return {
      id,
      properties: {
        email: syntheticEmail(i),
        firstname: `Buyer`,
        lastname: `Number ${i}`,
        hs_email_optout: i % 20 === 0 ? 'true' : 'false',
        lastmodifieddate: '2026-10-01T10:00:00.000Z',
        createdate: '2026-01-01T10:00:00.000Z',
        hs_object_id: id,
      },
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-10-01T10:00:00.000Z',
      archived: false,
    };
  });
}

/** Every scope the fake token has by default (lib/connectors/hubspot/scopes.ts lists what Preflight needs). */
export const FAKE_SCOPES = [
  'oauth',
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.deals.read',
  'crm.objects.quotes.read',
  'crm.objects.line_items.read',
  'crm.objects.owners.read',
  'e-commerce',
  'sales-email-read',
  'forms',
  'content',
  'communication_preferences.read',
  'communication_preferences.write',
  'crm.lists.read',
];

/** A note written through the fake: what the HubSpot UI would show on the contacts' timelines. */
export interface FakeNote extends CrmRecord {
  contactIds: string[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  /** The fake's clock when the request arrived (ms since epoch). */
  at: number;
}

type Json = unknown;

const TOKEN = /^\{\{([+-]\d+(?:\.\d+)?)d(?:([+-]\d+)m)?(\|ms)?\}\}$/;

/** Replaces time tokens anywhere in a JSON value. */
export function resolveTimeTokens<T>(value: T, now: Date): T {
  const walk = (v: Json): Json => {
    if (typeof v === 'string') {
      const m = TOKEN.exec(v);
      if (!m) return v;
      const ms = now.getTime() + Number(m[1]) * 86_400_000 + Number(m[2] ?? 0) * 60_000;
      return m[3] ? ms : new Date(ms).toISOString();
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

interface CrmRecord {
  id: string;
  properties: Record<string, string | null>;
  [key: string]: unknown;
}

const OBJECTS: Record<string, CrmRecord[]> = {
  contacts: contacts as CrmRecord[],
  companies: companies as CrmRecord[],
  deals: deals as CrmRecord[],
  quotes: quotes as CrmRecord[],
  line_items: lineItems as CrmRecord[],
  products: products as CrmRecord[],
  emails: engagements.emails as CrmRecord[],
  calls: engagements.calls as CrmRecord[],
  meetings: engagements.meetings as CrmRecord[],
};

const OBJECT_TYPE_NAMES: Record<string, string> = {
  contacts: 'CONTACT',
  deals: 'DEAL',
  quotes: 'QUOTE',
  line_items: 'LINE_ITEM',
  products: 'PRODUCT',
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers: { 'content-type': 'application/json;charset=utf-8', ...headers }, body };
}

function errorBody(message: string, category: string, status = 'error'): Json {
  return { status, message, correlationId: '00000000-fake-4000-8000-000000000000', category };
}

function pick(record: CrmRecord, properties: readonly string[] | undefined): CrmRecord {
  const props: Record<string, string | null> = { hs_object_id: record.id };
  const wanted = properties && properties.length > 0 ? properties : Object.keys(record.properties);
  for (const name of wanted) if (name in record.properties) props[name] = record.properties[name] ?? null;
  return { ...record, properties: props };
}

function page<T>(items: readonly T[], after: string | undefined, limit: number, link: string) {
  const start = after ? Number.parseInt(after, 10) || 0 : 0;
  const slice = items.slice(start, start + limit);
  const next = start + limit < items.length ? String(start + limit) : undefined;
  return { slice, paging: next ? { next: { after: next, link: `${link}?after=${next}` } } : undefined };
}

interface SearchBody {
  filterGroups?: { filters?: { propertyName: string; operator: string; value?: string; values?: string[] }[] }[];
  properties?: string[];
  limit?: number;
  after?: string;
}

export class HubSpotFakeCore {
  readonly log: LoggedRequest[] = [];
  /** Notes created through POST /crm/v3/objects/notes, in order. */
  readonly notes: FakeNote[] = [];
  /** Per-address subscription changes made through POST /communication-preferences/v3/unsubscribe. */
  readonly unsubscribed: { email: string; subscriptionId: string }[] = [];
  private readonly options: Required<Omit<HubSpotFakeOptions, 'rateLimitPer10s' | 'lists'>> & {
    rateLimitPer10s?: number;
  };
  private readonly lists: FakeList[];
  private readonly hits: number[] = [];
  private readonly failureCounts = new Map<FakeFailure, number>();
  private readonly objects: Record<string, CrmRecord[]>;

  constructor(options: HubSpotFakeOptions = {}) {
    this.options = {
      token: options.token ?? FAKE_TOKEN,
      now: options.now ?? (() => new Date()),
      failures: options.failures ?? [],
      batchErrorIds: options.batchErrorIds ?? [],
      defaultPageSize: options.defaultPageSize ?? 10,
      scopes: options.scopes ?? FAKE_SCOPES,
      syntheticContacts: options.syntheticContacts ?? 0,
      ...(options.rateLimitPer10s !== undefined ? { rateLimitPer10s: options.rateLimitPer10s } : {}),
    };
    this.lists = options.lists ?? defaultFakeLists(this.options.syntheticContacts);
    this.objects = {
      ...OBJECTS,
      contacts: [...OBJECTS.contacts!, ...syntheticContacts(this.options.syntheticContacts)],
    };
  }

  handle(request: FakeRequest): FakeResponse {
    const url = new URL(request.url);
    const query = Object.fromEntries(url.searchParams.entries());
    const response = this.route(request.method.toUpperCase(), url, query, lowerKeys(request.headers), request.body);
    this.log.push({
      method: request.method.toUpperCase(),
      path: url.pathname,
      query,
      body: request.body,
      status: response.status,
      at: this.options.now().getTime(),
    });
    return { ...response, body: resolveTimeTokens(response.body, this.options.now()) };
  }

  private route(
    method: string,
    url: URL,
    query: Record<string, string>,
    headers: Record<string, string>,
    body: unknown,
  ): FakeResponse {
    const path = url.pathname.replace(/\/+$/, '');
    if (headers['authorization'] !== `Bearer ${this.options.token}`) return json(401, error401);

    const isSearch = path.endsWith('/search');
    const limit = this.options.rateLimitPer10s;
    let rateHeaders: Record<string, string> = {};
    if (limit !== undefined) {
      const now = this.options.now().getTime();
      while (this.hits.length > 0 && (this.hits[0] ?? 0) <= now - 10_000) this.hits.shift();
      if (this.hits.length >= limit) {
        const retryMs = (this.hits[0] ?? now) + 10_000 - now;
        const headers429 = isSearch
          ? {}
          : {
              ...this.rateLimitHeaders(limit, 0),
              'Retry-After': String(Math.max(1, Math.ceil(retryMs / 1000))),
            };
        return json(429, error429, headers429);
      }
      this.hits.push(now);
      // Search endpoints send no rate-limit headers (documented).
      if (!isSearch) rateHeaders = this.rateLimitHeaders(limit, limit - this.hits.length);
    }

    for (const failure of this.options.failures) {
      if (failure.method && failure.method.toUpperCase() !== method) continue;
      if (!failure.path.test(path)) continue;
      const used = this.failureCounts.get(failure) ?? 0;
      if (failure.times !== undefined && used >= failure.times) continue;
      this.failureCounts.set(failure, used + 1);
      return json(
        failure.status,
        failure.body ?? errorBody('Internal error (fake)', failure.status >= 500 ? 'INTERNAL_ERROR' : 'ERROR'),
        rateHeaders,
      );
    }

    const response = this.answer(method, path, query, body);
    return { ...response, headers: { ...response.headers, ...rateHeaders } };
  }

  private rateLimitHeaders(max: number, remaining: number): Record<string, string> {
    return {
      'X-HubSpot-RateLimit-Max': String(max),
      'X-HubSpot-RateLimit-Remaining': String(Math.max(0, remaining)),
      'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
    };
  }

  private answer(method: string, path: string, query: Record<string, string>, body: unknown): FakeResponse {
    let m: RegExpExecArray | null;
    const pageSize = (value: unknown, max: number) =>
      Math.min(max, Math.max(1, Number(value) || this.options.defaultPageSize));

    if (method === 'GET' && path === '/account-info/v3/details') {
      return json(200, {
        portalId: Number(FAKE_PORTAL_ID),
        accountType: 'STANDARD',
        timeZone: 'Europe/Berlin',
        companyCurrency: 'EUR',
        additionalCurrencies: ['USD'],
        utcOffset: '+01:00',
        utcOffsetMilliseconds: 3_600_000,
        uiDomain: 'app-eu1.hubspot.com',
        dataHostingLocation: 'eu1',
      });
    }
    if (method === 'POST' && path === '/oauth/v2/private-apps/get/access-token-info') {
      const tokenKey = (body as { tokenKey?: string } | undefined)?.tokenKey;
      if (tokenKey !== this.options.token) return json(400, errorBody('Invalid token key', 'VALIDATION_ERROR'));
      return json(200, { userId: 1290331, hubId: Number(FAKE_PORTAL_ID), appId: 3001, scopes: this.options.scopes });
    }
    if (path.startsWith('/crm/v3/lists/')) return this.listsApi(method, path, query, body);
    if (method === 'POST' && path === '/crm/v3/objects/notes') return this.createNote(body);
    if (method === 'POST' && path === '/crm/v3/objects/notes/search') {
      return this.searchNotes((body ?? {}) as SearchBody);
    }
    if (method === 'POST' && path === '/communication-preferences/v3/unsubscribe') return this.unsubscribe(body);
    if (method === 'POST' && (m = /^\/crm\/v3\/objects\/(\w+)\/batch\/read$/.exec(path))) {
      return this.batchRead(m[1] ?? '', body);
    }
    if (method === 'POST' && (m = /^\/crm\/v3\/objects\/(\w+)\/search$/.exec(path))) {
      return this.search(m[1] ?? '', (body ?? {}) as SearchBody, pageSize);
    }
    if (method === 'GET' && (m = /^\/crm\/v3\/objects\/(\w+)$/.exec(path))) {
      const records = this.objects[m[1] ?? ''];
      if (!records) return json(404, errorBody('Unknown object type', 'OBJECT_NOT_FOUND'));
      const props = query['properties']?.split(',');
      const { slice, paging } = page(records, query['after'], pageSize(query['limit'], 100), `${HUBSPOT_BASE}${path}`);
      return json(200, { results: slice.map((r) => pick(r, props)), ...(paging ? { paging } : {}) });
    }
    if (method === 'GET' && (m = /^\/crm\/v3\/objects\/(\w+)\/([^/]+)$/.exec(path))) {
      const records = this.objects[m[1] ?? ''] ?? [];
      const key = decodeURIComponent(m[2] ?? '');
      const found = records.find((r) =>
        query['idProperty'] ? r.properties[query['idProperty']]?.toLowerCase() === key.toLowerCase() : r.id === key,
      );
      return found
        ? json(200, pick(found, query['properties']?.split(',')))
        : json(404, errorBody('resource not found', 'OBJECT_NOT_FOUND'));
    }
    if (method === 'POST' && (m = /^\/crm\/v4\/associations\/(\w+)\/(\w+)\/batch\/read$/.exec(path))) {
      return this.associations(`${m[1]}/${m[2]}`, body);
    }
    if (method === 'GET' && path === '/crm/v3/pipelines/deals') return json(200, pipelines);
    if (method === 'GET' && path === '/crm/v3/owners') {
      const email = query['email']?.toLowerCase();
      const list = email ? owners.filter((o) => o.email === email) : owners;
      const { slice, paging } = page(list, query['after'], pageSize(query['limit'], 500), `${HUBSPOT_BASE}${path}`);
      return json(200, { results: slice, ...(paging ? { paging } : {}) });
    }
    if (method === 'GET' && path === '/email/public/v1/events') {
      const recipient = query['recipient']?.toLowerCase();
      let list = emailEvents.filter((e) => !recipient || e.recipient === recipient);
      if (query['eventType']) list = list.filter((e) => e.type === query['eventType']);
      if (query['campaignId']) list = list.filter((e) => String(e.emailCampaignId) === query['campaignId']);
      if (query['excludeFilteredEvents'] === 'true') list = list.filter((e) => e.filteredEvent !== true);
      const start = Number(query['offset'] ?? 0) || 0;
      const limit = pageSize(query['limit'], 1000);
      const slice = list.slice(start, start + limit);
      const hasMore = start + limit < list.length;
      return json(200, { hasMore, offset: String(start + slice.length), events: slice });
    }
    if (method === 'GET' && (m = /^\/email\/public\/v1\/campaigns\/(\d+)$/.exec(path))) {
      const found = campaigns.find((c) => String(c.id) === m?.[1]);
      return found ? json(200, found) : json(404, errorBody('Campaign not found', 'OBJECT_NOT_FOUND'));
    }
    if (method === 'GET' && (m = /^\/contacts\/v1\/contact\/email\/([^/]+)\/profile$/.exec(path))) {
      const email = decodeURIComponent(m[1] ?? '').toLowerCase();
      if (email === 'priya.raman@northwind-traders.com') return json(200, profilePriya);
      const contact = contacts.find((c) => c.properties.email === email);
      if (contact)
        return json(200, { vid: Number(contact.id), 'portal-id': Number(FAKE_PORTAL_ID), 'form-submissions': [] });
      return json(404, {
        status: 'error',
        message: 'contact does not exist',
        correlationId: 'fake',
        category: 'OBJECT_NOT_FOUND',
      });
    }
    if (method === 'GET' && (m = /^\/form-integrations\/v1\/submissions\/forms\/([\w-]+)$/.exec(path))) {
      const list = (formSubmissions as Record<string, unknown[]>)[m[1] ?? ''];
      if (!list) return json(404, errorBody('Form not found', 'OBJECT_NOT_FOUND'));
      const { slice, paging } = page(
        list,
        query['after'],
        pageSize(query['limit'] ?? 20, 50),
        `${HUBSPOT_BASE}${path}`,
      );
      return json(200, { results: slice, ...(paging ? { paging } : {}) });
    }
    if (method === 'GET' && (m = /^\/communication-preferences\/v3\/status\/email\/([^/]+)$/.exec(path))) {
      const email = decodeURIComponent(m[1] ?? '').toLowerCase();
      return json(200, this.subscriptionsOf(email));
    }
    return json(404, errorBody(`No fake for ${method} ${path}`, 'OBJECT_NOT_FOUND'));
  }

  /**
   * Lists v3, as documented (sources in lib/connectors/hubspot/fetch-lists.ts): 403 MISSING_SCOPES without
   * `crm.lists.read`; `POST /crm/v3/lists/search` pages by `offset`/`count` (default 20, at most 500) and filters by
   * name; `GET /crm/v3/lists/{id}/memberships` pages by `after`/`limit` (default 100, at most 250), by record id.
   */
  private listsApi(method: string, path: string, query: Record<string, string>, body: unknown): FakeResponse {
    if (!this.options.scopes.includes('crm.lists.read')) {
      return json(
        403,
        errorBody("This app hasn't been granted all required scopes to make this call.", 'MISSING_SCOPES'),
      );
    }
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/crm/v3/lists/search') {
      const b = (body ?? {}) as { query?: string; count?: number; offset?: number };
      const wanted = (b.query ?? '').toLowerCase();
      const found = this.lists.filter((l) => l.name.toLowerCase().includes(wanted));
      const offset = Math.max(0, Number(b.offset) || 0);
      const count = Math.min(500, Math.max(1, Number(b.count) || 20));
      const slice = found.slice(offset, offset + count);
      return json(200, {
        lists: slice.map(({ memberIds, ...list }) => ({
          ...list,
          listVersion: 1,
          processingStatus: 'COMPLETE',
          additionalProperties: { hs_list_size: String(memberIds.length) },
        })),
        hasMore: offset + count < found.length,
        offset: offset + slice.length,
        total: found.length,
      });
    }
    if (method === 'GET' && (m = /^\/crm\/v3\/lists\/(\d+)\/memberships$/.exec(path))) {
      const list = this.lists.find((l) => l.listId === m?.[1]);
      if (!list) return json(404, errorBody('List does not exist', 'OBJECT_NOT_FOUND'));
      const ids = [...list.memberIds].sort((a, b) => Number(a) - Number(b));
      const limit = Math.min(250, Math.max(1, Number(query['limit']) || 100));
      const { slice, paging } = page(ids, query['after'], limit, `${HUBSPOT_BASE}${path}`);
      const stamp = this.options.now().toISOString();
      return json(200, {
        results: slice.map((recordId) => ({ recordId, membershipTimestamp: stamp })),
        ...(paging ? { paging } : {}),
        total: ids.length,
      });
    }
    return json(404, errorBody(`No fake for ${method} ${path}`, 'OBJECT_NOT_FOUND'));
  }

  private subscriptionsOf(email: string) {
    type Status = { id: string; status: string; [key: string]: unknown };
    const found = (subscriptions as Record<string, { recipient: string; subscriptionStatuses: Status[] }>)[email];
    const statuses = (found?.subscriptionStatuses ?? []).map((s) =>
      this.unsubscribed.some((u) => u.email === email && u.subscriptionId === s.id)
        ? { ...s, status: 'NOT_SUBSCRIBED', sourceOfStatus: 'SUBSCRIPTION_STATUS' }
        : s,
    );
    return { recipient: email, subscriptionStatuses: statuses };
  }

  private unsubscribe(body: unknown): FakeResponse {
    const b = (body ?? {}) as { emailAddress?: string; subscriptionId?: string };
    const email = b.emailAddress?.toLowerCase();
    if (!email || !b.subscriptionId)
      return json(400, errorBody('emailAddress and subscriptionId are required', 'VALIDATION_ERROR'));
    const current = this.subscriptionsOf(email).subscriptionStatuses.find((s) => s.id === b.subscriptionId);
    if (!current) return json(400, errorBody('Unknown subscription', 'VALIDATION_ERROR'));
    if (current.status !== 'SUBSCRIBED') {
      return json(
        400,
        errorBody(`${email} is already unsubscribed from subscription ${b.subscriptionId}`, 'VALIDATION_ERROR'),
      );
    }
    this.unsubscribed.push({ email, subscriptionId: b.subscriptionId });
    return json(200, { ...current, status: 'NOT_SUBSCRIBED', sourceOfStatus: 'SUBSCRIPTION_STATUS' });
  }

  private createNote(body: unknown): FakeResponse {
    const b = (body ?? {}) as {
      properties?: Record<string, string>;
      associations?: { to?: { id?: string }; types?: { associationCategory?: string; associationTypeId?: number }[] }[];
    };
    const props = b.properties ?? {};
    if (!props['hs_timestamp'] || Number.isNaN(Date.parse(props['hs_timestamp']))) {
      return json(400, errorBody('Property "hs_timestamp" is required', 'VALIDATION_ERROR'));
    }
    if ((props['hs_note_body']?.length ?? 0) > 65_536) {
      return json(400, errorBody('hs_note_body is too long', 'VALIDATION_ERROR'));
    }
    const contactIds: string[] = [];
    for (const association of b.associations ?? []) {
      const typeOk = association.types?.some(
        (t) => t.associationCategory === 'HUBSPOT_DEFINED' && t.associationTypeId === 202,
      );
      const id = association.to?.id;
      if (!typeOk || !id || !contacts.some((c) => c.id === id)) {
        return json(400, errorBody('Invalid association', 'VALIDATION_ERROR'));
      }
      contactIds.push(id);
    }
    const stamp = this.options.now().toISOString();
    const id = String(81_234_567_000 + this.notes.length);
    const note: FakeNote = {
      id,
      properties: { ...props, hs_object_id: id, hs_createdate: stamp, hs_lastmodifieddate: stamp },
      createdAt: stamp,
      updatedAt: stamp,
      archived: false,
      contactIds,
    };
    this.notes.push(note);
    const { contactIds: _hidden, ...record } = note;
    return json(201, record);
  }

  private searchNotes(body: SearchBody & { sorts?: { propertyName: string; direction: string }[] }): FakeResponse {
    const filters = body.filterGroups?.[0]?.filters ?? [];
    const found = this.notes.filter((note) =>
      filters.every((f) => {
        if (f.propertyName === 'associations.contact') return note.contactIds.includes(String(f.value));
        if (f.propertyName === 'hs_timestamp' && f.operator === 'EQ') {
          return Date.parse(note.properties['hs_timestamp'] ?? '') === Number(f.value);
        }
        if (f.propertyName === 'hs_timestamp' && f.operator === 'GTE') {
          return Date.parse(note.properties['hs_timestamp'] ?? '') >= Number(f.value);
        }
        // A word of the body, `*` completing a partial one (the audit page's read of decision notes).
        if (f.propertyName === 'hs_note_body' && f.operator === 'CONTAINS_TOKEN') {
          const pattern = String(f.value)
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*');
          return new RegExp(pattern, 'i').test(note.properties['hs_note_body'] ?? '');
        }
        return true;
      }),
    );
    if (body.sorts?.[0]?.propertyName === 'hs_timestamp') {
      const sign = body.sorts[0].direction === 'DESCENDING' ? -1 : 1;
      const at = (n: FakeNote) => Date.parse(n.properties['hs_timestamp'] ?? '');
      found.sort((a, b) => (at(a) - at(b)) * sign);
    }
    // HubSpot search: at most 200 per page, and no page past the 10,000th result.
    const limit = Math.min(body.limit ?? 10, 200);
    if ((Number.parseInt(body.after ?? '0', 10) || 0) >= 10_000) {
      return json(400, errorBody('Search results are limited to 10,000', 'VALIDATION_ERROR'));
    }
    const { slice, paging } = page(found, body.after, limit, `${HUBSPOT_BASE}/crm/v3/objects/notes/search`);
    return json(200, {
      total: found.length,
      results: slice.map(({ contactIds: _c, ...r }) => pick(r, body.properties)),
      ...(paging ? { paging } : {}),
    });
  }

  private readonly indexes = new Map<string, Map<string, CrmRecord>>();

  /** Records by a unique property (lower-cased), built once: bulk benchmarks read tens of thousands. */
  private indexOf(type: string, records: CrmRecord[], property: string): Map<string, CrmRecord> {
    const key = `${type}.${property}`;
    let index = this.indexes.get(key);
    if (!index) {
      index = new Map();
      for (const r of records) {
        const value = property === 'hs_object_id' ? r.id : r.properties[property];
        if (value && !index.has(value.toLowerCase())) index.set(value.toLowerCase(), r);
      }
      this.indexes.set(key, index);
    }
    return index;
  }

  private batchRead(type: string, body: unknown): FakeResponse {
    const records = this.objects[type];
    if (!records) return json(404, errorBody('Unknown object type', 'OBJECT_NOT_FOUND'));
    const b = (body ?? {}) as { idProperty?: string; inputs?: { id: string }[]; properties?: string[] };
    const inputs = b.inputs ?? [];
    if (inputs.length > 100) {
      return json(400, errorBody('Batch input limit of 100 exceeded', 'VALIDATION_ERROR'));
    }
    const results: CrmRecord[] = [];
    const missing: string[] = [];
    const failed: string[] = [];
    for (const { id } of inputs) {
      if (this.options.batchErrorIds.includes(id)) {
        failed.push(id);
        continue;
      }
      const found = this.indexOf(type, records, b.idProperty ?? 'hs_object_id').get(id.toLowerCase());
      if (found) results.push(pick(found, b.properties));
      else missing.push(id);
    }
    const errors = [
      ...(missing.length > 0
        ? [
            {
              status: 'error',
              category: 'OBJECT_NOT_FOUND',
              message: `Could not get some ${OBJECT_TYPE_NAMES[type] ?? type.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`,
              context: { ids: missing },
            },
          ]
        : []),
      ...(failed.length > 0
        ? [
            {
              status: 'error',
              category: 'INTERNAL_ERROR',
              message: 'An internal error occurred (fake).',
              context: { ids: failed },
            },
          ]
        : []),
    ];
    const stamp = this.options.now().toISOString();
    const out = { status: 'COMPLETE', results, startedAt: stamp, completedAt: stamp };
    return errors.length > 0
      ? json(207, { ...out, numErrors: missing.length + failed.length, errors })
      : json(200, out);
  }

  private search(type: string, body: SearchBody, pageSize: (v: unknown, max: number) => number): FakeResponse {
    const records = this.objects[type];
    if (!records) return json(404, errorBody('Unknown object type', 'OBJECT_NOT_FOUND'));
    const groups = body.filterGroups ?? [];
    const byContact = engagements.byContact as Record<string, Record<string, string[]>>;
    const matches = (record: CrmRecord) =>
      groups.length === 0 ||
      groups.some((group) =>
        (group.filters ?? []).every((filter) => {
          const wanted = (filter.values ?? (filter.value !== undefined ? [filter.value] : [])).map((v) =>
            v.toLowerCase(),
          );
          if (filter.propertyName === 'associations.contact') {
            return wanted.some((contactId) => byContact[contactId]?.[type]?.includes(record.id) ?? false);
          }
          const actual = record.properties[filter.propertyName]?.toLowerCase() ?? null;
          switch (filter.operator) {
            case 'EQ':
            case 'IN':
              return actual !== null && wanted.includes(actual);
            case 'HAS_PROPERTY':
              return actual !== null;
            case 'GTE':
              return actual !== null && Date.parse(actual) >= Number(wanted[0]);
            default:
              return true;
          }
        }),
      );
    const now = this.options.now();
    const all = records.filter((r) => matches(resolveTimeTokens(r, now)));
    const { slice, paging } = page(
      all,
      body.after,
      pageSize(body.limit, 200),
      `${HUBSPOT_BASE}/crm/v3/objects/${type}/search`,
    );
    return json(200, {
      total: all.length,
      results: slice.map((r) => pick(r, body.properties)),
      ...(paging ? { paging } : {}),
    });
  }

  private associations(key: string, body: unknown): FakeResponse {
    const table = (associations as Record<string, Record<string, string[]>>)[key];
    const inputs = ((body ?? {}) as { inputs?: { id: string }[] }).inputs ?? [];
    if (inputs.length > 1000) return json(400, errorBody('Batch input limit of 1000 exceeded', 'VALIDATION_ERROR'));
    const results = [];
    const none: string[] = [];
    for (const { id } of inputs) {
      const to = table?.[id];
      if (to && to.length > 0) {
        results.push({
          from: { id },
          to: to.map((toId) => ({
            toObjectId: Number(toId),
            associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, label: null }],
          })),
        });
      } else none.push(id);
    }
    const stamp = this.options.now().toISOString();
    const out = { status: 'COMPLETE', results, startedAt: stamp, completedAt: stamp };
    if (none.length === 0) return json(200, out);
    return json(207, {
      ...out,
      numErrors: none.length,
      errors: [
        {
          status: 'error',
          category: 'OBJECT_NOT_FOUND',
          message: 'No associations found',
          context: { fromObjectId: none },
        },
      ],
    });
  }
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
