import { browser, type PublicPath } from 'wxt/browser';

/**
 * The full-page tools other surfaces open (toolbar menu, options, sidebar), with the one wording they all use.
 * Who each is for: the campaign check is the marketer's, the audit log the manager's.
 */
export const EXTENSION_PAGES = {
  campaign: { path: '/campaign.html', label: 'Check a campaign’s recipients' },
  audit: { path: '/audit.html', label: 'Audit log' },
} as const satisfies Record<string, { path: PublicPath; label: string }>;

export type ExtensionPage = keyof typeof EXTENSION_PAGES;

export function extensionPageUrl(page: ExtensionPage): string {
  return browser.runtime.getURL(EXTENSION_PAGES[page].path);
}
