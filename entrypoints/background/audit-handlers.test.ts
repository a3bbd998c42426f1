import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ANCHOR, dropDb, freshDb } from '../../tests/helpers/demo-db';
import type { PreflightDb } from '../../lib/cache/db';
import { seedIfEmpty } from '../../lib/cache/write/replace-workspace';
import type { Connector } from '../../lib/connectors/connector';
import { demoConnector } from '../../lib/connectors/demo/demo-connector';
import type { HandlerContext, Handlers } from '../../lib/messaging/router';
import { protocol, type ReplyOf, type RequestOf } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model/settings';
import type { Warning } from '../../lib/model/warning';
import { shown } from '../../lib/audit/test-support';
import { fixedConnection } from './connection-manager';
import { createHandlers } from './handlers';

const opened: PreflightDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map(dropDb));
});

function setup(connector: Connector = demoConnector, settings: Settings = DEFAULT_SETTINGS) {
  const db = freshDb();
  opened.push(db);
  const now = () => DEMO_ANCHOR;
  let seeding: Promise<void> | undefined;
  const ready = vi.fn(() => (seeding ??= seedIfEmpty(db, () => demoConnector.snapshot!(now())).then(() => undefined)));
  const handlers = createHandlers({
    db,
    connection: fixedConnection(connector),
    loadSettings: async () => settings,
    ready,
    now,
    openSidebar: async () => true,
  });
  return { db, handlers, ready };
}

const page: HandlerContext = { sender: { id: 'ext-id', url: 'chrome-extension://ext-id/audit.html' } };
const gmail: HandlerContext = {
  sender: { id: 'ext-id', url: 'https://mail.google.com/mail/u/0/', frameId: 0, tab: { id: 3 } },
  tabId: 3,
};

type AuditType = 'audit/rows' | 'audit/summary' | 'audit/team-refresh' | 'audit/purge';

/** Calls a handler and checks request and reply against the protocol, as the router and the page's client do. */
async function call<T extends AuditType>(
  handlers: Handlers,
  type: T,
  fields: Omit<RequestOf<T>, 'type'>,
): Promise<ReplyOf<T>> {
  const request = protocol[type].request.parse({ type, ...fields }) as RequestOf<T>;
  const handler = handlers[type] as (r: RequestOf<T>, c: HandlerContext) => Promise<unknown>;
  return protocol[type].reply.parse(await handler(request, page)) as ReplyOf<T>;
}

const dnc: Warning = {
  ruleId: 'do-not-contact',
  severity: 'block',
  recipient: 'dana.whitfield@contoso.io',
  title: 'Legal hold: do not contact Dana Whitfield',
  detail: 'Legal hold since March.',
  fix: 'Remove Dana.',
  evidence: [{ kind: 'policy', label: 'Legal hold' }],
};

async function recordLocal(handlers: Handlers, attemptId: string, action?: 'sent_anyway' | 'edited') {
  const base = { attemptId, recipients: [dnc.recipient!], warnings: [dnc], draftFingerprint: 'ab'.repeat(16) };
  await handlers['audit/record']({ type: 'audit/record', report: { kind: 'warnings_shown', ...base } }, gmail);
  if (action) {
    await handlers['audit/record'](
      { type: 'audit/record', report: { kind: 'decision', ...base, action, reason: 'Legal lifted the hold' } },
      gmail,
    );
  }
}

