import { z } from 'zod';
import { parseCsvRecipients } from './parse-csv';
import { CsvParseOutcome, type RecipientRow } from './types';

/** What the page asks the CSV worker to read: the file's text and what the parse depends on. */
export const CsvParseJob = z.object({
  text: z.string(),
  sellerDomains: z.array(z.string().max(253)).max(200).readonly(),
  emailColumn: z.string().max(1000).optional(),
});
export type CsvParseJob = z.infer<typeof CsvParseJob>;

/**
 * What the worker sends back: the recipients in batches, then the outcome (its recipients left out). One message
 * of 100,000 rows took the page 0.2–0.3 s to receive in one go; batches let it paint between them.
 */
export type CsvWorkerMessage = { kind: 'rows'; rows: RecipientRow[] } | { kind: 'outcome'; outcome: CsvParseOutcome };

export const CSV_ROWS_PER_MESSAGE = 5000;

/** The worker's whole job, kept apart from the worker's globals so it is tested like any function. */
export function runCsvJob(message: unknown): CsvWorkerMessage[] {
  const job = CsvParseJob.safeParse(message);
  if (!job.success) {
    return [
      {
        kind: 'outcome',
        outcome: { status: 'error', message: 'The file could not be handed to the reader. Try again.' },
      },
    ];
  }
  const { text, sellerDomains, emailColumn } = job.data;
  const outcome = parseCsvRecipients(text, sellerDomains, emailColumn !== undefined ? { emailColumn } : {});
  if (outcome.status !== 'ok') return [{ kind: 'outcome', outcome }];
  const { recipients, ...rest } = outcome.parsed;
  const messages: CsvWorkerMessage[] = [];
  for (let i = 0; i < recipients.length; i += CSV_ROWS_PER_MESSAGE) {
    messages.push({ kind: 'rows', rows: recipients.slice(i, i + CSV_ROWS_PER_MESSAGE) });
  }
  messages.push({ kind: 'outcome', outcome: { status: 'ok', parsed: { ...rest, recipients: [] } } });
  return messages;
}

/**
 * Puts the worker's messages back together on the page. `add` returns the outcome once the last message is in,
 * `bad` when a message is not one of ours (a wrong build): the caller then parses the file itself.
 */
export function createOutcomeCollector() {
  const batches: RecipientRow[][] = [];
  return {
    add(message: unknown): CsvParseOutcome | 'bad' | undefined {
      if (typeof message !== 'object' || message === null) return 'bad';
      const m = message as Partial<Record<string, unknown>>;
      if (m['kind'] === 'rows') {
        if (!Array.isArray(m['rows'])) return 'bad';
        batches.push(m['rows'] as RecipientRow[]);
        return undefined;
      }
      if (m['kind'] !== 'outcome') return 'bad';
      // The outcome comes without its rows, so checking it against its schema is cheap. The rows are this
      // extension's own worker's output, from its own origin and to this page only; parsing each of them again
      // here would put back on the page's thread a full pass the worker exists to take off it.
      const checked = CsvParseOutcome.safeParse(m['outcome']);
      if (!checked.success) return 'bad';
      const outcome = checked.data;
      if (outcome.status !== 'ok') return outcome;
      return { status: 'ok', parsed: { ...outcome.parsed, recipients: batches.flat() } };
    },
  };
}
