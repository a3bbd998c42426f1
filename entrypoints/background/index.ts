import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../../lib/cache/db';
import { seedIfEmpty } from '../../lib/cache/write/replace-workspace';
import { demoConnector } from '../../lib/connectors/demo/demo-connector';
import { logFailure } from '../../lib/log';
import { routeMessage } from '../../lib/messaging/router';
import { ALL_SITE_HOSTS } from '../../lib/sites/hosts';
import { loadSettings } from '../../lib/settings/settings-store';
import { createHandlers } from './handlers';
import { installSidebarOpeners, openSidebarForTab } from './sidebar-opener';
import { forgetTabContext } from './tab-context-store';

export default defineBackground(() => {
  const db = openDb();
  const connector = demoConnector;
  const now = () => new Date();

  // Rebuilt on every wake: the worker keeps nothing it cannot re-derive from Dexie.
  let seeding: Promise<void> | undefined;
  const ready = () =>
    (seeding ??= seedIfEmpty(db, () => connector.snapshot!(now())).then(
      () => undefined,
      (error: unknown) => {
        seeding = undefined;
        logFailure('seeding the demo workspace', error);
        throw error;
      },
    ));

  const handlers = createHandlers({ db, connector, loadSettings, ready, now, openSidebar: openSidebarForTab });
  const policy = {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    contentHosts: ALL_SITE_HOSTS,
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, handlers, policy, (type, error) => logFailure(type, error)).then(sendResponse);
    return true; // keeps the channel open for the async reply (Chrome)
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabContext(tabId);
  });

  installSidebarOpeners();
  void ready().catch(() => undefined);
});
