import { createOutcomeCollector, type CsvParseJob } from './csv-job';
import { parseCsvRecipients } from './parse-csv';
import type { CsvParseOutcome } from './types';

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/** Starts the CSV worker; undefined where workers are not available (tests in jsdom, a locked-down page). */
export type WorkerFactory = () => WorkerLike | undefined;

const defaultFactory: WorkerFactory = () =>
  typeof Worker === 'undefined'
    ? undefined
    : new Worker(new URL('./csv-parse.worker.ts', import.meta.url), { type: 'module', name: 'csv-reader' });

/**
 * Parses an uploaded CSV in a worker, so the page keeps painting while a big file is read. Whatever goes wrong
 * with the worker (cannot start, crashes, answers nonsense), the file is parsed here instead: the marketer's
 * file is never lost to a Preflight fault, it is only slower to read.
 */
export function parseCsvOffThread(
  job: CsvParseJob,
  startWorker: WorkerFactory = defaultFactory,
): Promise<CsvParseOutcome> {
  const inPlace = (): CsvParseOutcome => {
    try {
      return parseCsvRecipients(
        job.text,
        job.sellerDomains,
        job.emailColumn !== undefined ? { emailColumn: job.emailColumn } : {},
      );
    } catch {
      // A fault of ours, not of the file: said plainly, and the promise still settles (the page never waits forever).
      return { status: 'error', message: 'Preflight could not read this file. Try again, or paste the addresses.' };
    }
  };
  let worker: WorkerLike | undefined;
  try {
    worker = startWorker();
  } catch (error) {
    console.warn('Preflight: the CSV reader could not start; reading on the page.', describe(error));
  }
  if (!worker) return Promise.resolve(inPlace());
  const running = worker;
  return new Promise<CsvParseOutcome>((resolve) => {
    const finish = (outcome: CsvParseOutcome) => {
      running.onmessage = null;
      running.onerror = null;
      running.terminate();
      resolve(outcome);
    };
    const collector = createOutcomeCollector();
    running.onmessage = (event) => {
      const outcome = collector.add(event.data);
      if (outcome === undefined) return;
      if (outcome !== 'bad') return finish(outcome);
      console.warn('Preflight: the CSV reader answered in an unknown shape; reading on the page.');
      finish(inPlace());
    };
    running.onerror = (event) => {
      // The worker's script failed (not the file: a bad file is an `error` outcome, not a worker error).
      event.preventDefault();
      console.warn('Preflight: the CSV reader failed; reading on the page.');
      finish(inPlace());
    };
    running.postMessage(job);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
