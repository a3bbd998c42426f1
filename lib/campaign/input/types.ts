import { z } from 'zod';
import { EmailAddress } from '../../model/common';

/** One address to check, with the row it came from so the export can give the marketer their columns back. */
export const RecipientRow = z.object({
  /** 1-based line in the pasted text or the file where the row starts: what the marketer looks for in messages. */
  line: z.number().int().positive(),
  email: EmailAddress,
  /**
   * The row's columns by header, the address column renamed to `email` and holding the normalised address.
   * Pasted input has `email` and, when the address came with a display name, `name`.
   */
  fields: z.record(z.string(), z.string()),
});
export type RecipientRow = z.infer<typeof RecipientRow>;

export const RowProblemKind = z.enum(['invalid', 'duplicate', 'internal', 'empty']);
export type RowProblemKind = z.infer<typeof RowProblemKind>;

/** A row that is not checked, and why, in words the marketer can act on. */
export const RowProblem = z.object({
  line: z.number().int().positive(),
  /** What was written there, cut to 200 characters so one huge cell cannot flood the page. */
  raw: z.string().max(200),
  kind: RowProblemKind,
  message: z.string().max(500),
});
export type RowProblem = z.infer<typeof RowProblem>;

export const ParsedRecipients = z.object({
  source: z.enum(['paste', 'csv', 'list']),
  /** Output column order: `email` first, then the other input columns as they came. */
  columns: z.array(z.string()),
  /** The input header the addresses were read from (CSV only). */
  emailColumn: z.string().optional(),
  recipients: z.array(RecipientRow),
  problems: z.array(RowProblem),
  /** Rows (pasted tokens) read; each ends up once in either `recipients` or `problems`. */
  totalRows: z.number().int().nonnegative(),
});
export type ParsedRecipients = z.infer<typeof ParsedRecipients>;

export const CsvParseOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), parsed: ParsedRecipients }),
  /** Several columns hold addresses: the page asks which one, then parses again with `emailColumn`. */
  z.object({ status: z.literal('ambiguous'), candidates: z.array(z.string()).min(2) }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type CsvParseOutcome = z.infer<typeof CsvParseOutcome>;
