import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, Settings } from '../model/settings';

/**
 * Settings live in storage.local (small, synchronous to watch, readable by every extension context).
 * Tokens never go here: they belong to trusted storage in the background (a later connector's job).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, repairing a stored value that no longer parses instead of failing every caller. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  const parsed = Settings.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
