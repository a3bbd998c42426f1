import { browser, type PublicPath } from 'wxt/browser';

/**
 * The full-page tools other surfaces open (toolbar menu, options, sidebar), with the one wording they all use.
 * Who each is for: the campaign check is the marketer's, the audit log the manager's.
 */
export const EXTENSION_PAGES = {
  campaign: { path: '/campaign.html', label: 'Check a campaign’s recipients', built: true },
  // Issue 8 builds the audit page; until then no surface links to a page that does not exist.
  audit: { path: '/audit.html', label: 'Audit log', built: false },
} as const;

export type ExtensionPage = keyof typeof EXTENSION_PAGES;

/** Pages in this build: links and menu items are shown for these only. */
export function isBuilt(page: ExtensionPage): boolean {
  return EXTENSION_PAGES[page].built;
}

export function extensionPageUrl(page: ExtensionPage): string {
  // WXT types getURL with the entrypoints of this build; campaign.html and audit.html are built on their own
  // branch, so until it merges they are not in PublicPath. The cast can go once they are.
  return browser.runtime.getURL(EXTENSION_PAGES[page].path as string as PublicPath);
}
