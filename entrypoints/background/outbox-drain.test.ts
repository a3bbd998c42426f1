import { describe, expect, it } from 'vitest';
import type { PreflightDb } from '../../lib/cache/db';
import { markOutboxAttempt } from '../../lib/cache/write/outbox';
import { createHubSpotWriter } from '../../lib/connectors/hubspot/hubspot-writer';
import type { AuditReport } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Warning } from '../../lib/model/warning';
import { DANA_EMAIL, DEMO_ANCHOR } from '../../tests/helpers/demo-db';
import { installHubSpotBackground } from '../../tests/helpers/hubspot-background';
import { FAKE_TOKEN } from '../../tests/helpers/hubspot-fake';
import { lookupBrief } from './lookup-brief';
import { createOutboxDrain } from './outbox-drain';
import { recordAudit } from './record-audit';

const background = installHubSpotBackground();

const PRIYA_EMAIL = 'priya.raman@northwind-traders.com';
const warning: Warning = {
  ruleId: 'quote-offer-conflict',
  severity: 'confirm',
  recipient: PRIYA_EMAIL,
  title: 'Offer differs from the open quote',
  detail: 'The open quote gives 10 %; the draft offers 20 %.',
  fix: 'Match the quote or tell the owner.',
  evidence: [],
};
const decision: AuditReport = {
  kind: 'decision',
  attemptId: 'a1b2c3d4-0000-4000-8000-00000000abcd',
  recipients: [PRIYA_EMAIL],
  warnings: [warning],
  action: 'sent_anyway',
  reason: 'She asked for the bigger discount in writing',
  draftFingerprint: 'cd'.repeat(32),
};

async function setup(options: Parameters<typeof background.setup>[0] = {}) {
  const { db, core, connection } = await background.setup(options);
  const newDrain = () =>
    createOutboxDrain({
      db,
      active: () => connection.active(),
      writerFor: (active) => (active.client ? createHubSpotWriter(active.client) : undefined),
      loadSettings: async () => DEFAULT_SETTINGS,
      now: () => DEMO_ANCHOR,
    });
  return { db, core, connection, newDrain };
}

async function queueStopMarketing(db: PreflightDb, email: string, source: 'demo' | 'hubspot') {
  await db.outbox.add({
    id: `stop-${email}`,
    idempotencyKey: `stop-marketing:${email}:2026-11-23`,
    kind: 'stop_marketing',
    source,
    createdAt: DEMO_ANCHOR.toISOString(),
    status: 'pending',
    attempts: 0,
    payload: {
      email,
      requestedBy: DEFAULT_SETTINGS.currentUserEmail,
      reason: 'A doctor: hates unsolicited email',
      marker: `[preflight-stop-marketing:stop-${email}]`,
    },
  });
}

async function connectAndCachePriya(ctx: Awaited<ReturnType<typeof setup>>) {
  const outcome = await ctx.connection.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
  if (!outcome.ok) throw new Error(outcome.message);
  const active = await ctx.connection.active();
  const lookup = await lookupBrief(
    { email: PRIYA_EMAIL, role: 'recipient' },
    { db: ctx.db, connector: active.connector, settings: DEFAULT_SETTINGS, now: () => DEMO_ANCHOR },
  );
  expect(lookup.status).toBe('found');
}

