import { domainOf } from '../../identity/email';
import type { RowProblem } from './types';

const MAX_RAW = 200;
/** Quoted inside a sentence, a long value is cut shorter than `raw` so the message stays one readable line. */
const MAX_QUOTED = 60;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A value quoted in a sentence: `“Work email”`, cut so a 10,000-character cell cannot make a 10,000-character message. */
export function quoted(text: string): string {
  return `“${cut(text.trim(), MAX_QUOTED)}”`;
}

function problem(kind: RowProblem['kind'], line: number, raw: string, message: string): RowProblem {
  return { line, raw: cut(raw, MAX_RAW), kind, message };
}

export function invalidProblem(line: number, raw: string): RowProblem {
  return problem('invalid', line, raw, `${quoted(raw)} is not an email address`);
}

export function duplicateProblem(line: number, raw: string, firstLine: number): RowProblem {
  return problem('duplicate', line, raw, `Duplicate of line ${firstLine}: checked once`);
}

export function internalProblem(line: number, raw: string, email: string): RowProblem {
  return problem('internal', line, raw, `Internal address (${domainOf(email)}): not a customer`);
}

export function emptyCellProblem(line: number, raw: string, column: string): RowProblem {
  return problem('empty', line, raw, `No address in the ${quoted(column)} column`);
}

/** A row cut short (a stray line break, a missing separator) before it reaches the address column. */
export function missingCellProblem(line: number, raw: string, column: string, cells: number, of: number): RowProblem {
  return problem('empty', line, raw, `This row has ${cells} of ${of} columns: no ${quoted(column)} value`);
}