describe("'audit/rows'", () => {
  it('answers an empty log with no team read yet', async () => {
    const { handlers } = setup();
    const reply = await call(handlers, 'audit/rows', { query: {}, offset: 0, limit: 50 });
    expect(reply).toEqual({
      rows: [],
      total: 0,
      offset: 0,
      reps: [],
      teamFreshness: { source: 'demo', notes: 0, truncated: false },
    });
  });

  it('shows what this browser recorded, named from the workspace, and picks up a new entry at once', async () => {
    const { handlers, ready } = setup();
    await ready();
    await recordLocal(handlers, 'attempt-0001', 'sent_anyway');
    const first = await call(handlers, 'audit/rows', { query: {}, offset: 0, limit: 50 });
    expect(first.rows).toEqual([
      expect.objectContaining({
        attemptId: 'attempt-0001',
        repEmail: 'alex.morgan@example.com',
        repName: 'Alex Morgan',
        site: 'gmail',
        contact: 'dana.whitfield@contoso.io',
        company: 'Contoso',
        ruleId: 'do-not-contact',
        decision: 'sent_anyway',
        reason: 'Legal lifted the hold',
        origin: 'local',
      }),
    ]);
    expect(first.reps).toEqual([{ email: 'alex.morgan@example.com', name: 'Alex Morgan' }]);
    await recordLocal(handlers, 'attempt-0002');
    const second = await call(handlers, 'audit/rows', { query: { decisions: ['none'] }, offset: 0, limit: 50 });
    expect(second.rows.map((r) => r.attemptId)).toEqual(['attempt-0002']);
  });

  it('refuses pages larger than the protocol allows and unknown filters', () => {
    const rows = protocol['audit/rows'].request;
    expect(rows.safeParse({ type: 'audit/rows', query: {}, offset: 0, limit: 5000 }).success).toBe(false);
    expect(rows.safeParse({ type: 'audit/rows', query: { who: 'x' }, offset: 0, limit: 5 }).success).toBe(false);
  });
});

describe("'audit/team-refresh' and the merged log", () => {
  it("reads the demo team's month, merges it with the local log, and pages through it in order", async () => {
    const { handlers, ready } = setup();
    await ready();
    await recordLocal(handlers, 'attempt-0001', 'edited');
    const { teamFreshness } = await call(handlers, 'audit/team-refresh', {});
    expect(teamFreshness).toMatchObject({ source: 'demo', readAt: DEMO_ANCHOR.toISOString(), truncated: false });
    expect(teamFreshness.notes).toBeGreaterThan(150);
    expect(teamFreshness.error).toBeUndefined();

    const all = await call(handlers, 'audit/rows', { query: {}, offset: 0, limit: 1000 });
    expect(all.total).toBeGreaterThan(200);
    expect(all.rows.filter((r) => r.origin === 'local')).toHaveLength(1);
    expect(new Set(all.rows.map((r) => r.key)).size).toBe(all.rows.length);
    expect(all.reps.length).toBeGreaterThanOrEqual(5);
    expect(all.teamFreshness.readAt).toBe(DEMO_ANCHOR.toISOString());

    const pageOne = await call(handlers, 'audit/rows', { query: {}, offset: 0, limit: 100 });
    const pageTwo = await call(handlers, 'audit/rows', { query: {}, offset: 100, limit: 100 });
    expect([...pageOne.rows, ...pageTwo.rows]).toEqual(all.rows.slice(0, 200));
    expect(all.rows[0]!.at >= all.rows[199]!.at).toBe(true);

    const overrides = await call(handlers, 'audit/rows', {
      query: { decisions: ['sent_anyway'], origins: ['team'], sort: { key: 'rep', dir: 'asc' } },
      offset: 0,
      limit: 1000,
    });
    expect(overrides.total).toBeGreaterThan(30);
    expect(overrides.rows.every((r) => r.decision === 'sent_anyway' && r.reason)).toBe(true);
  });

  it('keeps the last good read and says why when the CRM cannot be read', async () => {
    const fetchTeamDecisions = vi
      .fn<NonNullable<Connector['fetchTeamDecisions']>>()
      .mockImplementationOnce((since, now) => demoConnector.fetchTeamDecisions!(since, now))
      .mockRejectedValueOnce(new Error('HubSpot team decisions read failed (server 503)'));
    const { handlers } = setup({ ...demoConnector, fetchTeamDecisions });
    const good = await call(handlers, 'audit/team-refresh', {});
    const bad = await call(handlers, 'audit/team-refresh', {});
    expect(bad.teamFreshness).toMatchObject({
      readAt: good.teamFreshness.readAt,
      notes: good.teamFreshness.notes,
      error: 'HubSpot team decisions read failed (server 503)',
      errorAt: DEMO_ANCHOR.toISOString(),
    });
    const rows = await call(handlers, 'audit/rows', { query: {}, offset: 0, limit: 10 });
    expect(rows.total).toBeGreaterThan(200);
    expect(rows.teamFreshness.error).toContain('503');
    // The read covers the retention window.
    expect(fetchTeamDecisions.mock.calls[0]?.[0].toISOString()).toBe(
      new Date(DEMO_ANCHOR.getTime() - 180 * 86_400_000).toISOString(),
    );
  });

  it('says so when the workspace has no way to read team decisions', async () => {
    const { fetchTeamDecisions: _none, ...plain } = demoConnector;
    const { handlers } = setup(plain);
    const { teamFreshness } = await call(handlers, 'audit/team-refresh', {});
    expect(teamFreshness.readAt).toBeUndefined();
    expect(teamFreshness.error).toBe('This workspace cannot read team decisions.');
  });
});

