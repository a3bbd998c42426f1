import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installToolbarMenu } from './toolbar-menu';

type ClickListener = (info: { menuItemId: string | number }) => void;
interface Item {
  id: string;
  title: string;
  contexts: string[];
}

/** The fake browser leaves contextMenus unimplemented: a small stand-in that keeps the items like the browser. */
function withContextMenus() {
  const items = new Map<string, Item>();
  const calls: string[] = [];
  const clickListeners: ClickListener[] = [];
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: vi.fn(async () => {
        calls.push('removeAll');
        items.clear();
      }),
      create: vi.fn((item: Item, done?: () => void) => {
        calls.push(`create ${item.id}`);
        // Like Chrome: a second item with the same id is refused (the callback sees lastError).
        if (!items.has(item.id)) items.set(item.id, item);
        done?.();
        return item.id;
      }),
      onClicked: { addListener: (listener: ClickListener) => clickListeners.push(listener) },
    },
  });
  const click = (menuItemId: string | number) => clickListeners.forEach((l) => l({ menuItemId }));
  return { items, calls, click };
}

const install = () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

describe('toolbar menu', () => {
  it('adds both tools to the toolbar button’s own menu when installed', async () => {
    const menus = withContextMenus();
    installToolbarMenu();
    await install();
    await vi.waitFor(() => expect(menus.items.size).toBe(2));
    expect([...menus.items.values()]).toEqual([
      { id: 'open-campaign-check', title: 'Check a campaign’s recipients', contexts: ['action'] },
      { id: 'open-audit-log', title: 'Audit log', contexts: ['action'] },
    ]);
  });

  it('clears the previous items first, so an update does not collide with them', async () => {
    const menus = withContextMenus();
    installToolbarMenu();
    await install();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await vi.waitFor(() => expect(menus.calls).toHaveLength(6));
    expect(menus.calls).toEqual([
      'removeAll',
      'create open-campaign-check',
      'create open-audit-log',
      'removeAll',
      'create open-campaign-check',
      'create open-audit-log',
    ]);
    expect(menus.items.size).toBe(2);
  });

  it('opens each tool in a new tab, and ignores items that are not its own', async () => {
    const menus = withContextMenus();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    installToolbarMenu();

    menus.click('something-else');
    expect(create).not.toHaveBeenCalled();

    menus.click('open-campaign-check');
    menus.click('open-audit-log');
    expect(create.mock.calls).toEqual([
      [{ url: 'chrome-extension://test-extension-id/campaign.html' }],
      [{ url: 'chrome-extension://test-extension-id/audit.html' }],
    ]);
  });
});
