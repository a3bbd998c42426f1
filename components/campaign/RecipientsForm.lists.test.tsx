// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DANA_EMAIL, demoSnapshot, PRIYA_EMAIL } from '../../tests/helpers/demo-db';
import { startFakeBackground, type FakeBackground } from '../../tests/helpers/fake-background';
import { RecipientsForm, type CampaignInput } from './RecipientsForm';

/** The "HubSpot list" input against the real background (router, handlers, Dexie) and a connector's lists. */
let background: FakeBackground | undefined;
type Connector = NonNullable<Parameters<typeof startFakeBackground>[0]>;
/** A connector like the demo's (its snapshot seeds the cache), with the list methods each test gives. */
const base = { source: 'demo', snapshot: (now: Date) => demoSnapshot(now), findPerson: async () => undefined } as const;

afterEach(async () => {
  cleanup();
  await background?.stop();
  background = undefined;
});

function renderForm(onCheck: (input: CampaignInput) => void = () => {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <RecipientsForm busy={false} sellerDomains={['example.com']} onCheck={onCheck} />
    </QueryClientProvider>,
  );
}

const TIMEOUT = { timeout: 5_000 };

describe('RecipientsForm: HubSpot list', () => {
  it('lists the demo lists with sizes; choosing one loads it and checks it as recipient rows', async () => {
    background = startFakeBackground();
    const onCheck = vi.fn();
    renderForm(onCheck);
    const select = await screen.findByLabelText('HubSpot list');
    const option = await screen.findByRole('option', { name: /^Q4 webinar attendees \(\d+\)$/ }, TIMEOUT);
    const size = Number(/\((\d+)\)/.exec(option.textContent ?? '')?.[1]);
    await userEvent.selectOptions(select, option);
    const ready = await screen.findByTestId('list-ready', {}, TIMEOUT);
    expect(ready.textContent).toContain(`Q4 webinar attendees: ${size} recipients will be checked`);

    await userEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    expect(onCheck).toHaveBeenCalledTimes(1);
    const input = onCheck.mock.calls[0]?.[0] as CampaignInput;
    expect(input.label).toBe('Q4 webinar attendees');
    expect(input.campaign).toBe('Q4 webinar attendees');
    expect(input.parsed.source).toBe('list');
    expect(input.parsed.recipients).toHaveLength(size);
    expect(input.parsed.recipients.map((r) => r.email)).toEqual(expect.arrayContaining([PRIYA_EMAIL, DANA_EMAIL]));
    expect(input.parsed.recipients[0]).toEqual({ line: 1, email: PRIYA_EMAIL, fields: { email: PRIYA_EMAIL } });
  });

  it('says "Reconnect HubSpot with list access" when HubSpot refuses the lists (403)', async () => {
    // What the HubSpot connector throws for a 403 (MISSING_SCOPES): an error with its kind and status.
    const refused = Object.assign(new Error('HubSpot list search failed (client 403)'), {
      kind: 'client',
      status: 403,
    });
    const noListAccess: Connector = {
      ...base,
      listContactLists: () => Promise.reject(refused),
      readListEmails: () => Promise.reject(refused),
    };
    background = startFakeBackground(noListAccess);
    renderForm();
    const alert = await screen.findByText(/^Reconnect HubSpot with list access/, {}, TIMEOUT);
    expect(alert.getAttribute('role')).toBe('alert');
    expect((screen.getByLabelText('HubSpot list') as HTMLSelectElement).disabled).toBe(true);
  });

  it('shows progress page by page, then the count; internal addresses and repeats are not counted', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const members = Array.from({ length: 1200 }, (_, i) => `buyer${i}@big-fleet.example`);
    members[10] = 'someone@example.com'; // one of ours
    members[20] = members[0]!; // listed twice
    const big: Connector = {
      ...base,
      listContactLists: async () => [{ id: 'big', name: 'Big list', size: 1200 }],
      readListEmails: async (_id, after) => {
        const start = Number(after ?? 0);
        if (start > 0) await gate;
        const end = Math.min(start + 500, members.length);
        return {
          emails: members.slice(start, end),
          withoutEmail: 0,
          unread: 0,
          total: members.length,
          ...(end < members.length ? { next: String(end) } : {}),
        };
      },
    };
    background = startFakeBackground(big);
    renderForm();
    const option = await screen.findByRole('option', { name: 'Big list (1,200)' }, TIMEOUT);
    await userEvent.selectOptions(screen.getByLabelText('HubSpot list'), option);
    expect(await screen.findByText(/Loading Big list: 500 of 1,200 members/, {}, TIMEOUT)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Check recipients' }) as HTMLButtonElement).disabled).toBe(true);
    release();
    const ready = await screen.findByTestId('list-ready', {}, TIMEOUT);
    expect(ready.textContent).toContain('Big list: 1,198 recipients will be checked');
  });
});