describe("'audit/summary'", () => {
  it('charts the filtered log, and finds duplicate outreach and campaign collisions', async () => {
    const { handlers, ready } = setup();
    await ready();
    await call(handlers, 'audit/team-refresh', {});
    const summary = await call(handlers, 'audit/summary', { query: {} });
    expect(summary.windowDays).toBe(7);
    expect(summary.perWeek.length).toBeGreaterThanOrEqual(4);
    expect(summary.perWeek.reduce((n, w) => n + w.total, 0)).toBeGreaterThan(200);
    expect(summary.overrideByRep.length).toBeGreaterThanOrEqual(5);
    expect(summary.overrideByRule.map((r) => r.key).sort()).toEqual([
      'campaign-offer-conflict',
      'deal-owner',
      'do-not-contact',
      'duplicate-outreach',
      'quote-offer-conflict',
      'unknown-recipient',
    ]);
    expect(summary.topContacts.length).toBe(10);
    expect(summary.campaignCollisions).toHaveLength(3);
    expect(summary.duplicates.some((d) => d.kind === 'contact' && d.reps.length >= 2)).toBe(true);
    expect(summary.duplicates.some((d) => d.kind === 'company')).toBe(true);
    expect(summary.duplicatesTotal).toBe(summary.duplicates.length);

    const noah = await call(handlers, 'audit/summary', {
      query: {
        reps: ['noah.fischer@example.com'],
        from: new Date(DEMO_ANCHOR.getTime() - 7 * 86_400_000).toISOString(),
      },
      windowDays: 3,
    });
    expect(noah.overrideByRep.map((r) => r.key)).toEqual(['noah.fischer@example.com']);
    expect(noah.windowDays).toBe(3);
    expect(noah.campaignCollisions.map((c) => c.campaign)).toEqual(['Fleet Insights newsletter — issue 14']);
    expect(noah.duplicates.every((d) => d.reps.includes('noah.fischer@example.com'))).toBe(true);
  });
});

describe("'audit/purge'", () => {
  it('deletes local and team rows past the retention setting', async () => {
    const { db, handlers } = setup(demoConnector, { ...DEFAULT_SETTINGS, auditRetentionDays: 10 });
    await call(handlers, 'audit/team-refresh', {});
    const before = await db.teamAudit.count();
    await db.audit.add(
      shown({
        attemptId: 'old-attempt',
        at: new Date(DEMO_ANCHOR.getTime() - 11 * 86_400_000).toISOString(),
        warnings: [dnc],
      }),
    );
    const reply = await call(handlers, 'audit/purge', {});
    expect(reply.retentionDays).toBe(10);
    expect(reply.deletedLocal).toBe(1);
    // The team read covered 10 days already; nothing of it is older.
    expect(reply.deletedTeam).toBe(0);
    expect(await db.teamAudit.count()).toBe(before);
  });
});
