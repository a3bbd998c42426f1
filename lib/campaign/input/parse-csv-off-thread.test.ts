import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCsvJob } from './csv-job';
import { parseCsvOffThread, type WorkerFactory } from './parse-csv-off-thread';
import { parseCsvRecipients } from './parse-csv';

const TEXT = 'email,segment\r\nana@northwind.example,a\r\nbo@northwind.example,b\r\nnope,c';
const JOB = { text: TEXT, sellerDomains: [] as string[] };

type Behaviour = 'answers' | 'crashes' | 'talks-nonsense';

/** A stand-in for the worker: runs the real job, asynchronously, or fails the way a broken build would. */
function fakeWorker(behaviour: Behaviour) {
  const terminate = vi.fn();
  const worker = {
    onmessage: null as ((event: MessageEvent<unknown>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminate,
    postMessage(job: unknown) {
      setTimeout(() => {
        if (behaviour === 'crashes') {
          const event = { message: 'SyntaxError in the worker script', preventDefault: vi.fn() };
          worker.onerror?.(event as unknown as ErrorEvent);
          return;
        }
        const messages = behaviour === 'answers' ? runCsvJob(job) : [{ surprise: true }];
        for (const data of messages) worker.onmessage?.(new MessageEvent('message', { data }));
      }, 0);
    },
  };
  const factory: WorkerFactory = () => worker as unknown as ReturnType<WorkerFactory>;
  return { factory, terminate };
}

afterEach(() => vi.restoreAllMocks());

describe('parsing an uploaded CSV off the page’s thread', () => {
  it('takes the worker’s answer and ends the worker', async () => {
    const { factory, terminate } = fakeWorker('answers');
    await expect(parseCsvOffThread(JOB, factory)).resolves.toEqual(parseCsvRecipients(TEXT, []));
    expect(terminate).toHaveBeenCalledOnce();
  });

  it.each<Behaviour>(['crashes', 'talks-nonsense'])(
    'reads the file on the page when the worker %s: the file is never lost',
    async (behaviour) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { factory, terminate } = fakeWorker(behaviour);
      await expect(parseCsvOffThread(JOB, factory)).resolves.toEqual(parseCsvRecipients(TEXT, []));
      expect(terminate).toHaveBeenCalledOnce();
      // Said without the file's contents: no address reaches the console.
      expect(warn).toHaveBeenCalledOnce();
      expect(JSON.stringify(warn.mock.calls)).not.toContain('northwind');
    },
  );

  it('reads the file on the page where no worker can start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(parseCsvOffThread(JOB, () => undefined)).resolves.toEqual(parseCsvRecipients(TEXT, []));
    const blocked: WorkerFactory = () => {
      throw new DOMException('blocked by the content security policy', 'SecurityError');
    };
    await expect(parseCsvOffThread(JOB, blocked)).resolves.toEqual(parseCsvRecipients(TEXT, []));
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('when the parser itself fails', () => {
  it('still answers, with an error the marketer can act on', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { factory } = fakeWorker('crashes');
    const parser = await import('./parse-csv');
    vi.spyOn(parser, 'parseCsvRecipients').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    await expect(parseCsvOffThread(JOB, factory)).resolves.toEqual({
      status: 'error',
      message: expect.stringContaining('paste the addresses'),
    });
  });
});
