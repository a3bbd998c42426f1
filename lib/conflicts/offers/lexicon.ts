import type { Token } from './tokens';

interface Entry {
  /** Words after the first, each exact or a stem ending in '*'. */
  rest: readonly string[];
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/**
 * A list of words and phrases looked up token by token. An entry is a word ("discount"), a stem ending in '*'
 * ("скидк*" for скидка/скидку/скидкой) or a phrase of such words separated by single spaces ("at no cost").
 */
export class Lexicon {
  private readonly exact = new Map<string, Entry[]>();
  /** Stems by their first character, so a lookup only tries the few that can match. */
  private readonly stems = new Map<string, { prefix: string; entry: Entry }[]>();

  constructor(entries: readonly string[]) {
    for (const text of entries) {
      const [first = '', ...rest] = text.toLowerCase().split(' ');
      const entry: Entry = { rest };
      if (first.endsWith('*')) {
        const prefix = first.slice(0, -1);
        const bucket = this.stems.get(prefix.charAt(0)) ?? [];
        bucket.push({ prefix, entry });
        this.stems.set(prefix.charAt(0), bucket);
      } else this.exact.set(first, [...(this.exact.get(first) ?? []), entry]);
    }
  }

  /**
   * How many tokens, from tokens[i], the longest matching entry covers (0: none). The words of a phrase must be
   * separated by whitespace only.
   */
  matchAt(tokens: readonly Token[], i: number, text: string): number {
    const first = tokens[i];
    if (!first) return 0;
    let best = 0;
    const consider = (entry: Entry) => {
      const length = 1 + entry.rest.length;
      if (length <= best) return;
      for (let k = 0; k < entry.rest.length; k++) {
        const previous = tokens[i + k];
        const token = tokens[i + k + 1];
        const pattern = entry.rest[k] ?? '';
        if (!previous || !token || !wordMatches(pattern, token.word)) return;
        if (text.slice(previous.end, token.start).trim() !== '') return;
      }
      best = length;
    };
    for (const entry of this.exact.get(first.word) ?? []) consider(entry);
    for (const { prefix, entry } of this.stems.get(first.word.charAt(0)) ?? []) {
      if (first.word.startsWith(prefix)) consider(entry);
    }
    return best;
  }

  /** Whether any entry occurs among the tokens. */
  occursIn(tokens: readonly Token[], text: string): boolean {
    for (let i = 0; i < tokens.length; i++) if (this.matchAt(tokens, i, text) > 0) return true;
    return false;
  }
}
