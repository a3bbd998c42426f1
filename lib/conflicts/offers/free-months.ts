import { cueGaps, type Cue } from './cues';
import type { FoundTerm } from './found-term';
import { Lexicon } from './lexicon';
import { numberWordValue } from './number-words';
import type { Token } from './tokens';

type Unit = 'month' | 'week' | 'day';

const UNIT_WORDS: Readonly<Record<Unit, readonly string[]>> = {
  month: [
    ...['month', 'months', 'monat', 'monate', 'monaten', 'monats', 'monatig*', 'gratismonat', 'gratismonate'],
    ...['gratismonaten', 'mois', 'mes', 'meses', 'месяц', 'месяца', 'месяцев', 'месяцы', 'месячн*'],
    ...['місяць', 'місяці', 'місяців', 'місяця', 'місячн*', 'ماه', 'ماهه'],
  ],
  week: [
    ...['week', 'weeks', 'woche', 'wochen', 'wöchig*', 'semaine', 'semaines', 'semana', 'semanas'],
    ...['неделя', 'недели', 'недель', 'неделю', 'недельн*', 'тиждень', 'тижні', 'тижнів', 'тижня', 'тижнев*'],
    ...['هفته'],
  ],
  day: [
    ...['day', 'days', 'tag', 'tage', 'tagen', 'tägig*', 'jour', 'jours', 'día', 'días', 'dia', 'dias'],
    ...['день', 'дня', 'дней', 'дневн*', 'дні', 'днів', 'денн*', 'روز', 'روزه'],
  ],
};

/** Every token is checked for a unit, so the lookup is a map plus a handful of stems ("30-tägige", "30-дневный"). */
const UNIT_BY_WORD = new Map<string, Unit>();
const UNIT_STEMS: [string, Unit][] = [];
for (const unit of Object.keys(UNIT_WORDS) as Unit[]) {
  for (const word of UNIT_WORDS[unit]) {
    if (word.endsWith('*')) UNIT_STEMS.push([word.slice(0, -1), unit]);
    else UNIT_BY_WORD.set(word, unit);
  }
}

function unitOf(word: string): Unit | undefined {
  return UNIT_BY_WORD.get(word) ?? UNIT_STEMS.find(([stem]) => word.startsWith(stem))?.[1];
}

/** "free" as an adjective between the count and the unit: "2 free months", "3 бесплатных месяца". */
const FREE_ADJECTIVE = new Lexicon(['free', 'kostenlose', 'kostenlosen', 'gratis', 'бесплатн*', 'безкоштовн*']);

type Kind = 'free' | 'trial' | 'veto';

const FREE = new Lexicon([
  ...['free', 'for free', 'free of charge', 'at no cost', 'at no charge', 'at no extra cost', 'no charge', 'on us'],
  ...['gratis', 'kostenlos*', 'umsonst', 'geschenkt', 'ohne kosten', 'ohne aufpreis'],
  ...['gratuit*', 'offert', 'offerts', 'offerte', 'offertes', 'sans frais', 'sin coste', 'sin costo', 'sin cargo'],
  ...['бесплатн*', 'в подарок', 'безкоштовн*', 'у подарунок', 'в подарунок', 'رایگان'],
]);

const TRIAL = new Lexicon([
  ...['trial', 'trials', 'testen', 'testphase', 'testzeitraum', 'testversion', 'probe*', 'essai*', 'prueba*'],
  ...['пробн*', 'тестов*', 'триал*', 'آزمایشی', 'آزمایش'],
]);

/** Durations that are payment terms or history, not gifts: "within 30 days", "2 months ago", "30 days' notice". */
const VETO = new Lexicon([
  ...['within', 'ago', 'notice', 'since', 'net', 'payable', 'innerhalb', 'seit', 'zahlbar', 'kündigungsfrist'],
  ...['délai', 'depuis', 'il y a', 'préavis', 'dentro de', 'plazo', 'hace', 'preaviso', 'назад', 'тому', 'ظرف'],
  ...['پیش'],
]);

