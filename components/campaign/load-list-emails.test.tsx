// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_LIST_RECIPIENTS } from '../../lib/model/contact-list';
import { demoSnapshot } from '../../tests/helpers/demo-db';
import { startFakeBackground, type FakeBackground } from '../../tests/helpers/fake-background';
import { ListLoadError, loadListEmails, type ListLoadProgress } from './load-list-emails';

let background: FakeBackground | undefined;
afterEach(async () => {
  await background?.stop();
  background = undefined;
});

/** A connector whose list `huge` has `size` members, served 500 a page like the HubSpot connector. */
function hugeList(size: number, calls: string[]) {
  return startFakeBackground({
    source: 'demo',
    snapshot: (now) => demoSnapshot(now),
    findPerson: async () => undefined,
    listContactLists: async () => [{ id: 'huge', name: 'Everyone', size }],
    readListEmails: async (listId, after) => {
      calls.push(after ?? '');
      if (listId !== 'huge') throw Object.assign(new Error('gone'), { kind: 'not_found' });
      const start = Number(after ?? 0);
      const end = Math.min(start + 500, size);
      return {
        emails: Array.from({ length: end - start }, (_, i) => `member${start + i}@huge-list.example`),
        withoutEmail: 0,
        unread: 0,
        total: size,
        ...(end < size ? { next: String(end) } : {}),
      };
    },
  });
}

describe('loadListEmails', () => {
  it(`stops at ${MAX_LIST_RECIPIENTS.toLocaleString('en')} members and says the list was cut`, async () => {
    const calls: string[] = [];
    background = hugeList(150_000, calls);
    const progress: ListLoadProgress[] = [];
    const loaded = await loadListEmails('huge', new AbortController().signal, (p) => progress.push(p));
    expect(loaded.emails).toHaveLength(MAX_LIST_RECIPIENTS);
    expect(loaded).toMatchObject({ truncated: true, total: 150_000, withoutEmail: 0, unread: 0 });
    expect(loaded.emails.at(-1)).toBe(`member${MAX_LIST_RECIPIENTS - 1}@huge-list.example`);
    // 200 pages of 500 members, never the 201st.
    expect(calls).toHaveLength(200);
    expect(progress.at(0)).toEqual({ loaded: 500, total: 150_000 });
    expect(progress.at(-1)).toEqual({ loaded: MAX_LIST_RECIPIENTS, total: 150_000 });
  }, 30_000);

  it('reads a list to its end when it fits, and stops between pages when aborted', async () => {
    const calls: string[] = [];
    background = hugeList(1_200, calls);
    const whole = await loadListEmails('huge', new AbortController().signal, () => {});
    expect(whole).toMatchObject({ truncated: false, total: 1_200 });
    expect(whole.emails).toHaveLength(1_200);

    calls.length = 0;
    const stop = new AbortController();
    const stopped = loadListEmails('huge', stop.signal, () => stop.abort());
    await expect(stopped).rejects.toBeInstanceOf(ListLoadError);
    expect(calls).toHaveLength(1);
  });

  it('a list the background cannot read is an error with its message, not an empty list', async () => {
    background = hugeList(10, []);
    await expect(loadListEmails('other', new AbortController().signal, () => {})).rejects.toThrow(
      'That list is no longer in HubSpot. Choose another.',
    );
  });
});
