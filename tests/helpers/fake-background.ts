import { fixedConnection } from '../../entrypoints/background/connection-manager';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../entrypoints/background/handlers';
import type { PreflightDb } from '../../lib/cache/db';
import { seedIfEmpty } from '../../lib/cache/write/replace-workspace';
import type { Connector } from '../../lib/connectors/connector';
import { demoConnector } from '../../lib/connectors/demo/demo-connector';
import { routeMessage } from '../../lib/messaging/router';
import type { MessageSenderLike, SenderPolicy } from '../../lib/messaging/sender';
import { encodeReply } from '../../lib/messaging/wire';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { DEMO_ANCHOR, dropDb, freshDb } from './demo-db';

const POLICY: SenderPolicy = {
  extensionId: fakeBrowser.runtime.id,
  extensionBaseUrl: fakeBrowser.runtime.getURL('/'),
  contentHosts: ['mail.google.com'],
};

/** fakeBrowser passes an empty sender; extension pages would be identified as this one. */
const SIDEBAR_SENDER: MessageSenderLike = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/sidepanel.html'),
};

export interface FakeBackground {
  db: PreflightDb;
  /** Deletes the database. fakeBrowser.reset() (before each test) removes the listener. */
  stop: () => Promise<void>;
}

/**
 * The real background (handlers + router + Dexie on fake-indexeddb) answering `browser.runtime.sendMessage`
 * from extension-page code under test, so the sidebar's components can be tested against real replies.
 */
export function startFakeBackground(connector: Connector = demoConnector, now: () => Date = () => DEMO_ANCHOR) {
  const db = freshDb();
  let seeding: Promise<void> | undefined;
  const ready = () => (seeding ??= seedIfEmpty(db, () => connector.snapshot!(now())).then(() => undefined));
  const handlers = createHandlers({
    db,
    connection: fixedConnection(connector),
    loadSettings: async () => DEFAULT_SETTINGS,
    ready,
    now,
    openSidebar: async () => false,
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    routeMessage(message, SIDEBAR_SENDER, handlers, POLICY).then(encodeReply),
  );
  const background: FakeBackground = { db, stop: () => dropDb(db) };
  return background;
}
