import type { PreflightDb } from '../../lib/cache/db';
import { readWorkspaceMeta } from '../../lib/cache/read/workspace-meta';
import { replaceWorkspace } from '../../lib/cache/write/replace-workspace';
import type { Connector } from '../../lib/connectors/connector';
import type { Handlers } from '../../lib/messaging/router';
import type { Settings } from '../../lib/model/settings';
import { siteOfHost } from '../../lib/sites/hosts';
import { checkDraftInBackground } from './check-draft';
import { lookupBrief } from './lookup-brief';
import { recordAudit } from './record-audit';
import { readTabContext, saveTabContext } from './tab-context-store';

export interface BackgroundDeps {
  db: PreflightDb;
  connector: Connector;
  loadSettings: () => Promise<Settings>;
  /** Resolves once the workspace is seeded, so the first lookup after install never says "not in CRM". */
  ready: () => Promise<void>;
  now: () => Date;
  /** Opens the browser sidebar beside a tab; false where the browser refuses (no user gesture). */
  openSidebar: (tabId: number) => Promise<boolean>;
}

/** A recipient the cache does not know waits at most this long for the CRM before the check decides without them. */
export const LOOKUP_BUDGET_MS = 1500;

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'page/context': async (request, ctx) => {
      if (ctx.tabId === undefined) return { accepted: false };
      await saveTabContext(ctx.tabId, request.context);
      return { accepted: true };
    },
    'tab/context': async (request) => ({ context: await readTabContext(request.tabId) }),
    'brief/lookup': async (request) => {
      await deps.ready();
      const settings = await deps.loadSettings();
      return lookupBrief(request.person, { db: deps.db, connector: deps.connector, settings, now: deps.now });
    },
    'workspace/status': async () => {
      await deps.ready();
      return { workspace: (await readWorkspaceMeta(deps.db)) ?? null };
    },
    'draft/check': async (request) => {
      await deps.ready();
      const settings = await deps.loadSettings();
      const result = await checkDraftInBackground(request.draft, {
        db: deps.db,
        connector: deps.connector,
        settings,
        now: deps.now,
        lookupBudgetMs: LOOKUP_BUDGET_MS,
      });
      return { ...result, checkedAt: deps.now().toISOString(), allowBlockOverride: settings.allowBlockOverride };
    },
    'audit/record': async (request, ctx) => {
      const site = guardSiteOf(ctx.sender.url);
      if (!site) return { recorded: false };
      await recordAudit(deps.db, request.report, site, await deps.loadSettings(), deps.now());
      return { recorded: true };
    },
    'sidebar/open': async (_request, ctx) => ({
      opened: ctx.tabId !== undefined && (await deps.openSidebar(ctx.tabId)),
    }),
    'workspace/reset-demo': async () => {
      const snapshot = deps.connector.snapshot?.(deps.now());
      if (!snapshot || snapshot.source !== 'demo') throw new Error('Only the demo workspace can be reset.');
      return { workspace: await replaceWorkspace(deps.db, snapshot) };
    },
  };
}

/** The guard runs on Gmail and LinkedIn only; the site is taken from the sender, not from the message. */
function guardSiteOf(url: string | undefined): 'gmail' | 'linkedin' | undefined {
  if (!url) return undefined;
  const site = siteOfHost(new URL(url).hostname);
  return site === 'gmail' || site === 'linkedin' ? site : undefined;
}
