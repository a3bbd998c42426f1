import type { PreflightDb } from '../../lib/cache/db';
import { readWorkspaceMeta } from '../../lib/cache/read/workspace-meta';
import { replaceWorkspace } from '../../lib/cache/write/replace-workspace';
import type { Connector } from '../../lib/connectors/connector';
import type { Handlers } from '../../lib/messaging/router';
import type { Settings } from '../../lib/model/settings';
import { lookupBrief } from './lookup-brief';
import { readTabContext, saveTabContext } from './tab-context-store';

export interface BackgroundDeps {
  db: PreflightDb;
  connector: Connector;
  loadSettings: () => Promise<Settings>;
  /** Resolves once the workspace is seeded, so the first lookup after install never says "not in CRM". */
  ready: () => Promise<void>;
  now: () => Date;
}

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
    'workspace/reset-demo': async () => {
      const snapshot = deps.connector.snapshot?.(deps.now());
      if (!snapshot || snapshot.source !== 'demo') throw new Error('Only the demo workspace can be reset.');
      return { workspace: await replaceWorkspace(deps.db, snapshot) };
    },
  };
}
