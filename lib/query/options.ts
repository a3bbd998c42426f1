import { queryOptions } from '@tanstack/react-query';
import { request } from '../messaging/client';
import { loadSettings } from '../settings/settings-store';
import type { PersonOnPage } from '../model/page-context';
import { queryKeys, StaleTime } from './keys';

export function briefQueryOptions(person: PersonOnPage) {
  return queryOptions({
    queryKey: queryKeys.brief(person),
    queryFn: () => request({ type: 'brief/lookup', person }),
    staleTime: StaleTime.brief,
    // The background answered from the cache and is re-reading the CRM: ask again shortly for the fresh brief.
    refetchInterval: (query) => (query.state.data?.status === 'found' && query.state.data.refreshing ? 1500 : false),
  });
}

export function tabContextQueryOptions(tabId: number) {
  return queryOptions({
    queryKey: queryKeys.tabContext(tabId),
    queryFn: async () => (await request({ type: 'tab/context', tabId })).context,
    staleTime: Infinity, // pushed by storage.session change events, see useTabContext
  });
}

export function workspaceQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.workspace(),
    queryFn: async () => (await request({ type: 'workspace/status' })).workspace,
    staleTime: StaleTime.workspace,
  });
}

export function settingsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.settings(), queryFn: loadSettings, staleTime: Infinity });
}

export function connectionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.connection(),
    queryFn: () => request({ type: 'connection/status' }),
    staleTime: StaleTime.workspace,
  });
}

export function outboxQueryOptions(email: string) {
  return queryOptions({
    queryKey: queryKeys.outbox(email),
    queryFn: async () => (await request({ type: 'outbox/list', email })).items,
    // While a write is on its way, look again every few seconds; otherwise on focus and invalidation only.
    refetchInterval: (query) => (query.state.data?.some((w) => w.status === 'pending') ? 3000 : false),
  });
}

export function accountQueryOptions(kind: 'company' | 'deal', name: string | undefined, hubspotRecordId?: string) {
  return queryOptions({
    queryKey: queryKeys.account(kind, name ?? '', hubspotRecordId ?? ''),
    queryFn: () =>
      request({
        type: 'account/lookup',
        kind,
        ...(name ? { name } : {}),
        ...(hubspotRecordId ? { hubspotRecordId } : {}),
      }),
    staleTime: StaleTime.brief,
  });
}

export function campaignListsQueryOptions(query: string) {
  return queryOptions({
    queryKey: queryKeys.campaignLists(query),
    queryFn: () => request({ type: 'campaign/lists', ...(query ? { query } : {}) }),
    // While a search by name runs, the lists found so far stay on screen instead of a disabled, empty select.
    placeholderData: (previous) => previous,
    // Lists change rarely while the page is open; a marketer who just built one can reload the page.
    staleTime: StaleTime.workspace,
  });
}
