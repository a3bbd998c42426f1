import { normalizeNumerals } from './numbers';

/**
 * Character-for-character folding so one set of patterns covers every way the same thing is typed: Arabic vs
 * Persian letters, Persian punctuation, typographic apostrophes and hyphens. Every replacement is one UTF-16 unit
 * for one, so an index found in the folded text is valid in the original (snippets show what the rep wrote).
 */
const FOLD: Readonly<Record<string, string>> = {
  '\u066A': '%', // ٪ Arabic percent sign
  '\u060C': ',', // ، Arabic comma
  '\u061B': ';', // ؛
  '\u061F': '?', // ؟
  '\u064A': '\u06CC', // Arabic yeh → Persian yeh
  '\u0649': '\u06CC', // alef maksura → Persian yeh
  '\u0643': '\u06A9', // Arabic kaf → Persian keheh
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'", // Ukrainian apostrophe "пʼять"
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-', // minus sign in "−15%"
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

export function normalizeText(text: string): string {
  return normalizeNumerals(text).replace(FOLDABLE, (char) => FOLD[char] ?? char);
}

/**
 * Lower case with the same length and indices. Patterns then run without the `i` flag: a case-insensitive regex
 * over Unicode letter classes is slow to compile, and the background worker is often cold when Send is pressed.
 * A character whose lower case has another length ("İ") is kept as it is.
 */
export function lowerCaseAligned(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[^]/gu, (char) => {
    const folded = char.toLowerCase();
    return folded.length === char.length ? folded : char;
  });
}
