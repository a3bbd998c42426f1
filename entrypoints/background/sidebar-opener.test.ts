import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installSidebarOpeners } from './sidebar-opener';

type CommandListener = (command: string, tab?: { windowId?: number }) => void;

/** The fake browser implements neither sidePanel (Chrome-only) nor commands: give it both to observe. */
function withChromeApis() {
  const commandListeners: CommandListener[] = [];
  const sidePanel = { setPanelBehavior: vi.fn(async () => {}), open: vi.fn(async () => {}) };
  Object.assign(fakeBrowser, {
    sidePanel,
    commands: { onCommand: { addListener: (listener: CommandListener) => commandListeners.push(listener) } },
  });
  const fireCommand = (command: string, tab?: { windowId?: number }) =>
    commandListeners.forEach((l) => l(command, tab));
  return { sidePanel, fireCommand };
}

describe('installSidebarOpeners (Chrome build)', () => {
  it('opens the side panel from the toolbar button', () => {
    const { sidePanel } = withChromeApis();
    installSidebarOpeners();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('opens it in the window of the keyboard shortcut, and ignores other commands', () => {
    const { sidePanel, fireCommand } = withChromeApis();
    installSidebarOpeners();
    fireCommand('something-else', { windowId: 3 });
    fireCommand('open-sidebar', undefined);
    expect(sidePanel.open).not.toHaveBeenCalled();
    fireCommand('open-sidebar', { windowId: 3 });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });
});
