import { normalizeEmail } from '../../identity/email';
import { readCsvTable, type CsvRecord } from './csv-table';
import { findEmailColumn } from './email-column';
import { withoutInvisible } from '../../identity/invisible';
import { emptyCellProblem, missingCellProblem } from './problems';
import { createRowSorter } from './row-sorter';
import type { CsvParseOutcome } from './types';
import { uniqueNames } from './unique-names';

/** Rows read to decide which column holds the addresses; the whole file is still checked. */
const SAMPLE_ROWS = 1000;

/**
 * Reads an uploaded CSV or TSV of campaign recipients. Every data row ends up once, either as a recipient (with
 * all its columns, for the export) or as a problem saying why it is not checked.
 */
export function parseCsvRecipients(
  text: string,
  sellerDomains: readonly string[],
  options: { emailColumn?: string } = {},
): CsvParseOutcome {
  const table = readCsvTable(text);
  if (table.status === 'error') return table;
  const [first, ...rest] = table.records;
  if (!first) return { status: 'error', message: 'The file has no rows, only separators.' };

  // A first row holding an address is data, not a header: a list exported with no column names.
  const headerless = first.cells.some((cell) => normalizeEmail(cell) !== undefined);
  const rows = headerless ? table.records : rest;
  const header = headerless
    ? columnNames(Math.max(...rows.slice(0, SAMPLE_ROWS).map((r) => r.cells.length)))
    : uniqueNames(first.cells.map((cell, i) => cell.trim() || columnName(i)));

  const sample = rows.slice(0, SAMPLE_ROWS).map((r) => r.cells);
  const choice = findEmailColumn(header, sample, options.emailColumn);
  if (choice.status === 'error' || choice.status === 'ambiguous') return choice;
  if (choice.status === 'none') {
    const columns = ['email', ...uniqueNames(header, ['email'])];
    return { status: 'ok', parsed: { source: 'csv', columns, recipients: [], problems: [], totalRows: 0 } };
  }

  const emailIndex = choice.index;
  const emailColumn = header[emailIndex]!;
  const otherIndexes = header.flatMap((_, i) => (i === emailIndex ? [] : [i]));
  const otherNames = uniqueNames(
    otherIndexes.map((i) => header[i]!),
    ['email'],
  );
  const sorter = createRowSorter(sellerDomains);
  const fieldsOf = (record: CsvRecord) => (email: string) => {
    const fields: Record<string, string> = { email };
    otherIndexes.forEach((i, k) => {
      fields[otherNames[k]!] = record.cells[i] ?? '';
    });
    return fields;
  };

  for (const record of rows) {
    const cell = record.cells[emailIndex];
    const raw = () => record.cells.join(table.delimiter);
    if (cell === undefined) {
      sorter.problem(missingCellProblem(record.line, raw(), emailColumn, record.cells.length, header.length));
    } else if (cell.trim() === '') {
      sorter.problem(emptyCellProblem(record.line, raw(), emailColumn));
    } else {
      sorter.add(record.line, cell, normalizeEmail(withoutInvisible(cell)), fieldsOf(record));
    }
  }

  return {
    status: 'ok',
    parsed: {
      source: 'csv',
      columns: ['email', ...otherNames],
      emailColumn,
      recipients: sorter.recipients,
      problems: sorter.problems,
      totalRows: rows.length,
    },
  };
}

function columnName(index: number): string {
  return `column ${index + 1}`;
}

function columnNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => columnName(i));
}
