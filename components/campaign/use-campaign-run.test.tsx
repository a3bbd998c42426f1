// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { RecipientRow } from '../../lib/campaign/input/types';
import { CAMPAIGN_CHUNK } from '../../lib/model/campaign';
import { DANA_EMAIL, PRIYA_EMAIL } from '../../tests/helpers/demo-db';
import { startFakeBackground, type FakeBackground } from '../../tests/helpers/fake-background';
import { useCampaignRun } from './use-campaign-run';

/** The run against the real background (router, handlers, Dexie with the demo workspace), chunk by chunk. */
let background: FakeBackground | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await background?.stop();
  background = undefined;
});

const row = (email: string, line: number): RecipientRow => ({ line, email, fields: { email } });

/** Priya (open quote, held back) first, Dana in the last chunk, and strangers (not in the CRM) between. */
function recipients(count: number): RecipientRow[] {
  const rows = Array.from({ length: count - 2 }, (_, i) => row(`stranger${i}@unknown-${i % 13}.example`, i + 3));
  return [row(PRIYA_EMAIL, 2), ...rows, row(DANA_EMAIL, count + 1)];
}

describe('useCampaignRun', () => {
  it('checks every recipient in order, chunk by chunk, and counts them as they come', { timeout: 30_000 }, async () => {
    background = startFakeBackground();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const list = recipients(2 * CAMPAIGN_CHUNK + 10);
    const { result } = renderHook(() => useCampaignRun());
    await act(() => result.current.start(list, undefined));

    expect(result.current.state).toMatchObject({ phase: 'done', done: list.length, total: list.length, run: 1 });
    expect(send.mock.calls.filter(([m]) => (m as unknown as { type: string }).type === 'campaign/check')).toHaveLength(
      3,
    );
    expect(result.current.results.map((r) => r.recipient.email)).toEqual(list.map((r) => r.email));
    const statusOf = (email: string) => result.current.results.find((r) => r.verdict.email === email)?.verdict.status;
    expect(statusOf(PRIYA_EMAIL)).toBe('hold');
    expect(statusOf('stranger7@unknown-7.example')).toBe('not_in_crm');
    expect(result.current.summary.total).toBe(list.length);
    expect(result.current.summary.notInCrm).toBe(list.length - 2);
  });

  it('a chunk the background fails twice is "not checked" (held back), never dropped or clean', async () => {
    background = startFakeBackground();
    const real = browser.runtime.sendMessage.bind(browser.runtime);
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((message: { type: string; emails?: string[] }) =>
      message.emails?.includes(DANA_EMAIL)
        ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
        : real(message)) as typeof browser.runtime.sendMessage);
    const list = recipients(CAMPAIGN_CHUNK + 5);
    const { result } = renderHook(() => useCampaignRun());
    await act(() => result.current.start(list, undefined));

    expect(result.current.state).toMatchObject({ phase: 'done', done: list.length, failedChunks: 1 });
    const failed = result.current.results.slice(CAMPAIGN_CHUNK);
    expect(failed).toHaveLength(5);
    for (const r of failed) {
      expect(r.verdict.status).toBe('unknown');
      expect(r.verdict.note).toMatch(/^Not checked: /);
    }
    expect(result.current.results[0]?.verdict.status).toBe('hold');
  });

  it('cancel stops after the chunk in flight and keeps what was checked', async () => {
    background = startFakeBackground();
    const list = recipients(3 * CAMPAIGN_CHUNK);
    // The second chunk's answer waits until the marketer has pressed cancel.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const real = browser.runtime.sendMessage.bind(browser.runtime);
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockImplementation(((message: { emails?: string[] }) =>
        message.emails?.[0] === list[CAMPAIGN_CHUNK]!.email
          ? gate.then(() => real(message))
          : real(message)) as typeof browser.runtime.sendMessage);
    const { result } = renderHook(() => useCampaignRun());
    let run: Promise<void> | undefined;
    act(() => {
      run = result.current.start(list, undefined);
    });
    await waitFor(() => expect(result.current.state.done).toBe(CAMPAIGN_CHUNK), { timeout: 20_000 });
    act(() => result.current.cancel());
    release();
    await act(() => run!);

    expect(result.current.state).toMatchObject({ phase: 'cancelled', done: CAMPAIGN_CHUNK, total: list.length });
    expect(result.current.results).toHaveLength(CAMPAIGN_CHUNK);
    // Nothing after the chunk in flight was asked for.
    expect(send.mock.calls.filter(([m]) => (m as unknown as { type: string }).type === 'campaign/check')).toHaveLength(
      2,
    );
  });
});
