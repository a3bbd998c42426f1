import { normalizeEmail } from '../../identity/email';
import { createRowSorter } from './row-sorter';
import type { ParsedRecipients } from './types';

/**
 * A CRM list's member addresses as recipients, sorted like pasted or uploaded rows (internal and repeated addresses
 * become problems). A row's "line" is the member's position in the list, so messages point somewhere real.
 */
export function parseListRecipients(emails: readonly string[], sellerDomains: readonly string[]): ParsedRecipients {
  const sorter = createRowSorter(sellerDomains);
  emails.forEach((raw, i) => sorter.add(i + 1, raw, normalizeEmail(raw), (email) => ({ email })));
  return {
    source: 'list',
    columns: ['email'],
    recipients: sorter.recipients,
    problems: sorter.problems,
    totalRows: emails.length,
  };
}
