// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsvRecipients } from '../../lib/campaign/input/parse-csv';
import type { CsvParseOutcome } from '../../lib/campaign/input/types';
import { RecipientsForm, type CampaignInput } from './RecipientsForm';

/** Each read the form starts, held until the test lets it finish: the worker is slow exactly when the test says. */
const reads: { text: string; finish: () => void }[] = [];
vi.mock('../../lib/campaign/input/parse-csv-off-thread', () => ({
  parseCsvOffThread: (job: { text: string; sellerDomains: readonly string[] }) =>
    new Promise<CsvParseOutcome>((resolve) => {
      reads.push({ text: job.text, finish: () => resolve(parseCsvRecipients(job.text, job.sellerDomains)) });
    }),
}));

afterEach(() => {
  cleanup();
  reads.length = 0;
});

function renderForm(onCheck: (input: CampaignInput) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RecipientsForm busy={false} sellerDomains={['example.com']} onCheck={onCheck} />
    </QueryClientProvider>,
  );
}

const csv = (name: string, ...emails: string[]) => new File([['email', ...emails].join('\r\n')], name);

describe('RecipientsForm: a CSV is read in the background', () => {
  it('says the file is being read, and a click meanwhile checks the file once it is read', async () => {
    const onCheck = vi.fn();
    renderForm(onCheck);
    await userEvent.upload(screen.getByLabelText('Upload CSV'), csv('q4.csv', 'ana@northwind.example'));
    expect(await screen.findByText('Reading q4.csv…')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    expect(onCheck).not.toHaveBeenCalled();
    reads[0]!.finish();
    await vi.waitFor(() => expect(onCheck).toHaveBeenCalledOnce());
    const input = onCheck.mock.calls[0]?.[0] as CampaignInput;
    expect(input.label).toBe('q4.csv');
    expect(input.parsed.recipients.map((r) => r.email)).toEqual(['ana@northwind.example']);
    expect(await screen.findByText('q4.csv will be checked instead of the pasted addresses.')).toBeTruthy();
  });

  it('a file chosen while another is read replaces it, whichever read ends first', async () => {
    const onCheck = vi.fn();
    renderForm(onCheck);
    const input = screen.getByLabelText('Upload CSV');
    await userEvent.upload(input, csv('old.csv', 'old@northwind.example'));
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    await userEvent.upload(input, csv('new.csv', 'new@northwind.example'));
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads[1]!.finish();
    expect(await screen.findByText('new.csv will be checked instead of the pasted addresses.')).toBeTruthy();
    reads[0]!.finish();

    await userEvent.click(screen.getByRole('button', { name: 'Check recipients' }));
    await vi.waitFor(() => expect(onCheck).toHaveBeenCalledOnce());
    expect((onCheck.mock.calls[0]?.[0] as CampaignInput).parsed.recipients.map((r) => r.email)).toEqual([
      'new@northwind.example',
    ]);
    expect(screen.queryByText(/old\.csv/)).toBeNull();
  });
});
