export type Calendar = 'gregorian' | 'jalali';

interface MonthName {
  month: number;
  calendar: Calendar;
}

/**
 * Month names (nominative, genitive and common abbreviations) in our languages, Gregorian and Persian. Several
 * languages share a spelling for the same month ("mai", "nov"), so one table serves them all.
 */
const GREGORIAN: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'января',
    'январь',
    'янв',
    'січня',
    'січень',
    'ژانویه',
  ],
  [
    'february',
    'feb',
    'februar',
    'février',
    'fevrier',
    'févr',
    'febrero',
    'февраля',
    'февраль',
    'фев',
    'лютого',
    'лютий',
    'فوریه',
  ],
  ['march', 'mar', 'märz', 'mrz', 'mars', 'marzo', 'марта', 'март', 'березня', 'березень', 'مارس'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'апреля', 'апрель', 'апр', 'квітня', 'квітень', 'آوریل'],
  ['may', 'mai', 'mayo', 'мая', 'май', 'травня', 'травень', 'مه', 'می'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'июня', 'июнь', 'июн', 'червня', 'червень', 'ژوئن'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'июля', 'июль', 'июл', 'липня', 'липень', 'ژوئیه', 'جولای'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'августа', 'август', 'авг', 'серпня', 'серпень', 'اوت', 'آگوست'],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'setiembre',
    'сентября',
    'сентябрь',
    'сен',
    'сент',
    'вересня',
    'вересень',
    'سپتامبر',
  ],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'октября', 'октябрь', 'окт', 'жовтня', 'жовтень', 'اکتبر'],
  ['november', 'nov', 'novembre', 'noviembre', 'ноября', 'ноябрь', 'нояб', 'ноя', 'листопада', 'листопад', 'نوامبر'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dic',
    'декабря',
    'декабрь',
    'дек',
    'грудня',
    'грудень',
    'دسامبر',
  ],
];

const JALALI: readonly string[] = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];

const BY_NAME = new Map<string, MonthName>();
GREGORIAN.forEach((names, index) => {
  for (const name of names) BY_NAME.set(name, { month: index + 1, calendar: 'gregorian' });
});
JALALI.forEach((name, index) => BY_NAME.set(name, { month: index + 1, calendar: 'jalali' }));

/** The month a lower-case word names, if any (tokens are already lower-case: no folding per call). */
export function monthByName(word: string): MonthName | undefined {
  return BY_NAME.get(word);
}
