import { browser } from 'wxt/browser';

/**
 * The toolbar button and the keyboard shortcut open the sidebar. Chrome does it natively once told to;
 * Firefox opens its sidebar_action from the action click (a user gesture) and from the
 * _execute_sidebar_action command declared in the manifest.
 */
/** Firefox-only API, absent from Chrome's typings that WXT's `browser` follows. */
interface FirefoxSidebarAction {
  sidebarAction: { toggle(): Promise<void>; open(): Promise<void> };
}

export function installSidebarOpeners(): void {
  if (import.meta.env.FIREFOX) {
    const firefox = browser as unknown as FirefoxSidebarAction;
    browser.action.onClicked.addListener(() => {
      void firefox.sidebarAction.toggle();
    });
    return;
  }
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-sidebar' || tab?.windowId === undefined) return;
    void browser.sidePanel.open({ windowId: tab.windowId });
  });
}

/**
 * Opens the sidebar for a tab on request of its content script (the compose banner was clicked). Both
 * browsers only allow it while handling a user gesture; where the gesture did not carry over the message,
 * the answer is false and the banner tells the rep to use the toolbar button.
 */
export async function openSidebarForTab(tabId: number): Promise<boolean> {
  try {
    if (import.meta.env.FIREFOX) {
      await (browser as unknown as FirefoxSidebarAction).sidebarAction.open();
    } else {
      await browser.sidePanel.open({ tabId });
    }
    return true;
  } catch {
    return false;
  }
}
