import { DEFAULT_TIMEOUT_MS } from './types';

export interface TabSummary {
  id?: number;
  url?: string;
}

/**
 * Polls `listTabs` until a tab's URL starts with `urlPrefix` (the newest such tab): a tab opened a moment ago may not have committed its URL
 * yet. Tabs of hosts the extension has no permission for have no `url`, so they never match.
 */
export async function waitForTabId(
  urlPrefix: string,
  listTabs: () => Promise<TabSummary[]>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let seen: TabSummary[] = [];
  while (Date.now() < deadline) {
    seen = await listTabs();
    // The newest match: a tab closed by the previous test can still be listed for a moment, and tab ids only grow.
    const ids = seen.filter((t) => t.id !== undefined && t.url?.startsWith(urlPrefix)).map((t) => t.id!);
    if (ids.length > 0) return Math.max(...ids);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const urls = seen.map((t) => `${t.id}: ${t.url ?? '(no url)'}`).join(', ');
  throw new Error(`tabIdFor: no tab starts with ${urlPrefix} after ${timeoutMs} ms; tabs: ${urls}`);
}

/** The one slice of the extension API the harness calls inside extension contexts. */
interface TabsApiGlobal {
  browser?: { tabs: { query(q: object): Promise<TabSummary[]> } };
  chrome?: { tabs: { query(q: object): Promise<TabSummary[]> } };
}

/** Runs inside the service worker or an extension page (serialised: must stay self-contained). */
export async function listTabsInExtension(): Promise<TabSummary[]> {
  const g = globalThis as unknown as TabsApiGlobal;
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('listTabsInExtension: not an extension context');
  const tabs = await api.tabs.query({});
  return tabs.map((t) => ({ id: t.id, url: t.url }));
}
