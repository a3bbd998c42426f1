import { fixedConnection } from './connection-manager';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_ANCHOR, demoSnapshot, dropDb, freshDb, PRIYA_EMAIL } from '../../tests/helpers/demo-db';
import type { PreflightDb } from '../../lib/cache/db';
import { seedIfEmpty } from '../../lib/cache/write/replace-workspace';
import type { Connector } from '../../lib/connectors/connector';
import { demoConnector } from '../../lib/connectors/demo/demo-connector';
import { ALEX_ID } from '../../lib/connectors/demo/people';
import { PRIYA_ID } from '../../lib/connectors/demo/story-contacts';
import type { ContactMatchCandidate } from '../../lib/connectors/types';
import { routeMessage, type HandlerContext, type Handlers } from '../../lib/messaging/router';
import type { MessageSenderLike, SenderPolicy } from '../../lib/messaging/sender';
import { BriefLookup } from '../../lib/model/brief';
import type { PageContext } from '../../lib/model/page-context';
import { tabContextKey } from '../../lib/messaging/tab-context-key';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { createHandlers } from './handlers';

const SAM = 'sam.patel@example.org';
const opened: PreflightDb[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map(dropDb));
});

/** The background's wiring, on a fresh fake-indexeddb database. `ready` seeds the demo like index.ts does. */
function setup(connector: Connector = demoConnector) {
  const db = freshDb();
  opened.push(db);
  const now = () => DEMO_ANCHOR;
  let seeding: Promise<void> | undefined;
  const ready = vi.fn(() => (seeding ??= seedIfEmpty(db, () => connector.snapshot!(now())).then(() => undefined)));
  const openSidebar = vi.fn(async () => true);
  const handlers = createHandlers({
    db,
    connection: fixedConnection(connector),
    loadSettings: async () => DEFAULT_SETTINGS,
    ready,
    now,
    openSidebar,
  });
  return { db, handlers, ready };
}

