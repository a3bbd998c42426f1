import { isInternalEmail } from '../../identity/email';
import { duplicateProblem, internalProblem, invalidProblem } from './problems';
import type { RecipientRow, RowProblem } from './types';

/**
 * Sorts rows into recipients and problems the same way for pasted text and files: not an address, then one of
 * ours, then seen before. Internal comes before duplicate so every colleague's row says why it was left out.
 */
export function createRowSorter(sellerDomains: readonly string[]) {
  const firstLineOf = new Map<string, number>();
  const recipients: RecipientRow[] = [];
  const problems: RowProblem[] = [];

  return {
    recipients,
    problems,
    /** `email` is the normalised address, or undefined when `raw` is not one. */
    add(line: number, raw: string, email: string | undefined, fields: (email: string) => Record<string, string>): void {
      if (!email) {
        problems.push(invalidProblem(line, raw));
        return;
      }
      if (isInternalEmail(email, sellerDomains)) {
        problems.push(internalProblem(line, raw, email));
        return;
      }
      const firstLine = firstLineOf.get(email);
      if (firstLine !== undefined) {
        problems.push(duplicateProblem(line, raw, firstLine));
        return;
      }
      firstLineOf.set(email, line);
      recipients.push({ line, email, fields: fields(email) });
    },
    problem(row: RowProblem): void {
      problems.push(row);
    },
  };
}
