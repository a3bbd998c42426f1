import Papa from 'papaparse';
import { unguardFormula } from '../export/formula-guard';

/** One non-empty record of the file, with the line it starts on (records can span lines inside quotes). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvTable = { status: 'ok'; delimiter: string; records: CsvRecord[] } | { status: 'error'; message: string };

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Reads CSV or TSV text into records: BOM stripped, delimiter guessed, quoted commas, quotes and line breaks
 * kept inside their cell, fully empty lines skipped but still counted so line numbers match the file.
 */
export function readCsvTable(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { status: 'error', message: 'The file is empty.' };

  // Papa guesses from rows of equal width, and a blank line (even the usual trailing one) spoils the guess, so a
  // `;` file is read as `,`. Guess on non-empty rows, then parse every line, empty ones too, to keep line numbers.
  const { delimiter } = Papa.parse<string[]>(body, {
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  }).meta;
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');

  const records: CsvRecord[] = [];
  let line = 1;
  for (const [index, row] of result.data.entries()) {
    if (index === unclosed?.row) {
      return {
        status: 'error',
        message:
          `Line ${line} opens a quote (") that is never closed, so the rest of the file cannot be read. ` +
          'Close the quote, or save the file again from your spreadsheet, and retry.',
      };
    }
    if (row.some((cell) => cell.trim() !== '')) {
      // In place: Papa's rows are ours, and copying 100,000 of them only feeds the garbage collector.
      for (const [i, cell] of row.entries()) row[i] = unguardFormula(cell);
      records.push({ line, cells: row });
    }
    line += 1 + lineBreaksIn(row);
  }
  return { status: 'ok', delimiter, records };
}

function lineBreaksIn(row: readonly string[]): number {
  let breaks = 0;
  for (const cell of row) {
    if (cell.includes('\n') || cell.includes('\r')) breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return breaks;
}
