import { normalizeEmail } from '../../identity/email';

/** One thing the marketer pasted: an address, a `Name <address>` mailbox, or something that is neither. */
export interface PastedToken {
  line: number;
  /** The text as pasted, display name included. */
  raw: string;
  /** What to read the address from: `raw`, or the content of a lone quoted string. */
  text: string;
}

interface Span {
  kind: 'word' | 'quoted' | 'angle';
  start: number;
  end: number;
}
type Atom = Span | { kind: 'separator' };

const HARD_SEPARATORS = new Set([',', ';']);
const isSpace = (c: string) => /\s/.test(c);

/**
 * Splits pasted text on commas, semicolons and white space, except inside "quoted names" and <angle addresses>,
 * so `"Doe, Jane" <jane@x.com>` stays one mailbox. Lines are read one at a time: a line number is what the
 * marketer can find again, and a quote left open cannot swallow the rest of the paste.
 */
export function tokenizePasted(text: string): PastedToken[] {
  const tokens: PastedToken[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => tokenizeLine(lineText, index + 1, tokens));
  return tokens;
}

/** Appends one line's tokens; loops rather than spreads, as a paste can be 100,000 addresses on one line. */
function tokenizeLine(s: string, line: number, tokens: PastedToken[]): void {
  let pending: Span[] = [];
  const slice = (a: Span) => s.slice(a.start, a.end);
  const pushStandalone = (atoms: Span[]) => {
    for (const a of atoms) {
      const raw = slice(a);
      tokens.push({ line, raw, text: a.kind === 'quoted' ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw });
    }
  };

  for (const atom of scanAtoms(s)) {
    if (atom.kind === 'separator') {
      pushStandalone(pending);
      pending = [];
    } else if (atom.kind === 'angle') {
      // The display name is the words right before the bracket, back to an earlier, different address
      // (`a@x.com Jane <jane@x.com>` is two mailboxes; `jane@x.com <jane@x.com>` is Gmail's way of writing one).
      const address = normalizeEmail(slice(atom));
      let nameStart = pending.length;
      while (nameStart > 0) {
        const before = normalizeEmail(slice(pending[nameStart - 1]!));
        if (before && before !== address) break;
        nameStart -= 1;
      }
      pushStandalone(pending.slice(0, nameStart));
      const from = pending[nameStart]?.start ?? atom.start;
      const raw = s.slice(from, atom.end);
      tokens.push({ line, raw, text: raw });
      pending = [];
    } else {
      pending.push(atom);
    }
  }
  pushStandalone(pending);
}

function* scanAtoms(s: string): Generator<Atom> {
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const quoteEnd = c === '"' ? closingQuote(s, i) : -1;
    if (HARD_SEPARATORS.has(c)) {
      yield { kind: 'separator' };
      i += 1;
    } else if (isSpace(c) || c === '>') {
      // A stray `>` (or `<` below) is read as a separator, so `<jane@x.com` still yields the address.
      i += 1;
    } else if (c === '<') {
      const close = s.indexOf('>', i + 1);
      const reopen = s.indexOf('<', i + 1);
      if (close === -1 || (reopen !== -1 && reopen < close)) {
        i += 1;
      } else {
        yield { kind: 'angle', start: i, end: close + 1 };
        i = close + 1;
      }
    } else if (quoteEnd !== -1) {
      yield { kind: 'quoted', start: i, end: quoteEnd + 1 };
      i = quoteEnd + 1;
    } else {
      const start = i;
      while (i < s.length && !isSpace(s[i]!) && !HARD_SEPARATORS.has(s[i]!) && s[i] !== '<' && s[i] !== '>') i += 1;
      yield { kind: 'word', start, end: i };
    }
  }
}

/** Index of the quote closing the one at `open` (backslash escapes honoured), or -1 if it is never closed. */
function closingQuote(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i += 1) {
    if (s[i] === '\\') i += 1;
    else if (s[i] === '"') return i;
  }
  return -1;
}
