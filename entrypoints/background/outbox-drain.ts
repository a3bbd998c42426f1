import type { PreflightDb } from '../../lib/cache/db';
import { findCurrentUser } from '../../lib/cache/read/current-user';
import { findCachedContact } from '../../lib/cache/read/find-contact';
import { dueOutboxItems, markOutboxAttempt, settleOutboxItem, type OutboxResult } from '../../lib/cache/write/outbox';
import { addPolicyFlag, markSectionStale } from '../../lib/cache/write/policy-flags';
import type { CrmWriter, WriteOutcome } from '../../lib/connectors/connector';
import { normalizeEmail } from '../../lib/identity/email';
import type { OutboxItem } from '../../lib/model/audit';
import type { PersonOnPage } from '../../lib/model/page-context';
import type { Settings } from '../../lib/model/settings';
import { logFailure } from '../../lib/log';
import type { ActiveConnection } from './connection-manager';

export interface DrainDeps {
  db: PreflightDb;
  active: () => Promise<ActiveConnection>;
  /** The writer for a connected CRM; undefined for the demo. */
  writerFor: (connection: ActiveConnection) => CrmWriter | undefined;
  loadSettings: () => Promise<Settings>;
  now: () => Date;
}

export interface DrainReport {
  done: number;
  retrying: number;
  failed: number;
  skipped: number;
}

/** After this many tries a write is marked failed and shown as such; the audit entry itself is never lost. */
export const MAX_ATTEMPTS = 8;
const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * Sends queued CRM writes. Runs one at a time per worker (single-flight); every step is recorded in Dexie
 * before and after the write, so a worker that dies mid-way resumes on its next wake without writing twice.
 */
export function createOutboxDrain(deps: DrainDeps) {
  let running: Promise<DrainReport> | undefined;

  async function drain(): Promise<DrainReport> {
    const report: DrainReport = { done: 0, retrying: 0, failed: 0, skipped: 0 };
    const connection = await deps.active();
    if (connection.source === 'hubspot' && !connection.client) return report; // waiting for a reconnect
    const writer = deps.writerFor(connection);
    const settings = await deps.loadSettings();
    for (const queued of await dueOutboxItems(deps.db, connection.source, deps.now())) {
      const previousAttempts = queued.attempts;
      const item = await markOutboxAttempt(deps.db, queued.id);
      if (!item) continue;
      let result: OutboxResult;
      try {
        result = writer ? await writeToCrm(item, previousAttempts > 0, writer, settings) : await applyToDemo(item);
      } catch (error) {
        logFailure('outbox write', error);
        result = retryOrFail(item, 'Unexpected error while writing to the CRM.');
      }
      await settleOutboxItem(deps.db, item.id, result);
      report[result.status === 'retry' ? 'retrying' : result.status] += 1;
    }
    return report;
  }

  async function writeToCrm(
    item: OutboxItem,
    mayExist: boolean,
    writer: CrmWriter,
    settings: Settings,
  ): Promise<OutboxResult> {
    let outcome: WriteOutcome;
    if (item.kind === 'timeline_note') {
      const contactIds = await hubspotContactIds(item.payload.recipients);
      if (contactIds.length === 0) return { status: 'skipped', reason: 'No recipient is a HubSpot contact.' };
      const me = await findCurrentUser(deps.db, settings.currentUserEmail);
      const ownerId = me?.id.startsWith('hubspot:') ? me.id.split(':').pop() : undefined;
      outcome = await writer.writeNote(
        {
          contactIds,
          ...(ownerId ? { ownerId } : {}),
          timestamp: item.createdAt,
          title: item.payload.title,
          body: item.payload.body,
          marker: item.payload.marker,
        },
        mayExist,
      );
    } else {
      const { email, requestedBy, reason, marker } = item.payload;
      outcome = await writer.stopMarketing(email, requestedBy);
      if (outcome.ok) {
        await afterStopMarketing(email, 'HubSpot: communication preferences', reason);
        // The why goes on the timeline, so marketing sees it next to the unsubscribe.
        const contactIds = await hubspotContactIds([email]);
        if (marker && contactIds.length > 0) {
          const noted = await writer.writeNote(
            {
              contactIds,
              timestamp: item.createdAt,
              title: `Preflight: marketing email stopped at the contact's request (${requestedBy})`,
              body: [...(reason ? [`Reason: ${reason}`] : []), marker].join('\n'),
              marker,
            },
            mayExist,
          );
          if (!noted.ok) outcome = noted;
        }
      }
    }
    if (outcome.ok) {
      return { status: 'done', ...(outcome.crmRecordId ? { crmRecordId: outcome.crmRecordId } : {}) };
    }
    return outcome.retry ? retryOrFail(item, outcome.message) : { status: 'failed', reason: outcome.message };
  }

  /** The demo has no CRM: notes stay in Preflight's own audit log; an unsubscribe is applied to the cache. */
  async function applyToDemo(item: OutboxItem): Promise<OutboxResult> {
    if (item.kind === 'timeline_note') return { status: 'done', note: 'demo workspace: kept in the audit log' };
    await afterStopMarketing(item.payload.email, 'Preflight (demo): stop marketing request', item.payload.reason);
    return { status: 'done' };
  }

  async function afterStopMarketing(email: string, source: string, reason?: string): Promise<void> {
    const found = await findCachedContact(deps.db, { email, role: 'recipient' });
    if (!found) return;
    await addPolicyFlag(deps.db, found.contact.id, {
      kind: 'marketing_unsubscribed',
      channel: 'email',
      source,
      since: deps.now().toISOString(),
      ...(reason ? { note: reason } : {}),
    });
    await markSectionStale(deps.db, found.contact.id, 'policy');
  }

  async function hubspotContactIds(recipients: readonly string[]): Promise<string[]> {
    const ids = new Set<string>();
    for (const recipient of recipients) {
      const email = normalizeEmail(recipient);
      const person: PersonOnPage = email ? { email, role: 'recipient' } : { linkedinUrl: recipient, role: 'recipient' };
      const found = await findCachedContact(deps.db, person);
      const id = found?.contact.crmIds.hubspot?.id;
      if (id) ids.add(id);
    }
    return [...ids];
  }

  function retryOrFail(item: OutboxItem, reason: string): OutboxResult {
    if (item.attempts >= MAX_ATTEMPTS)
      return { status: 'failed', reason: `${reason} (gave up after ${item.attempts} tries)` };
    const wait = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (item.attempts - 1));
    return { status: 'retry', reason, notBefore: new Date(deps.now().getTime() + wait) };
  }

  let followUp: Promise<DrainReport> | undefined;

  function kick(): Promise<DrainReport> {
    if (!running) {
      running = drain().finally(() => {
        running = undefined;
      });
      return running;
    }
    // A drain is on, and may have read the queue before this kick's write was added: run once more after it.
    // One follow-up covers any number of kicks that arrive meanwhile.
    followUp ??= running
      .catch(() => undefined)
      .then(() => {
        followUp = undefined;
        return kick();
      });
    return followUp;
  }

  return {
    /** Starts a drain; if one is running, resolves after a follow-up drain that sees everything queued by now. */
    kick,
  };
}

export type OutboxDrain = ReturnType<typeof createOutboxDrain>;
