/**
 * Turns a display name into a plausible ASCII mailbox: "Jürgen Schäfer" at a first.last company becomes
 * jurgen.schafer@…, "Ayşe Yılmaz" becomes ayse.yilmaz@…. Mail systems differ; these are the common
 * corporate patterns, which also gives the identity matcher realistic variety.
 */
export type MailboxFormat = 'first.last' | 'flast' | 'first' | 'f.last' | 'first_last';

export const MAILBOX_FORMATS: readonly MailboxFormat[] = ['first.last', 'flast', 'first', 'f.last', 'first_last'];

/** Letters NFD does not decompose into a base letter plus accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  đ: 'd',
};

/** Lower-case ASCII letters only ("O'Brien" → obrien, "van den Berg" → vandenberg). */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßłøæœıđ]/g, (ch) => SPECIAL_LETTERS[ch] ?? '')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

export function mailboxLocalPart(given: string, family: string, format: MailboxFormat): string {
  const first = asciiSlug(given);
  const last = asciiSlug(family);
  switch (format) {
    case 'first.last':
      return `${first}.${last}`;
    case 'flast':
      return `${first.slice(0, 1)}${last}`;
    case 'first':
      return first;
    case 'f.last':
      return `${first.slice(0, 1)}.${last}`;
    case 'first_last':
      return `${first}_${last}`;
  }
}
