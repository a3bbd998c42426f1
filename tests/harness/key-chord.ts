/**
 * Splits a Playwright-style chord ('Control+Enter', 'Shift++') into modifiers and the final key, because puppeteer's
 * keyboard.press takes one key only. 'ControlOrMeta' becomes Control: the harness runs on Linux.
 */
export function parseChord(chord: string): { modifiers: string[]; key: string } {
  const parts = chord === '+' ? ['+'] : chord.split(/\+(?!$)/);
  const key = parts.pop();
  if (!key) throw new Error(`press: empty key chord "${chord}"`);
  return { modifiers: parts.map((m) => (m === 'ControlOrMeta' ? 'Control' : m)), key };
}