const CUES: readonly Cue<Kind>[] = [
  { kind: 'veto', lexicon: VETO, before: 12, after: 8 },
  { kind: 'trial', lexicon: TRIAL, before: 30, after: 25 },
  { kind: 'free', lexicon: FREE, before: 20, after: 15 },
];

const MAX_FREE_MONTHS = 120;
const MAX_TRIAL_DAYS = 365;
const DAYS_PER: Readonly<Record<Unit, number>> = { day: 1, week: 7, month: 30 };

interface Duration {
  start: number;
  end: number;
  unit: Unit;
  /** undefined: the unit stands alone ("месяц бесплатно"). */
  count: number | undefined;
  impliedFree: boolean;
}

/** Joined by nothing, spaces or a hyphen: "30-day", "30 days", "۳۰ روز". */
function adjacent(text: string, left: Token, right: Token): boolean {
  return /^[\s-]*$/.test(text.slice(left.end, right.start));
}

function countOf(token: Token): number | undefined {
  return /^\d{1,3}$/.test(token.word) ? Number(token.word) : numberWordValue(token.word);
}

function durations(text: string, tokens: readonly Token[]): Duration[] {
  const found: Duration[] = [];
  tokens.forEach((token, i) => {
    const unit = unitOf(token.word);
    if (!unit) return;
    let start = token.start;
    let end = token.end;
    let impliedFree = token.word.startsWith('gratismonat');
    let j = i - 1;
    const adjective = tokens[j];
    if (adjective && FREE_ADJECTIVE.matchAt(tokens, j, text) === 1 && adjacent(text, adjective, token)) {
      impliedFree = true;
      j--;
    }
    const counted = tokens[j];
    const afterCount = tokens[j + 1];
    let count = counted && afterCount && adjacent(text, counted, afterCount) ? countOf(counted) : undefined;
    if (count !== undefined && counted) start = counted.start;
    // Persian puts "first" after the unit: "ماه اول رایگان".
    const next = tokens[i + 1];
    if (count === undefined && next?.word === 'اول' && adjacent(text, token, next)) {
      count = 1;
      end = next.end;
    }
    found.push({ start, end, unit, count, impliedFree });
  });
  return found;
}

/**
 * Free months ("first 2 months free", "2 Monate gratis", "۲ ماه رایگان") and trials ("30-day free trial", "14 Tage
 * kostenlos testen", "пробный период 30 дней"). A duration counts only next to a "free" or "trial" word; a trial
 * counted in months becomes days (30 per month) because the model stores trials in days.
 */
export function findFreeTerms(text: string, tokens: readonly Token[]): FoundTerm[] {
  const all = durations(text, tokens);
  const found: FoundTerm[] = [];
  all.forEach((duration, i) => {
    const { start, end, unit } = duration;
    const lowerBound = all[i - 1]?.end ?? 0;
    const upperBound = all[i + 1]?.start ?? text.length;
    const gaps = cueGaps(text, tokens, { start, end, lowerBound, upperBound }, CUES);
    if (duration.impliedFree) gaps.set('free', 0);

    const veto = gaps.get('veto') ?? Infinity;
    const trial = gaps.get('trial') ?? Infinity;
    const free = gaps.get('free') ?? Infinity;
    if (veto <= Math.min(trial, free)) return;
    // A unit without a count ("месяц бесплатно") must sit right next to its "free" word to mean one.
    if (duration.count === undefined && free > 2) return;
    const count = duration.count ?? 1;
    if (count <= 0) return;

    if (unit === 'month' && trial === Infinity) {
      if (free === Infinity || count > MAX_FREE_MONTHS) return;
      found.push({ start, end, offer: { kind: 'free_months', freeMonths: count } });
      return;
    }
    // Days and weeks next to "free" are a trial too ("30 days free"), but "free" must be close for them.
    if (trial === Infinity && free > 10) return;
    const days = count * DAYS_PER[unit];
    if (days > MAX_TRIAL_DAYS) return;
    found.push({ start, end, offer: { kind: 'trial', trialDays: days } });
  });
  return found;
}
