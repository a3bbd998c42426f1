// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadResult, SiteReader } from '../sites/site-reader';
import { watchPage } from './watch-page';

/** A reader that reports whoever is named in <main data-person>. */
const reader: SiteReader = {
  site: 'gmail',
  matches: () => true,
  read(doc) {
    const email = doc.querySelector('main')?.getAttribute('data-person') ?? undefined;
    return {
      reading: {
        site: 'gmail',
        view: email ? 'thread' : 'thread_list',
        people: email ? [{ email, role: 'sender' }] : [],
      },
      missing: [],
    };
  },
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('watchPage', () => {
  it('reads at once, then only when the reading changes', async () => {
    const main = document.createElement('main');
    document.body.append(main);
    const seen: ReadResult[] = [];
    const controller = new AbortController();
    watchPage(reader, (r) => seen.push(r), controller.signal, { debounceMs: 20 });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.reading.view).toBe('thread_list');

    main.setAttribute('data-person', 'priya.raman@northwind-traders.com');
    main.append(document.createElement('div')); // a DOM change is what wakes the watcher
    await flush();
    expect(seen).toHaveLength(2);
    expect(seen[1]?.reading.people[0]?.email).toBe('priya.raman@northwind-traders.com');

    // Unrelated churn with the same person on screen reports nothing new.
    await new Promise((resolve) => setTimeout(resolve, 30));
    for (let i = 0; i < 10; i++) main.append(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(seen).toHaveLength(2);
    controller.abort();
  });

  it('collapses a burst of changes into one trailing read', async () => {
    const main = document.createElement('main');
    document.body.append(main);
    const read = vi.spyOn(reader, 'read');
    const controller = new AbortController();
    watchPage(reader, () => {}, controller.signal, { debounceMs: 30 });
    read.mockClear();
    for (let i = 0; i < 50; i++) {
      main.append(document.createElement('p'));
      await Promise.resolve();
    }
    await new Promise((resolve) => setTimeout(resolve, 80));
    // One leading read for the first change and one trailing read for the rest of the burst.
    expect(read.mock.calls.length).toBeLessThanOrEqual(3);
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(2);
    controller.abort();
  });

  it('re-reads after typing (an input value changes without any DOM mutation)', async () => {
    const main = document.createElement('main');
    const input = document.createElement('input');
    main.append(input);
    document.body.append(main);
    const seen: ReadResult[] = [];
    const controller = new AbortController();
    watchPage(reader, (r) => seen.push(r), controller.signal, { debounceMs: 20 });
    expect(seen).toHaveLength(1);
    // Stand-in for "the To field now holds an address": the reader sees the attribute, the watcher only an input event.
    main.setAttribute('data-person', 'jordan.lee@northwind-traders.com');
    await new Promise((resolve) => setTimeout(resolve, 50)); // the attribute change alone wakes nothing
    expect(seen).toHaveLength(1);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(2);
    expect(seen[1]?.reading.people[0]?.email).toBe('jordan.lee@northwind-traders.com');
    controller.abort();
  });

  it('re-reads on hash navigation and stops after abort', async () => {
    const main = document.createElement('main');
    document.body.append(main);
    const seen: ReadResult[] = [];
    const controller = new AbortController();
    watchPage(reader, (r) => seen.push(r), controller.signal, { debounceMs: 10 });
    main.setAttribute('data-person', 'jordan.lee@northwind-traders.com');
    window.dispatchEvent(new Event('hashchange'));
    await flush();
    expect(seen.at(-1)?.reading.people[0]?.email).toBe('jordan.lee@northwind-traders.com');

    controller.abort();
    main.setAttribute('data-person', 'dana.whitfield@contoso.io');
    main.append(document.createElement('div'));
    window.dispatchEvent(new Event('hashchange'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen.at(-1)?.reading.people[0]?.email).toBe('jordan.lee@northwind-traders.com');
  });
});
