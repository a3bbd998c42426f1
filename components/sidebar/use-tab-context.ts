import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { tabContextKey } from '../../lib/messaging/tab-context-key';
import { PageContext } from '../../lib/model/page-context';
import { queryKeys } from '../../lib/query/keys';
import { tabContextQueryOptions } from '../../lib/query/options';

/**
 * Who is on screen in a tab: fetched from the background once, then pushed by storage.session change
 * events as the content script reports navigation, so the sidebar follows without polling.
 */
export function useTabContext(tabId: number | undefined) {
  const client = useQueryClient();
  const query = useQuery({ ...tabContextQueryOptions(tabId ?? -1), enabled: tabId !== undefined });

  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabContextKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      const parsed = PageContext.safeParse(changes[key]?.newValue);
      client.setQueryData(queryKeys.tabContext(tabId), parsed.success ? parsed.data : null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [client, tabId]);

  return query;
}
