import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../../lib/cache/db';
import { seedIfEmpty } from '../../lib/cache/write/replace-workspace';
import { demoConnector } from '../../lib/connectors/demo/demo-connector';
import { createLimiterRegistry } from '../../lib/connectors/hubspot/http/limits';
import { realSleep, systemClock } from '../../lib/connectors/hubspot/http/token-bucket';
import { createHubSpotWriter } from '../../lib/connectors/hubspot/hubspot-writer';
import { logFailure } from '../../lib/log';
import { routeMessage } from '../../lib/messaging/router';
import { encodeReply } from '../../lib/messaging/wire';
import { ALL_SITE_HOSTS } from '../../lib/sites/hosts';
import { loadSettings } from '../../lib/settings/settings-store';
import { purgeExpiredAudit } from './audit-service';
import { createConnectionManager } from './connection-manager';
import { createHandlers } from './handlers';
import { createOutboxDrain } from './outbox-drain';
import { installSidebarOpeners, openSidebarForTab } from './sidebar-opener';
import { forgetTabContext } from './tab-context-store';
import { installToolbarMenu } from './toolbar-menu';

export default defineBackground(() => {
  const db = openDb();
  const now = () => new Date();
  // One limiter registry for the whole browser: every sidebar, check and outbox write shares a portal's budget.
  const limits = createLimiterRegistry({ clock: systemClock, sleep: realSleep });
  const connection = createConnectionManager({
    db,
    fetch: (input, init) => fetch(input, init),
    now,
    limits,
    loadSettings,
    demo: demoConnector,
  });

  // Rebuilt on every wake: the worker keeps nothing it cannot re-derive from Dexie.
  let seeding: Promise<void> | undefined;
  const ready = () =>
    (seeding ??= seedIfEmpty(db, () => demoConnector.snapshot!(now())).then(
      () => undefined,
      (error: unknown) => {
        seeding = undefined;
        logFailure('seeding the demo workspace', error);
        throw error;
      },
    ));

  const outbox = createOutboxDrain({
    db,
    active: () => connection.active(),
    writerFor: (active) => (active.client ? createHubSpotWriter(active.client) : undefined),
    loadSettings,
    now,
  });
  const kickOutbox = () =>
    outbox.kick().then(
      () => undefined,
      (error: unknown) => logFailure('outbox drain', error),
    );

  const handlers = createHandlers({
    db,
    connection,
    loadSettings,
    ready,
    now,
    openSidebar: openSidebarForTab,
    kickOutbox,
  });
  const policy = {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    contentHosts: ALL_SITE_HOSTS,
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, handlers, policy, (type, error) => logFailure(type, error)).then((envelope) =>
      sendResponse(encodeReply(envelope)),
    );
    return true; // keeps the channel open for the async reply (Chrome)
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabContext(tabId);
  });

  installSidebarOpeners();
  installToolbarMenu();
  // A worker that died mid-write resumes its queue as soon as it wakes.
  void ready().then(kickOutbox, () => undefined);
  // Retention without the alarms permission: the worker wakes often (every message), so purging on wake keeps the
  // log within the setting to the day. A delete by index range: cheap when there is nothing to delete.
  void loadSettings()
    .then((settings) => purgeExpiredAudit(db, settings, now()))
    .catch((error: unknown) => logFailure('audit retention purge', error));
});
