import { domainOf } from '../../identity/email';
import type { RowProblem } from './types';

const MAX_RAW = 200;
/** Quoted inside a sentence, a long value is cut shorter than `raw` so the message stays one readable line. */
const MAX_QUOTED = 60;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function problem(kind: RowProblem['kind'], line: number, raw: string, message: string): RowProblem {
  return { line, raw: cut(raw, MAX_RAW), kind, message };
}

export function invalidProblem(line: number, raw: string): RowProblem {
  return problem('invalid', line, raw, `“${cut(raw.trim(), MAX_QUOTED)}” is not an email address`);
}

export function duplicateProblem(line: number, raw: string, firstLine: number): RowProblem {
  return problem('duplicate', line, raw, `Duplicate of line ${firstLine}: checked once`);
}

export function internalProblem(line: number, raw: string, email: string): RowProblem {
  return problem('internal', line, raw, `Internal address (${domainOf(email)}): not a customer`);
}

export function emptyProblem(line: number, raw: string, message: string): RowProblem {
  return problem('empty', line, raw, message);
}
