/**
 * Letters of the scripts our users write in: Latin (with accents and combining marks), Greek, Cyrillic, Arabic and
 * Persian. Spelled as ranges rather than \p{L}: a regex with Unicode property classes takes milliseconds to
 * compile, and the background worker is often cold when the rep presses Send. Digits are ASCII by the time
 * patterns run (normalizeNumerals), so 0-9 covers them.
 */
export const LETTER =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F\\u0600-\\u06FF\\u0750-\\u077F\\u1E00-\\u1EFF';
export const WORD_CHAR = `${LETTER}0-9`;

/** Word boundaries for every script (JavaScript's \b only knows ASCII, so it sees none inside "скидка"). */
export const WORD_START = `(?<![${WORD_CHAR}])`;
export const WORD_END = `(?![${WORD_CHAR}])`;

/**
 * All matches of a global regex, with exec() on the shared instance. String.prototype.matchAll clones the regex
 * on every call, which for our large alternations costs more than the matching itself.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Longest alternatives first, so "driver safety module" wins over "driver safety" at the same position. */
export function byLengthDesc(a: string, b: string): number {
  return b.length - a.length;
}
