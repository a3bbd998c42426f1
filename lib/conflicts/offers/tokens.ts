import { execAll, WORD_CHAR } from './regex';

/** A word of the sentence: its (lower-case) text and its span in the sentence. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * Letters/digits of any script; an inner apostrophe ("jusqu'au", "п'ять") or zero-width non-joiner (Persian
 * "ارزان‌تر") does not split a word. Context words are looked up per token: far cheaper than running a regex
 * alternation of hundreds of words over every position of the text at send time.
 */
const WORD = new RegExp(`[${WORD_CHAR}]+(?:['\u200C][${WORD_CHAR}]+)*`, 'g');

/** Tokens of lower-cased text (Sentence.lower). */
export function tokenize(lower: string): Token[] {
  const tokens: Token[] = [];
  for (const match of execAll(WORD, lower)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
