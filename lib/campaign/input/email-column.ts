import { normalizeEmail } from '../../identity/email';
import { quoted } from './problems';

export type EmailColumnChoice =
  | { status: 'found'; index: number }
  /** Only for a file with no rows: nothing says which column it would be, and nothing needs checking. */
  | { status: 'none' }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'error'; message: string };

const MAX_LISTED = 10;

const QUALIFIER =
  '(?:work|business|personal|primary|secondary|contact|private|professional|other|home|alternate|alt|billing|' +
  'customer|recipient|user|office|company|corporate|main)';
/** `Email`, `E-mail address`, `Work email`, `Email (work)`, `Email 2`… but not `Email opt-out` or `Email status`. */
const ENGLISH_HEADER = new RegExp(`^${QUALIFIER}?e?mail(?:s|address(?:es)?|adresse?)?${QUALIFIER}?\\d*$`);
/** What exports in other languages call it, after `headerKey` (accents and punctuation gone). */
const LOCALISED_HEADERS = new Set([
  'courriel',
  'adressecourriel',
  'adressemail',
  'adresseemail',
  'adresseelectronique',
  'correo',
  'correoelectronico',
  'direcciondecorreo',
  'correio',
  'correioeletronico',
  'postaelettronica',
  'indirizzoemail',
  'epost',
  'epostadresse',
  'sahkoposti',
]);

/** Header compared without case, accents, spaces or punctuation: `E-Mail Address ` and `emailaddress` are one. */
function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function isEmailHeader(header: string): boolean {
  const key = headerKey(header);
  return ENGLISH_HEADER.test(key) || LOCALISED_HEADERS.has(key);
}

/** More than half of the column's non-empty values are addresses (a few typos must not hide the column). */
function mostlyAddresses(sample: readonly (readonly string[])[], index: number): boolean {
  let filled = 0;
  let addresses = 0;
  for (const cells of sample) {
    const cell = cells[index]?.trim();
    if (!cell) continue;
    filled += 1;
    if (normalizeEmail(cell)) addresses += 1;
  }
  return filled > 0 && addresses * 2 > filled;
}

/**
 * Picks the column holding the addresses: the one the user chose, else the one header that says so, else the
 * column whose contents are addresses. `sample` is the first rows (a thousand tell as much as a million).
 */
export function findEmailColumn(
  header: readonly string[],
  sample: readonly (readonly string[])[],
  requested?: string,
): EmailColumnChoice {
  if (requested !== undefined) {
    const wanted = requested.trim().toLowerCase();
    const index = header.includes(requested)
      ? header.indexOf(requested)
      : header.findIndex((h) => h.toLowerCase() === wanted);
    if (index !== -1) return { status: 'found', index };
    return {
      status: 'error',
      message: `There is no column ${quoted(requested)} in this file (columns: ${list(header)}).`,
    };
  }

  const named = header.flatMap((h, i) => (isEmailHeader(h) ? [i] : []));
  if (named.length === 1) return { status: 'found', index: named[0]! };
  if (sample.length === 0) return named[0] === undefined ? { status: 'none' } : { status: 'found', index: named[0] };

  // Of several "email" headers, the ones actually holding addresses; failing that (or with no such header),
  // any column that does: a `Contact` column full of addresses is still the address column.
  const byContent = (indexes: number[]) => indexes.filter((i) => mostlyAddresses(sample, i));
  let candidates = byContent(named);
  if (candidates.length === 0) candidates = byContent(header.map((_, i) => i));

  if (candidates.length === 1) return { status: 'found', index: candidates[0]! };
  if (candidates.length > 1) return { status: 'ambiguous', candidates: candidates.map((i) => header[i]!) };
  return {
    status: 'error',
    message:
      `No column of email addresses found (columns: ${list(header)}). ` +
      'Name the address column “Email”, or check that the first line of the file holds the column names.',
  };
}

/** The file's columns for a message: a few are enough to recognise the file, a thousand would bury the point. */
function list(header: readonly string[]): string {
  const shown = header.slice(0, MAX_LISTED).map(quoted).join(', ');
  return header.length > MAX_LISTED ? `${shown} and ${header.length - MAX_LISTED} more` : shown;
}
