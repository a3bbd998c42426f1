import { parseAddress } from '../../identity/email';
import { withoutInvisible } from '../../identity/invisible';
import { createRowSorter } from './row-sorter';
import { tokenizePasted } from './tokenize-pasted';
import type { ParsedRecipients } from './types';

/**
 * Reads addresses pasted in any shape (one per line, comma or semicolon lists, an Outlook or Gmail "To" line with
 * display names) into recipients, with every token that is not checked explained in `problems`.
 */
export function parsePastedRecipients(text: string, sellerDomains: readonly string[]): ParsedRecipients {
  const sorter = createRowSorter(sellerDomains);
  const tokens = tokenizePasted(withoutInvisible(text));
  for (const token of tokens) {
    const address = parseAddress(token.text);
    const name = address?.name;
    sorter.add(token.line, token.raw, address?.email, (email): Record<string, string> =>
      name ? { email, name } : { email },
    );
  }
  const named = sorter.recipients.some((r) => r.fields.name !== undefined);
  return {
    source: 'paste',
    columns: named ? ['email', 'name'] : ['email'],
    recipients: sorter.recipients,
    problems: sorter.problems,
    totalRows: tokens.length,
  };
}
