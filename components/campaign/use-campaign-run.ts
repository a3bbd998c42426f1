import { useCallback, useRef, useState } from 'react';
import type { CheckedRecipient } from '../../lib/campaign/results';
import type { RecipientRow } from '../../lib/campaign/input/types';
import { request } from '../../lib/messaging/client';
import { CAMPAIGN_CHUNK, type CampaignOwner, type CampaignVerdict } from '../../lib/model/campaign';

export type RunPhase = 'idle' | 'running' | 'done' | 'cancelled';

export interface RunState {
  phase: RunPhase;
  done: number;
  total: number;
  /** Wall time of the run so far, in ms (shown, and read by the benchmark). */
  elapsedMs: number;
  /** Chunks that could not be checked even after a retry (their recipients are "not checked"). */
  failedChunks: number;
}

const IDLE: RunState = { phase: 'idle', done: 0, total: 0, elapsedMs: 0, failedChunks: 0 };

async function checkChunk(emails: string[], offer: string | undefined) {
  const message = { type: 'campaign/check' as const, emails, ...(offer ? { offer } : {}) };
  try {
    return await request(message);
  } catch {
    // One retry: a service worker that was just woken, or a busy moment. A second failure is reported.
    return request(message);
  }
}

/**
 * Runs a campaign check chunk by chunk through the background, so results stream in with a progress bar and
 * a cancel that takes effect between chunks. A chunk that fails twice is marked "not checked" (held back),
 * never dropped and never read as clean.
 */
export function useCampaignRun() {
  const [state, setState] = useState<RunState>(IDLE);
  const [results, setResults] = useState<readonly CheckedRecipient[]>([]);
  const [owners, setOwners] = useState<ReadonlyMap<string, CampaignOwner>>(new Map());
  /** What the table shows: the first chunk at once, then everything when the run ends or is cancelled. */
  const [tableRows, setTableRows] = useState<readonly CheckedRecipient[]>([]);
  const runToken = useRef(0);
  /** The rows checked so far, for cancel to show them all at once. */
  const latest = useRef<readonly CheckedRecipient[]>([]);

  const start = useCallback(async (recipients: readonly RecipientRow[], offer: string | undefined) => {
    const token = ++runToken.current;
    const started = performance.now();
    const ownersById = new Map<string, CampaignOwner>();
    const collected: CheckedRecipient[] = [];
    let failedChunks = 0;
    let tableShown = false;
    setResults([]);
    setTableRows([]);
    setState({ ...IDLE, phase: 'running', total: recipients.length });
    for (let i = 0; i < recipients.length; i += CAMPAIGN_CHUNK) {
      if (runToken.current !== token) return;
      const slice = recipients.slice(i, i + CAMPAIGN_CHUNK);
      let verdicts: CampaignVerdict[];
      try {
        const reply = await checkChunk(
          slice.map((r) => r.email),
          offer,
        );
        for (const owner of reply.owners) ownersById.set(owner.id, owner);
        verdicts = reply.verdicts;
      } catch (error) {
        failedChunks += 1;
        const note = `Not checked: ${error instanceof Error ? error.message : 'Preflight did not answer'}`.slice(
          0,
          300,
        );
        verdicts = slice.map((r) => ({ email: r.email, status: 'unknown', reasons: [], note }));
      }
      if (runToken.current !== token) return;
      slice.forEach((recipient, index) => {
        const verdict = verdicts[index];
        collected.push({
          recipient,
          verdict:
            verdict && verdict.email === recipient.email
              ? verdict
              : { email: recipient.email, status: 'unknown', reasons: [], note: 'Not checked: reply out of order' },
        });
      });
      const snapshot = collected.slice();
      latest.current = snapshot;
      setResults(snapshot);
      setOwners(new Map(ownersById));
      // The first rows show at once; after that the table waits for the end (re-building a 100,000-row table per
      // chunk made a big check quadratic). Counts and the chart stream with every chunk.
      if (!tableShown) {
        tableShown = true;
        setTableRows(snapshot);
      }
      setState({
        phase: 'running',
        done: collected.length,
        total: recipients.length,
        elapsedMs: performance.now() - started,
        failedChunks,
      });
    }
    setTableRows(collected.slice());
    setState({
      phase: 'done',
      done: collected.length,
      total: recipients.length,
      elapsedMs: performance.now() - started,
      failedChunks,
    });
  }, []);

  /** Stops after the chunk in flight; what was checked so far stays on screen and can be exported. */
  const cancel = useCallback(() => {
    runToken.current += 1;
    setState((s) => (s.phase === 'running' ? { ...s, phase: 'cancelled' } : s));
    setTableRows(latest.current);
  }, []);

  const reset = useCallback(() => {
    runToken.current += 1;
    setResults([]);
    setTableRows([]);
    setState(IDLE);
  }, []);

  return { state, results, tableRows, owners, start, cancel, reset };
}
