import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

/**
 * "Is this number an offer?" is decided by the words next to it. A cue is a lexicon with how far (in characters)
 * from the number it may sit on each side; the nearest cue wins, so "uptime of 99.9%, and a 15% discount" keeps
 * "discount" for 15% and "uptime" for 99.9%.
 */
export interface Cue<K extends string> {
  kind: K;
  lexicon: Lexicon;
  /** Largest gap allowed when the cue precedes the number; -1: the cue never precedes. */
  before: number;
  /** Largest gap allowed when the cue follows the number; -1: the cue never follows. */
  after: number;
}

/** The span of text a term's cues are looked for in: up to 70 characters each side, within the bounds given. */
export interface Span {
  start: number;
  end: number;
  /** Where the previous term of the same kind ends, and the next begins: a cue belongs to the nearest term. */
  lowerBound: number;
  upperBound: number;
}

const REACH = 70;

/** Smallest gap per cue kind within its allowed distance; kinds that do not occur are absent. ';' ends a clause. */
export function cueGaps<K extends string>(
  text: string,
  tokens: readonly Token[],
  span: Span,
  cues: readonly Cue<K>[],
): Map<K, number> {
  const gaps = new Map<K, number>();
  const from = Math.max(span.lowerBound, span.start - REACH);
  const to = Math.min(span.upperBound, span.end + REACH);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.start < from) continue;
    if (token.start >= to) break;
    const before = token.end <= span.start;
    if (!before && token.start < span.end) continue; // inside the term itself
    for (const cue of cues) {
      const reach = before ? cue.before : cue.after;
      if (reach < 0) continue;
      const length = cue.lexicon.matchAt(tokens, i, text);
      if (length === 0) continue;
      const cueEnd = tokens[i + length - 1]?.end ?? token.end;
      if (before && cueEnd > span.start) continue;
      const between = before ? text.slice(cueEnd, span.start) : text.slice(span.end, token.start);
      if (between.length > reach || between.includes(';')) continue;
      const known = gaps.get(cue.kind);
      if (known === undefined || between.length < known) gaps.set(cue.kind, between.length);
    }
  }
  return gaps;
}

/** The kind of the nearest cue; on a tie the kind listed first in `priority` wins (put vetoes first). */
export function nearestCueKind<K extends string>(gaps: Map<K, number>, priority: readonly K[]): K | undefined {
  let best: K | undefined;
  let bestGap = Infinity;
  for (const kind of priority) {
    const gap = gaps.get(kind);
    if (gap !== undefined && gap < bestGap) {
      best = kind;
      bestGap = gap;
    }
  }
  return best;
}
