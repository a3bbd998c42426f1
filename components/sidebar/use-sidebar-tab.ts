import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export interface SidebarTab {
  /** Undefined while the active tab is being found, or when the window has none. */
  tabId: number | undefined;
  pinned: boolean;
  /** Known only for tabs on hosts Preflight may read (no "tabs" permission is requested). */
  url: string | undefined;
}

/**
 * The tab the sidebar describes: `?tabId=N` pins it (pop-out windows, tests); otherwise the active tab of
 * the sidebar's own window, followed as the user switches tabs or the tab navigates.
 */
export function useSidebarTab(search: string = window.location.search): SidebarTab {
  const pinnedId = parsePinnedTabId(search);
  const [state, setState] = useState<SidebarTab>({ tabId: pinnedId, pinned: pinnedId !== undefined, url: undefined });

  useEffect(() => {
    let cancelled = false;
    let windowId: number | undefined;
    let shownTabId = pinnedId;

    const refresh = async () => {
      const tabs =
        pinnedId !== undefined
          ? (await browser.tabs.query({})).filter((t) => t.id === pinnedId)
          : await browser.tabs.query(
              windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId },
            );
      if (cancelled) return;
      const tab = tabs[0];
      // The sidebar's window is the window of the first active tab it finds; later activations are filtered by it.
      if (pinnedId === undefined && tab?.windowId !== undefined) windowId ??= tab.windowId;
      shownTabId = tab?.id ?? pinnedId;
      setState({ tabId: shownTabId, pinned: pinnedId !== undefined, url: tab?.url });
    };

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinnedId === undefined && (windowId === undefined || info.windowId === windowId)) void refresh();
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (tabId === shownTabId && (change.url !== undefined || change.status === 'complete')) void refresh();
    };

    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void refresh();
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinnedId]);

  return state;
}

/** Tab ids are 32-bit; a larger one could never be a tab, and the protocol would reject it on every request. */
const MAX_TAB_ID = 2 ** 31 - 1;

export function parsePinnedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id <= MAX_TAB_ID ? id : undefined;
}
