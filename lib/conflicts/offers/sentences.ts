import { lowerCaseAligned, normalizeText } from './normalize-text';
import { execAll } from './regex';

export interface Sentence {
  /** As written, whitespace folded to single spaces: what the snippet shows. */
  text: string;
  /** normalizeText(text): same length and indices, what case-sensitive patterns read (currency codes). */
  norm: string;
  /** norm in lower case, same indices: what every other pattern reads. */
  lower: string;
  subject: boolean;
}

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'e.g',
  'i.e',
  'approx',
  'incl',
  'excl',
  'ca',
  'z.b',
  'bzw',
  'nr',
  'no',
  'inkl',
  'zzgl',
  'max',
  'min',
  'env',
  'p.ex',
  'aprox',
  'p.ej',
  'sr',
  'sra',
  'т.е',
  'т.к',
  'т.д',
  'г',
  'руб',
  'грн',
  'тыс',
  'тис',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'okt',
  'dez',
  'janv',
  'févr',
  'avr',
  'juil',
  'déc',
  'ene',
  'dic',
  'янв',
  'фев',
  'апр',
  'авг',
  'сент',
  'окт',
  'нояб',
  'дек',
]);

/** Candidate sentence ends: punctuation, optional closing quotes/brackets, then whitespace. */
const END = /([.!?…؟]+)["'”»)\]]*\s+/gu;
/** Upper case (no lower-case form equals it), Persian/Arabic (no case), a digit, or an opening mark. */
function startsSentence(rest: string): boolean {
  const first = rest.charAt(0);
  if (first !== first.toLowerCase() || /[0-9"'“«(¡¿[•*-]/.test(first)) return true;
  return first >= '\u0600' && first <= '\u06FF';
}

function isLowerCaseLetter(char: string): boolean {
  return char !== char.toUpperCase();
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A wrapped line continues the previous one when that did not end a sentence and this starts in lower case. */
function continues(previous: string, line: string): boolean {
  return !/[.!?…:;؟]$/.test(previous) && isLowerCaseLetter(line.charAt(0));
}

function paragraphs(body: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (current) out.push(current);
      current = '';
    } else if (current && continues(current, line)) {
      current += ` ${line}`;
    } else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

function splitParagraph(paragraph: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of execAll(END, paragraph)) {
    const cut = match.index + match[0].length;
    const rest = paragraph.slice(cut);
    if (match[1] === '.' || match[1] === '..') {
      // The word before the full stop; only a short look-back, so long paragraphs stay linear.
      const word = /(\S+)$/u.exec(paragraph.slice(Math.max(from, match.index - 24), match.index))?.[1] ?? '';
      const bare = word.toLowerCase().replace(/^[("'«“]+/u, '');
      const initial = bare.length === 1 && bare !== bare.toUpperCase();
      // "30. November", "15. Dezember": a German ordinal day, not the end of a sentence.
      const ordinal = /^\d{1,2}$/.test(bare);
      if (!startsSentence(rest) || initial || ordinal || ABBREVIATIONS.has(bare)) continue;
    }
    pieces.push(paragraph.slice(from, cut));
    from = cut;
  }
  pieces.push(paragraph.slice(from));
  return pieces;
}

/**
 * The subject (its own sentence, first) and the body's sentences. Lines are units (bullets, greetings, lists), except
 * that a hard-wrapped line continuing in lower case joins the previous one.
 */
export function splitSentences(subject: string, body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (raw: string, isSubject: boolean) => {
    const text = fold(raw);
    if (!text) return;
    const norm = normalizeText(text);
    sentences.push({ text, norm, lower: lowerCaseAligned(norm), subject: isSubject });
  };
  add(subject, true);
  for (const paragraph of paragraphs(body)) {
    for (const piece of splitParagraph(paragraph)) add(piece, false);
  }
  return sentences;
}