const sidebarCtx: HandlerContext = { sender: { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' } };
const gmailCtx = (tabId: number): HandlerContext => ({
  sender: { id: 'ext-id', url: 'https://mail.google.com/mail/u/0/', frameId: 0, tab: { id: tabId } },
  tabId,
});

function lookup(handlers: Handlers, person: Parameters<Handlers['brief/lookup']>[0]['person']) {
  return handlers['brief/lookup']({ type: 'brief/lookup', person }, sidebarCtx);
}

/** A connector that knows nobody beyond the demo snapshot and fails when asked. */
function failingConnector(): Connector {
  return {
    source: 'demo',
    snapshot: (now) => demoSnapshot(now),
    findPerson: vi.fn(() => Promise.reject(new Error('HTTP 503 from the CRM'))),
  };
}

const context: PageContext = {
  site: 'gmail',
  view: 'thread',
  title: 'Re: Quote Q-1042 for the annual plan',
  people: [{ email: PRIYA_EMAIL, name: 'Priya Raman', role: 'sender' }],
  observedAt: DEMO_ANCHOR.toISOString(),
};

describe("'brief/lookup'", () => {
  it('finds Priya by email with her brief, after the workspace is seeded', async () => {
    const { handlers, ready } = setup();
    const reply = await lookup(handlers, { email: PRIYA_EMAIL, role: 'sender' });
    expect(ready).toHaveBeenCalled();
    expect(() => BriefLookup.parse(reply)).not.toThrow();
    expect(reply.status).toBe('found');
    if (reply.status !== 'found') return;
    expect(reply.matchedBy).toBe('email');
    expect(reply.brief.contact.id).toBe(PRIYA_ID);
    expect(reply.brief.owner?.id).toBe(ALEX_ID);
    expect(reply.brief.quotes.map((q) => q.number)).toContain('Q-1042');
  });

  it('finds Priya by a LinkedIn URL variant', async () => {
    const { handlers } = setup();
    const reply = await lookup(handlers, {
      linkedinUrl: 'https://de.linkedin.com/in/priya-raman-4b2a1c/?originalSubdomain=uk',
      role: 'profile',
    });
    expect(reply).toMatchObject({ status: 'found', matchedBy: 'linkedin', brief: { contact: { id: PRIYA_ID } } });
  });

  it('finds Priya by her HubSpot record', async () => {
    const { handlers } = setup();
    const reply = await lookup(handlers, {
      crmRecord: { crm: 'hubspot', objectType: 'contact', id: '98765432101', portalId: '4455667' },
      role: 'record',
    });
    expect(reply).toMatchObject({ status: 'found', matchedBy: 'crm_id', brief: { contact: { id: PRIYA_ID } } });
  });

  it("says 'not_in_crm' for an unknown address and remembers the miss", async () => {
    const { handlers, db } = setup();
    const reply = await lookup(handlers, { email: SAM, role: 'recipient' });
    expect(reply).toEqual({ status: 'not_in_crm', email: SAM, checkedAt: DEMO_ANCHOR.toISOString() });
    expect(await db.lookupMisses.toArray()).toEqual([{ key: `email:${SAM}`, checkedAt: DEMO_ANCHOR.toISOString() }]);
  });

  it("says 'internal' for a colleague without touching the cache", async () => {
    const { handlers, db } = setup();
    const reply = await lookup(handlers, { email: 'Alex.Morgan@example.com', role: 'recipient' });
    expect(reply).toEqual({ status: 'internal', email: 'alex.morgan@example.com' });
    expect(await db.lookupMisses.count()).toBe(0);
  });

  it("says 'error' (never 'not_in_crm') when the connector fails for an unknown person", async () => {
    const connector = failingConnector();
    const { handlers, db } = setup(connector);
    const reply = await lookup(handlers, { email: SAM, role: 'recipient' });
    expect(reply.status).toBe('error');
    if (reply.status === 'error') expect(reply.message).toMatch(/could not/i);
    expect(connector.findPerson).toHaveBeenCalledOnce();
    expect(await db.lookupMisses.count()).toBe(0);
  });

  it('does not ask the connector about someone the cache knows', async () => {
    const connector = failingConnector();
    const { handlers } = setup(connector);
    const reply = await lookup(handlers, { email: PRIYA_EMAIL, role: 'sender' });
    expect(reply.status).toBe('found');
    expect(connector.findPerson).not.toHaveBeenCalled();
  });

  it('caches what the connector finds, then answers from the cache', async () => {
    const at = DEMO_ANCHOR.toISOString();
    const found: ContactMatchCandidate = {
      contacts: [
        {
          id: 'demo:contact:sam-patel',
          source: 'demo',
          crmIds: {},
          emails: [SAM],
          name: 'Sam Patel',
          updatedAt: at,
        },
      ],
      policies: [],
      forms: [],
      marketing: [],
      quotes: [],
      deals: [],
      outreach: [],
      users: [],
    };
    const connector: Connector = {
      source: 'demo',
      snapshot: (now) => demoSnapshot(now),
      findPerson: vi.fn(async () => found),
    };
    const { handlers, db } = setup(connector);

    const first = await lookup(handlers, { email: SAM, role: 'recipient' });
    expect(first).toMatchObject({ status: 'found', matchedBy: 'email', brief: { contact: { name: 'Sam Patel' } } });
    if (first.status === 'found') expect(first.brief.freshness.policy).toEqual({ fetchedAt: at, partial: false });
    expect(await db.contacts.get('demo:contact:sam-patel')).toBeDefined();

    await lookup(handlers, { email: SAM, role: 'recipient' });
    expect(connector.findPerson).toHaveBeenCalledOnce();
    expect(await db.lookupMisses.count()).toBe(0);
  });
});

describe("'page/context' and 'tab/context'", () => {
  it("stores the context under the sender's tab id in storage.session and reads it back", async () => {
    const { handlers } = setup();
    expect(await handlers['page/context']({ type: 'page/context', context }, gmailCtx(42))).toEqual({
      accepted: true,
    });
    expect(await fakeBrowser.storage.session.get(tabContextKey(42))).toEqual({ [tabContextKey(42)]: context });
    expect(await handlers['tab/context']({ type: 'tab/context', tabId: 42 }, sidebarCtx)).toEqual({ context });
    expect(await handlers['tab/context']({ type: 'tab/context', tabId: 43 }, sidebarCtx)).toEqual({ context: null });
  });

  it('refuses a report that has no sender tab', async () => {
    const { handlers } = setup();
    expect(await handlers['page/context']({ type: 'page/context', context }, sidebarCtx)).toEqual({ accepted: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps tabs apart: a later report replaces only its own tab', async () => {
    const { handlers } = setup();
    const other: PageContext = { ...context, title: 'Other thread', people: [] };
    await handlers['page/context']({ type: 'page/context', context }, gmailCtx(1));
    await handlers['page/context']({ type: 'page/context', context: other }, gmailCtx(2));
    await handlers['page/context']({ type: 'page/context', context: { ...other, view: 'thread_list' } }, gmailCtx(2));
    expect((await handlers['tab/context']({ type: 'tab/context', tabId: 1 }, sidebarCtx)).context).toEqual(context);
    expect((await handlers['tab/context']({ type: 'tab/context', tabId: 2 }, sidebarCtx)).context?.view).toBe(
      'thread_list',
    );
  });

  it.each<[string, unknown]>([
    ['a string', 'tab context'],
    ['an object missing fields', { site: 'gmail' }],
    ['an unknown site', { ...context, site: 'outlook' }],
    ['a person with a bad address', { ...context, people: [{ email: 'nope', role: 'sender' }] }],
  ])('returns null for a stored context that does not parse (%s)', async (_label, stored) => {
    const { handlers } = setup();
    await fakeBrowser.storage.session.set({ [tabContextKey(5)]: stored });
    expect(await handlers['tab/context']({ type: 'tab/context', tabId: 5 }, sidebarCtx)).toEqual({ context: null });
  });
});

describe("'workspace/status' and 'workspace/reset-demo'", () => {
  it('reports the seeded demo workspace', async () => {
    const { handlers } = setup();
    const { workspace } = await handlers['workspace/status']({ type: 'workspace/status' }, sidebarCtx);
    expect(workspace).toMatchObject({ source: 'demo', isDemo: true, currentUserId: ALEX_ID });
    expect(workspace?.contactCount).toBeGreaterThanOrEqual(306);
  });

  it('restores the demo after records were deleted', async () => {
    const { handlers, db } = setup();
    await handlers['workspace/status']({ type: 'workspace/status' }, sidebarCtx);
    const contactsBefore = await db.contacts.count();
    const quotesBefore = await db.quotes.count();
    await db.contacts.delete(PRIYA_ID);
    await db.quotes.clear();
    expect((await lookup(handlers, { email: PRIYA_EMAIL, role: 'sender' })).status).toBe('not_in_crm');

    const { workspace } = await handlers['workspace/reset-demo']({ type: 'workspace/reset-demo' }, sidebarCtx);

    expect(workspace).toMatchObject({ isDemo: true, contactCount: contactsBefore });
    expect(await db.contacts.count()).toBe(contactsBefore);
    expect(await db.quotes.count()).toBe(quotesBefore);
    expect(await db.lookupMisses.count()).toBe(0);
    const reply = await lookup(handlers, { email: PRIYA_EMAIL, role: 'sender' });
    expect(reply).toMatchObject({ status: 'found', brief: { contact: { id: PRIYA_ID } } });
  });

  it('refuses to reset a workspace that is not the demo', async () => {
    const hubspot: Connector = { source: 'hubspot', findPerson: async () => undefined };
    const { handlers } = setup(hubspot);
    await expect(handlers['workspace/reset-demo']({ type: 'workspace/reset-demo' }, sidebarCtx)).rejects.toThrow(
      /demo/,
    );
  });
});

const policy: SenderPolicy = {
  extensionId: 'ext-id',
  extensionBaseUrl: 'chrome-extension://ext-id/',
  contentHosts: ['mail.google.com', '*.linkedin.com'],
};
const sidebar: MessageSenderLike = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const gmailTab: MessageSenderLike = {
  id: 'ext-id',
  url: 'https://mail.google.com/mail/u/0/#inbox',
  frameId: 0,
  tab: { id: 9 },
};

describe('through routeMessage (the real router, a fake sender)', () => {
  it('answers a valid lookup with a validated envelope and records the miss', async () => {
    const { handlers, db } = setup();
    const reply = await routeMessage(
      { type: 'brief/lookup', person: { email: SAM, role: 'sender' } },
      sidebar,
      handlers,
      policy,
    );
    expect(reply).toEqual({
      ok: true,
      data: { status: 'not_in_crm', email: SAM, checkedAt: DEMO_ANCHOR.toISOString() },
    });
    expect(await db.lookupMisses.count()).toBe(1);
  });

  it.each<[string, unknown, MessageSenderLike, string]>([
    [
      'an extra key',
      { type: 'brief/lookup', person: { email: SAM, role: 'sender' }, force: true },
      sidebar,
      'invalid_message',
    ],
    [
      'a bad address',
      { type: 'brief/lookup', person: { email: `not-an-email`, role: 'sender' } },
      sidebar,
      'invalid_message',
    ],
    [
      'no identifying key',
      { type: 'brief/lookup', person: { name: 'Sam Patel', role: 'sender' } },
      sidebar,
      'invalid_message',
    ],
    [
      'a content script as sender',
      { type: 'brief/lookup', person: { email: SAM, role: 'sender' } },
      gmailTab,
      'forbidden_sender',
    ],
  ])('leaves the database untouched for a lookup with %s', async (_label, raw, sender, code) => {
    const { handlers, db, ready } = setup();
    const reply = await routeMessage(raw, sender, handlers, policy);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(ready).not.toHaveBeenCalled();
    expect(await db.lookupMisses.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });

  it('stores a content report under the tab id of the sender, not of the payload', async () => {
    const { handlers } = setup();
    const reply = await routeMessage({ type: 'page/context', context }, gmailTab, handlers, policy);
    expect(reply).toEqual({ ok: true, data: { accepted: true } });
    const back = await routeMessage({ type: 'tab/context', tabId: 9 }, sidebar, handlers, policy);
    expect(back).toEqual({ ok: true, data: { context } });
  });

  it('answers workspace/status with null (not an internal error) when the stored workspace row is damaged', async () => {
    const { handlers, db } = setup();
    await handlers['workspace/status']({ type: 'workspace/status' }, sidebarCtx);
    await db.meta.put({ key: 'workspace', value: { broken: true } as never });
    const reply = await routeMessage({ type: 'workspace/status' }, sidebar, handlers, policy);
    expect(reply).toEqual({ ok: true, data: { workspace: null } });
  });
});

describe('CRM writes requested from the sidebar', () => {
  it('queues lead feedback once per request id, with its marker, and starts the outbox', async () => {
    const { handlers, db } = setup();
    const request = {
      type: 'contact/feedback' as const,
      email: 'priya.raman@northwind-traders.com',
      verdict: 'not_ready' as const,
      text: 'Budget moves to Q3; call her in July.',
      requestId: 'f00dfeed-0000-4000-8000-000000000001',
    };
    expect(await handlers['contact/feedback'](request, sidebarCtx)).toMatchObject({ queued: true });
    expect(await handlers['contact/feedback'](request, sidebarCtx)).toMatchObject({ queued: false });
    const items = await db.outbox.toArray();
    expect(items).toHaveLength(1);
    const [note] = items;
    if (note?.kind !== 'timeline_note') throw new Error('expected a note');
    expect(note.payload.body).toContain('Budget moves to Q3');
    expect(note.payload.body.split('\n')[0]).toBe('Lead feedback: Not ready');
    expect(note.payload.marker).toBe('[preflight-feedback:f00dfeed-0000-4000-8000-000000000001]');
    expect(note.source).toBe('demo');
  });

  it('queues "stop marketing emails" once per address and day', async () => {
    const { handlers, db } = setup();
    const request = {
      type: 'contact/stop-marketing' as const,
      email: 'dana.whitfield@contoso.io',
      reason: 'Asked on the phone: no newsletters',
    };
    expect(await handlers['contact/stop-marketing'](request, sidebarCtx)).toMatchObject({ queued: true });
    expect(await handlers['contact/stop-marketing'](request, sidebarCtx)).toMatchObject({ queued: false });
    expect((await db.outbox.toArray()).filter((item) => item.kind === 'stop_marketing')).toHaveLength(1);
    const listed = await handlers['outbox/list'](
      { type: 'outbox/list', email: 'dana.whitfield@contoso.io' },
      sidebarCtx,
    );
    expect(listed.items).toEqual([
      expect.objectContaining({ kind: 'stop_marketing', status: 'pending', label: 'Stop marketing emails' }),
    ]);
  });

  it('lists a failed write with its error and sends it again on Retry', async () => {
    const { handlers, db } = setup();
    await handlers['contact/feedback'](
      {
        type: 'contact/feedback',
        email: 'priya.raman@northwind-traders.com',
        verdict: 'good_fit',
        text: '',
        requestId: 'f00dfeed-0000-4000-8000-000000000009',
      },
      sidebarCtx,
    );
    const [item] = await db.outbox.toArray();
    await db.outbox.update(item!.id, { status: 'failed', attempts: 8, lastError: 'HubSpot writing the note: 400' });
    const before = await handlers['outbox/list'](
      { type: 'outbox/list', email: 'PRIYA.RAMAN@northwind-traders.com'.toLowerCase() },
      sidebarCtx,
    );
    expect(before.items[0]).toMatchObject({ status: 'failed', label: 'Lead feedback: Good fit' });
    expect(await handlers['outbox/retry']({ type: 'outbox/retry', id: item!.id }, sidebarCtx)).toEqual({
      retried: true,
    });
    expect(await db.outbox.get(item!.id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await handlers['outbox/retry']({ type: 'outbox/retry', id: item!.id }, sidebarCtx)).toEqual({
      retried: false,
    });
  });

  it('refuses feedback without a verdict, or from a content script', async () => {
    const { handlers, db } = setup();
    const noVerdict = { type: 'contact/feedback', email: 'a@b.example', text: 'x', requestId: 'f00dfeed-0002' };
    expect(await routeMessage(noVerdict, sidebar, handlers, policy)).toMatchObject({ ok: false });
    const fromPage = { ...noVerdict, verdict: 'good_fit' };
    expect(await routeMessage(fromPage, gmailTab, handlers, policy)).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('fixing a match', () => {
  it('offers a possible match by name and company, and a confirmed link is used from then on', async () => {
    const { handlers } = setup();
    const person = { email: 'p.raman@northwind-traders.com', name: 'Priya Raman', role: 'sender' as const };
    const guess = await lookup(handlers, person);
    expect(guess).toMatchObject({ status: 'found', matchedBy: 'name_company' });
    const contactId = guess.status === 'found' ? guess.brief.contact.id : '';

    expect(await handlers['identity/link']({ type: 'identity/link', person, contactId }, sidebarCtx)).toEqual({
      saved: true,
    });
    expect(await lookup(handlers, person)).toMatchObject({ status: 'found', matchedBy: 'linked' });

    const rejected = await handlers['identity/link'](
      { type: 'identity/link', person, contactId: null, rejectedContactId: contactId },
      sidebarCtx,
    );
    expect(rejected).toEqual({ saved: true });
    expect(await lookup(handlers, person)).toMatchObject({ status: 'not_in_crm' });
  });

  it('refuses a link to a contact that does not exist', async () => {
    const { handlers } = setup();
    await lookup(handlers, { email: SAM, role: 'sender' }); // seeds the demo
    const reply = await handlers['identity/link'](
      { type: 'identity/link', person: { email: SAM, role: 'sender' }, contactId: 'demo:contact:nope' },
      sidebarCtx,
    );
    expect(reply).toEqual({ saved: false });
  });
});
