import { browser } from 'wxt/browser';
import { EXTENSION_PAGES, extensionPageUrl, type ExtensionPage } from '../../lib/extension-pages';
import { logFailure } from '../../lib/log';

/**
 * Right-clicking the toolbar button offers the two full-page tools. A left click already opens the sidebar,
 * so the menu is the way in for the marketer and the manager, who rarely need the brief.
 */
const MENU_ITEMS: readonly { id: string; page: ExtensionPage }[] = [
  { id: 'open-campaign-check', page: 'campaign' },
  { id: 'open-audit-log', page: 'audit' },
];

export function installToolbarMenu(): void {
  // Both browsers keep the items of a service worker / event page across restarts, so they are created once
  // per install or update; the click listener, though, must be registered on every wake.
  browser.runtime.onInstalled.addListener(() => {
    registerToolbarMenu().catch((error: unknown) => logFailure('registering the toolbar menu', error));
  });
  browser.contextMenus.onClicked.addListener((info) => {
    const item = MENU_ITEMS.find((i) => i.id === info.menuItemId);
    if (!item) return;
    browser.tabs
      .create({ url: extensionPageUrl(item.page) })
      .catch((error: unknown) => logFailure(`opening ${item.page} from the toolbar menu`, error));
  });
}

export async function registerToolbarMenu(): Promise<void> {
  // An update fires onInstalled again while the old items still exist: creating a duplicate id is an error.
  await browser.contextMenus.removeAll();
  for (const { id, page } of MENU_ITEMS) {
    browser.contextMenus.create({ id, title: EXTENSION_PAGES[page].label, contexts: ['action'] }, () => {
      // Reading lastError in the callback is what reports the failure instead of an "unchecked" console error.
      const error = browser.runtime.lastError;
      if (error) logFailure('creating a toolbar menu item', error);
    });
  }
}
