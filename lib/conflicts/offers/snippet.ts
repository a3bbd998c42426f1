const MAX_SNIPPET = 200;
const ELLIPSIS = '…';

/**
 * The sentence as evidence, at most 200 characters. A longer sentence is cut to a window around the matched term
 * so the rep still sees the words that triggered the warning.
 */
export function snippetAround(sentence: string, start: number, end: number): string {
  const text = sentence.trim();
  if (text.length <= MAX_SNIPPET) return text;
  const offset = sentence.length - sentence.trimStart().length;
  const middle = Math.floor((start + end) / 2) - offset;
  const room = MAX_SNIPPET - 2 * ELLIPSIS.length;
  const from = Math.max(0, Math.min(text.length - room, middle - Math.floor(room / 2)));
  const to = Math.min(text.length, from + room);
  const head = from > 0 ? ELLIPSIS : '';
  const tail = to < text.length ? ELLIPSIS : '';
  return `${head}${text.slice(from, to).trim()}${tail}`;
}
