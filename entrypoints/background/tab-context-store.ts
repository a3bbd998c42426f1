import { browser } from 'wxt/browser';
import { tabContextKey } from '../../lib/messaging/tab-context-key';
import { PageContext } from '../../lib/model/page-context';

/**
 * Who is on screen in each tab. Kept in storage.session (trusted contexts only, cleared with the browser
 * session) rather than in a global, because the service worker may be stopped between two messages.
 * Extension pages watch these keys to follow their tab.
 */
export async function saveTabContext(tabId: number, context: PageContext): Promise<void> {
  await browser.storage.session.set({ [tabContextKey(tabId)]: context });
}

export async function readTabContext(tabId: number): Promise<PageContext | null> {
  const key = tabContextKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  const parsed = PageContext.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function forgetTabContext(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabContextKey(tabId));
}
