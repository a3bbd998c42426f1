import type { PreflightDb } from '../../lib/cache/db';
import { findCurrentUser } from '../../lib/cache/read/current-user';
import { readWorkspaceMeta } from '../../lib/cache/read/workspace-meta';
import { lookupKey } from '../../lib/cache/read/find-contact';
import { outboxFor } from '../../lib/cache/read/outbox-view';
import { readAccount } from '../../lib/cache/read/read-account';
import { searchCachedContacts } from '../../lib/cache/read/search-contacts';
import { recordAuditEntry } from '../../lib/cache/write/audit-log';
import { saveIdentityLink } from '../../lib/cache/write/identity-links';
import { enqueueOutboxItem, retryOutboxItem } from '../../lib/cache/write/outbox';
import { LEAD_VERDICT_LABELS } from '../../lib/model/audit';
import { replaceWorkspace } from '../../lib/cache/write/replace-workspace';
import type { Handlers } from '../../lib/messaging/router';
import type { Settings } from '../../lib/model/settings';
import type { WorkspaceMeta } from '../../lib/model/workspace';
import { siteOfHost } from '../../lib/sites/hosts';
import { createAuditService } from './audit-service';
import { checkCampaignChunk } from './campaign-check';
import { createCampaignIndexHolder, type CampaignIndexHolder } from './campaign-index-holder';
import { campaignListEmails, campaignLists } from './campaign-lists';
import { checkDraftInBackground } from './check-draft';
import type { ConnectionPort } from './connection-manager';
import { lookupBrief } from './lookup-brief';
import { recordAudit } from './record-audit';
import { readTabContext, saveTabContext } from './tab-context-store';
import { TIMED_OUT, within } from './within';

export interface BackgroundDeps {
  db: PreflightDb;
  /** Which CRM answers (demo or HubSpot), read from Dexie on every request so a restarted worker agrees. */
  connection: ConnectionPort;
  loadSettings: () => Promise<Settings>;
  /** Resolves once the workspace is seeded, so the first lookup after install never says "not in CRM". */
  ready: () => Promise<void>;
  now: () => Date;
  /** Opens the browser sidebar beside a tab; false where the browser refuses (no user gesture). */
  openSidebar: (tabId: number) => Promise<boolean>;
  /** Starts sending queued CRM writes; resolves when this drain is over (failures stay queued, never thrown). */
  kickOutbox?: () => Promise<void>;
  /** The campaign check's in-memory index of the cache; one per worker life (created here when not given). */
  campaignIndex?: CampaignIndexHolder;
}

/** How long a sidebar write waits for the outbox before answering "queued" instead of "done". */
export const WRITE_WAIT_MS = 1500;
/** How long the account view waits for a live CRM read before answering from the cache. */
export const ACCOUNT_WAIT_MS = 4000;

/** A recipient the cache does not know waits at most this long for the CRM before the check decides without them. */
export const LOOKUP_BUDGET_MS = 1500;

