import Papa from 'papaparse';
import type { RecipientRow } from '../input/types';
import { uniqueNames } from '../input/unique-names';
import { guardFormula } from './formula-guard';

export interface ExportRow {
  recipient: RecipientRow;
  /** Why the recipient is on the suppression list ("Do not contact", "Open quote Q-1042"); empty on a clean list. */
  reasons: string[];
  details?: string;
  owner?: string;
  note?: string;
}

const ADDED_COLUMNS = ['reasons', 'details', 'owner', 'note'];
/** Excel reads a CSV without a BOM in the system code page, turning `Zoë` into `ZoÃ«`; with it, as UTF-8. */
const BOM = '\uFEFF';

/**
 * The suppression or clean list as a CSV the marketer opens in Excel or loads into their email tool: their own
 * columns in their order (`email` first), then why each recipient is listed. Every cell is guarded against
 * formulas, headers included, as they come from an uploaded file.
 */
export function recipientsToCsv(columns: string[], rows: ExportRow[]): string {
  // An input column already called `note` (say, a list we exported before) is kept as `note (2)`, not lost.
  const inputHeaders = uniqueNames(columns, ADDED_COLUMNS);
  const header = [...inputHeaders, ...ADDED_COLUMNS].map(guardFormula);
  const records = rows.map(({ recipient, reasons, details, owner, note }) =>
    [
      ...columns.map((column) => (column === 'email' ? recipient.email : (recipient.fields[column] ?? ''))),
      reasons.join(';'),
      details ?? '',
      owner ?? '',
      note ?? '',
    ].map(guardFormula),
  );
  // CRLF after every record, the last too (RFC 4180, and what Excel writes). Papa adds none after the last record,
  // except after a lone header given as `fields`; passing rows only keeps that one rule.
  return `${BOM}${Papa.unparse([header, ...records], { newline: '\r\n' })}\r\n`;
}