describe('outbox → HubSpot timeline', () => {
  it('writes an override as one note on the contact, marked so the audit page can find it', async () => {
    const ctx = await setup();
    await connectAndCachePriya(ctx);
    await recordAudit(ctx.db, decision, 'gmail', DEFAULT_SETTINGS, DEMO_ANCHOR, 'hubspot');

    const drain = ctx.newDrain();
    // The second kick waits for the first drain, then runs a follow-up that finds nothing left: never doubles.
    const [first, second] = await Promise.all([drain.kick(), drain.kick()]);
    expect(first).toMatchObject({ done: 1 });
    expect(second).toMatchObject({ done: 0 });
    await ctx.newDrain().kick();

    expect(ctx.core.notes).toHaveLength(1);
    const body = ctx.core.notes[0]?.properties['hs_note_body'] ?? '';
    expect(body).toContain('[preflight-decision:a1b2c3d4-0000-4000-8000-00000000abcd]');
    expect(body).toContain('She asked for the bigger discount in writing');
    expect(ctx.core.notes[0]?.contactIds).toEqual(['98765432101']);
    expect(ctx.core.notes[0]?.properties['hubspot_owner_id']).toBe('7001');
    const [item] = await ctx.db.outbox.toArray();
    expect(item).toMatchObject({ status: 'done', attempts: 1, crmRecordId: ctx.core.notes[0]?.id });
  });

  it('a worker that died after HubSpot stored the note resumes without writing it again', async () => {
    const ctx = await setup();
    await connectAndCachePriya(ctx);
    await recordAudit(ctx.db, decision, 'gmail', DEFAULT_SETTINGS, DEMO_ANCHOR, 'hubspot');
    // The dead worker's last acts: it counted the try in Dexie, and its POST reached HubSpot.
    const [queued] = await ctx.db.outbox.toArray();
    if (queued?.kind !== 'timeline_note') throw new Error('expected a note');
    await markOutboxAttempt(ctx.db, queued.id);
    const writer = createHubSpotWriter((await ctx.connection.active()).client!);
    await writer.writeNote(
      {
        contactIds: ['98765432101'],
        timestamp: queued.createdAt,
        title: queued.payload.title,
        body: queued.payload.body,
        marker: queued.payload.marker,
      },
      false,
    );
    expect(ctx.core.notes).toHaveLength(1);

    // A new worker wakes up with a fresh drain.
    const report = await ctx.newDrain().kick();
    expect(report).toMatchObject({ done: 1 });
    expect(ctx.core.notes).toHaveLength(1);
    expect(ctx.core.log.some((r) => r.path === '/crm/v3/objects/notes/search')).toBe(true);
  });

  it('a HubSpot outage leaves the note queued with a backoff; the next drain writes it once', async () => {
    const ctx = await setup({
      failures: [{ path: /^\/crm\/v3\/objects\/notes$/, method: 'POST', status: 503, times: 1 }],
    });
    await connectAndCachePriya(ctx);
    await recordAudit(ctx.db, decision, 'gmail', DEFAULT_SETTINGS, DEMO_ANCHOR, 'hubspot');
    expect(await ctx.newDrain().kick()).toMatchObject({ retrying: 1 });
    const [waiting] = await ctx.db.outbox.toArray();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(Date.parse(waiting?.nextAttemptAt ?? '')).toBe(DEMO_ANCHOR.getTime() + 30_000);

    // Not before the backoff has passed…
    expect(await ctx.newDrain().kick()).toMatchObject({ done: 0, retrying: 0 });
    // …then it goes, checking first whether the failed try landed after all.
    await ctx.db.outbox.update(waiting!.id, { nextAttemptAt: DEMO_ANCHOR.toISOString() });
    expect(await ctx.newDrain().kick()).toMatchObject({ done: 1 });
    expect(ctx.core.notes).toHaveLength(1);
  });

  it('skips a decision about people who are not HubSpot contacts', async () => {
    const ctx = await setup();
    await connectAndCachePriya(ctx);
    await recordAudit(
      ctx.db,
      { ...decision, recipients: ['someone@unknown-example.org'] },
      'gmail',
      DEFAULT_SETTINGS,
      DEMO_ANCHOR,
      'hubspot',
    );
    expect(await ctx.newDrain().kick()).toMatchObject({ skipped: 1 });
    expect(ctx.core.notes).toHaveLength(0);
  });

  it('never sends a decision recorded against the demo to the portal connected later', async () => {
    const ctx = await setup();
    await recordAudit(ctx.db, decision, 'gmail', DEFAULT_SETTINGS, DEMO_ANCHOR, 'demo');
    await connectAndCachePriya(ctx);
    await ctx.newDrain().kick();
    expect(ctx.core.notes).toHaveLength(0);
    expect((await ctx.db.outbox.toArray())[0]).toMatchObject({ status: 'skipped' });
  });
});

describe('stop marketing emails', () => {
  it('unsubscribes in HubSpot through the outbox', async () => {
    const ctx = await setup();
    await connectAndCachePriya(ctx);
    await queueStopMarketing(ctx.db, PRIYA_EMAIL, 'hubspot');
    expect(await ctx.newDrain().kick()).toMatchObject({ done: 1 });
    expect(ctx.core.unsubscribed).toHaveLength(2);
    // The reason goes on the timeline next to the unsubscribe, once.
    expect(ctx.core.notes).toHaveLength(1);
    expect(ctx.core.notes[0]?.properties['hs_note_body']).toContain('A doctor: hates unsolicited email');
  });

  it('in the demo, applies the flag to the cached contact', async () => {
    const ctx = await setup();
    await queueStopMarketing(ctx.db, DANA_EMAIL, 'demo');
    expect(await ctx.newDrain().kick()).toMatchObject({ done: 1 });
    const dana = await ctx.db.contacts.where('emails').equals(DANA_EMAIL).first();
    const policy = await ctx.db.policies.get(dana!.id);
    const flag = policy?.flags.find((f) => f.kind === 'marketing_unsubscribed');
    expect(flag?.note).toBe('A doctor: hates unsolicited email');
  });
});