export function createHandlers(deps: BackgroundDeps): Handlers {
  const campaignIndex = deps.campaignIndex ?? createCampaignIndexHolder(deps.db);
  const kick = () => void deps.kickOutbox?.();
  /** Sends the queue now and waits a little, so a quick write is already applied when the sidebar re-reads. */
  const kickAndWait = async () => {
    const drain = deps.kickOutbox?.();
    if (drain) await within(drain, WRITE_WAIT_MS);
  };
  const audit = createAuditService(deps);
  return {
    'audit/rows': async (request) => audit.rows(request.query, request.offset, request.limit),
    'audit/summary': async (request) => audit.summary(request.query, request.windowDays, request.topContacts),
    'audit/team-refresh': async () => ({ teamFreshness: await audit.refreshTeam() }),
    'audit/purge': async () => audit.purge(),
    'page/context': async (request, ctx) => {
      if (ctx.tabId === undefined) return { accepted: false };
      await saveTabContext(ctx.tabId, request.context);
      return { accepted: true };
    },
    'tab/context': async (request) => ({ context: await readTabContext(request.tabId) }),
    'brief/lookup': async (request) => {
      await deps.ready();
      const [settings, active] = await Promise.all([deps.loadSettings(), deps.connection.active()]);
      kick();
      return lookupBrief(request.person, {
        db: deps.db,
        connector: active.connector,
        settings,
        now: deps.now,
        ...(request.refresh ? { forceRefresh: true } : {}),
      });
    },
    'workspace/status': async () => {
      await deps.ready();
      const meta = await readWorkspaceMeta(deps.db);
      return { workspace: meta ? await withCurrentRep(deps.db, meta, await deps.loadSettings()) : null };
    },
    'draft/check': async (request) => {
      await deps.ready();
      const [settings, active] = await Promise.all([deps.loadSettings(), deps.connection.active()]);
      const result = await checkDraftInBackground(request.draft, {
        db: deps.db,
        connector: active.connector,
        settings,
        now: deps.now,
        lookupBudgetMs: LOOKUP_BUDGET_MS,
      });
      return { ...result, checkedAt: deps.now().toISOString(), allowBlockOverride: settings.allowBlockOverride };
    },
    'audit/record': async (request, ctx) => {
      const site = guardSiteOf(ctx.sender.url);
      if (!site) return { recorded: false };
      const active = await deps.connection.active();
      await recordAudit(deps.db, request.report, site, await deps.loadSettings(), deps.now(), active.source);
      if (request.report.kind === 'decision') kick();
      return { recorded: true };
    },
    'sidebar/open': async (_request, ctx) => ({
      opened: ctx.tabId !== undefined && (await deps.openSidebar(ctx.tabId)),
    }),
    'workspace/reset-demo': async () => {
      const active = await deps.connection.active();
      const snapshot = active.source === 'demo' ? active.connector.snapshot?.(deps.now()) : undefined;
      if (!snapshot || snapshot.source !== 'demo') throw new Error('Only the demo workspace can be reset.');
      return { workspace: await replaceWorkspace(deps.db, snapshot) };
    },
    'connection/status': async () => deps.connection.status(await deps.loadSettings()),
    'connection/connect-hubspot': async (request) => {
      await deps.ready();
      const outcome = await deps.connection.connect(request.token, await deps.loadSettings());
      if (outcome.ok) kick();
      return outcome;
    },
    'connection/disconnect': async () => deps.connection.disconnect(),
    'contact/feedback': async (request) => {
      const [settings, active] = await Promise.all([deps.loadSettings(), deps.connection.active()]);
      const now = deps.now().toISOString();
      const marker = `[preflight-feedback:${request.requestId}]`;
      const verdict = LEAD_VERDICT_LABELS[request.verdict];
      const added = await enqueueOutboxItem(deps.db, {
        id: crypto.randomUUID(),
        idempotencyKey: `feedback:${request.requestId}`,
        kind: 'timeline_note',
        source: active.source,
        createdAt: now,
        status: 'pending',
        attempts: 0,
        payload: {
          recipients: [request.email],
          title: `Preflight lead feedback: ${verdict} (${settings.currentUserEmail})`,
          body: [`Lead feedback: ${verdict}`, ...(request.text ? [request.text] : []), marker].join('\n'),
          marker,
        },
      });
      await kickAndWait();
      const where = active.source === 'hubspot' ? 'to the HubSpot timeline' : 'to the demo workspace';
      return {
        queued: added,
        message: added ? `Feedback “${verdict}” added ${where}.` : 'This feedback was already added.',
      };
    },
    'contact/stop-marketing': async (request) => {
      const [settings, active] = await Promise.all([deps.loadSettings(), deps.connection.active()]);
      const now = deps.now();
      const id = crypto.randomUUID();
      const added = await enqueueOutboxItem(deps.db, {
        id,
        // One request per address and day: a double click or a retry never queues a second unsubscribe.
        idempotencyKey: `stop-marketing:${request.email}:${now.toISOString().slice(0, 10)}`,
        kind: 'stop_marketing',
        source: active.source,
        createdAt: now.toISOString(),
        status: 'pending',
        attempts: 0,
        payload: {
          email: request.email,
          requestedBy: settings.currentUserEmail,
          reason: request.reason,
          marker: `[preflight-stop-marketing:${id}]`,
        },
      });
      await kickAndWait();
      const where = active.source === 'hubspot' ? 'in HubSpot' : 'in the demo workspace';
      return {
        queued: added,
        message: added
          ? `Marketing emails will be stopped ${where}.`
          : 'This request was already made today; it is being sent.',
      };
    },
    'identity/link': async (request) => {
      const key = lookupKey(request.person);
      if (!key) return { saved: false };
      if (request.contactId && !(await deps.db.contacts.get(request.contactId))) return { saved: false };
      const settings = await deps.loadSettings();
      await saveIdentityLink(
        deps.db,
        key,
        request.contactId,
        settings.currentUserEmail,
        deps.now().toISOString(),
        request.rejectedContactId,
      );
      return { saved: true };
    },
    'contacts/search': async (request) => {
      await deps.ready();
      return { hits: await searchCachedContacts(deps.db, request.query) };
    },
    'account/lookup': async (request) => {
      await deps.ready();
      const active = await deps.connection.active();
      const { connector } = active;
      if (active.source !== 'hubspot' || !connector.findAccount || !request.hubspotRecordId) {
        return readAccount(deps.db, request.kind, request.name, deps.now());
      }
      // Live by the record's id: an account's people are mostly never looked up one by one, so the cache
      // alone would miss them. A CRM that cannot answer in time falls back to the cache, and says so.
      const read = connector
        .findAccount({ objectType: request.kind, id: request.hubspotRecordId })
        .catch((error: unknown) => (error instanceof Error ? error : new Error('account read failed')));
      const answer = await within(read, ACCOUNT_WAIT_MS);
      if (answer !== TIMED_OUT && !(answer instanceof Error)) {
        return (
          answer ?? {
            status: 'not_found',
            ...(request.name ? { name: request.name } : {}),
            checkedAt: deps.now().toISOString(),
          }
        );
      }
      const cached = await readAccount(deps.db, request.kind, request.name, deps.now());
      const why = answer === TIMED_OUT ? 'did not answer in time' : 'could not be read';
      return cached.status === 'found' ? { ...cached, note: `The CRM ${why}: cached people only.` } : cached;
    },
    'campaign/prepare': async () => {
      await deps.ready();
      const index = await campaignIndex.current();
      return { indexed: index !== undefined, contacts: index?.contactCount ?? (await deps.db.contacts.count()) };
    },
    'campaign/check': async (request) => {
      await deps.ready();
      const [settings, { connector }] = await Promise.all([deps.loadSettings(), deps.connection.active()]);
      // The connector reads with the portal's own flag properties; the demo has no such read (the cache is all).
      const coldRead = connector.readContactsByEmail?.bind(connector);
      return checkCampaignChunk(request.emails, request.offer, {
        db: deps.db,
        settings,
        now: deps.now(),
        index: () => campaignIndex.current(),
        ...(coldRead ? { coldRead } : {}),
      });
    },
    'campaign/lists': async (request) => campaignLists(await deps.connection.active(), request.query),
    'campaign/list-emails': async (request) =>
      campaignListEmails(await deps.connection.active(), request.listId, request.after),
    'campaign/notify': async (request) => {
      const settings = await deps.loadSettings();
      const { type: _type, ...check } = request;
      const id = crypto.randomUUID();
      // Who and when come from settings and the clock, never from the page.
      await recordAuditEntry(deps.db, {
        ...check,
        type: 'campaign_check',
        id,
        at: deps.now().toISOString(),
        userEmail: settings.currentUserEmail,
      });
      return { id };
    },
    'outbox/list': async (request) => ({ items: await outboxFor(deps.db, request.email) }),
    'outbox/retry': async (request) => {
      const retried = await retryOutboxItem(deps.db, request.id);
      if (retried) kick();
      return { retried };
    },
  };
}

/** The workspace as the sidebar needs it: who the rep is (by the settings email) and how many contacts are cached. */
async function withCurrentRep(db: PreflightDb, meta: WorkspaceMeta, settings: Settings): Promise<WorkspaceMeta> {
  const [me, contactCount] = await Promise.all([findCurrentUser(db, settings.currentUserEmail), db.contacts.count()]);
  const { currentUserId: _seeded, ...rest } = meta;
  return { ...rest, contactCount, ...(me ? { currentUserId: me.id } : {}) };
}

/** The guard runs on Gmail and LinkedIn only; the site is taken from the sender, not from the message. */
function guardSiteOf(url: string | undefined): 'gmail' | 'linkedin' | undefined {
  if (!url) return undefined;
  const site = siteOfHost(new URL(url).hostname);
  return site === 'gmail' || site === 'linkedin' ? site : undefined;
}
