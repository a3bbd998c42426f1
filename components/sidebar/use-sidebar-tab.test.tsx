// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePinnedTabId, useSidebarTab } from './use-sidebar-tab';

type Tab = { id: number; windowId: number; url?: string; active: boolean };

/**
 * A tiny tab model behind tabs.query: the fake browser cannot activate tabs (its duplicate() never lists the
 * new tab), so the test keeps its own list and fires the real onActivated/onUpdated events of the fake.
 */
function tabModel(initial: Tab[]) {
  const tabs = [...initial];
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
    async (q: { active?: boolean; windowId?: number; currentWindow?: boolean }) =>
      tabs.filter(
        (t) =>
          (q.active === undefined || t.active === q.active) &&
          (q.windowId === undefined || t.windowId === q.windowId) &&
          (q.currentWindow === undefined || t.windowId === 1),
      ) as never,
  );
  return {
    async activate(id: number) {
      for (const t of tabs) if (t.windowId === tabs.find((x) => x.id === id)!.windowId) t.active = t.id === id;
      const tab = tabs.find((t) => t.id === id)!;
      await fakeBrowser.tabs.onActivated.trigger({ tabId: id, windowId: tab.windowId });
    },
    async navigate(id: number, url: string) {
      const tab = tabs.find((t) => t.id === id)!;
      tab.url = url;
      await fakeBrowser.tabs.onUpdated.trigger(id, { url }, tab as never);
    },
  };
}

describe('useSidebarTab', () => {
  it('follows the active tab of its own window only', async () => {
    const model = tabModel([
      { id: 10, windowId: 1, url: 'https://mail.google.com/mail/u/0/#inbox', active: true },
      { id: 11, windowId: 1, url: 'https://www.linkedin.com/in/priya-raman-4b2a1c/', active: false },
      { id: 20, windowId: 2, url: 'https://app.hubspot.com/contacts/1/record/0-1/2', active: true },
    ]);
    const { result } = renderHook(() => useSidebarTab(''));
    await waitFor(() => expect(result.current.tabId).toBe(10));
    expect(result.current).toMatchObject({ pinned: false, url: 'https://mail.google.com/mail/u/0/#inbox' });

    await model.activate(11);
    await waitFor(() => expect(result.current.tabId).toBe(11));
    expect(result.current.url).toContain('linkedin.com');

    await model.activate(20); // another window: not this sidebar's business
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.tabId).toBe(11);
  });

  it('follows navigation in its tab', async () => {
    const model = tabModel([{ id: 10, windowId: 1, url: 'https://mail.google.com/mail/u/0/#inbox', active: true }]);
    const { result } = renderHook(() => useSidebarTab(''));
    await waitFor(() => expect(result.current.tabId).toBe(10));
    await model.navigate(10, 'https://app.hubspot.com/contacts/4455667/record/0-1/98765432101');
    await waitFor(() => expect(result.current.url).toContain('app.hubspot.com'));
  });

  it('stays on a pinned tab when another tab becomes active', async () => {
    const model = tabModel([
      { id: 10, windowId: 1, url: 'https://mail.google.com/mail/u/0/#inbox', active: false },
      { id: 11, windowId: 1, url: 'https://www.linkedin.com/in/priya-raman-4b2a1c/', active: true },
    ]);
    const { result } = renderHook(() => useSidebarTab('?tabId=10'));
    await waitFor(() => expect(result.current.url).toBe('https://mail.google.com/mail/u/0/#inbox'));
    expect(result.current).toMatchObject({ tabId: 10, pinned: true });
    await model.activate(11);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.tabId).toBe(10);
  });
});

describe('parsePinnedTabId', () => {
  it.each([
    ['?tabId=0', 0],
    ['?tabId=7', 7],
    ['?tabId=642171084', 642171084],
    ['?foo=1&tabId=12', 12],
    [`?tabId=${2 ** 31 - 1}`, 2 ** 31 - 1],
  ])('%s pins tab %d', (search, expected) => {
    expect(parsePinnedTabId(search)).toBe(expected);
  });

  it.each([
    '',
    '?tabId=',
    '?tabId=-1',
    '?tabId=1.5',
    '?tabId=abc',
    '?tabId=1e3',
    '?tabId=%20',
    '?tabId=9999999999',
    '?tabid=5',
    `?tabId=${2 ** 31}`,
  ])('%j pins nothing', (search) => {
    expect(parsePinnedTabId(search)).toBeUndefined();
  });
});
