// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarize, type CheckedRecipient } from '../../lib/campaign/results';
import type { CampaignVerdict } from '../../lib/model/campaign';
import { CampaignSummaryView } from './CampaignSummary';

// Chart.js needs a real canvas; the numbers it draws are in the table next to it, which this test does not need.
vi.mock('../ui/BarChart', () => ({ BarChart: () => null }));

afterEach(cleanup);

function item(email: string, verdict: Omit<CampaignVerdict, 'email'>): CheckedRecipient {
  return { recipient: { line: 2, email, fields: { email } }, verdict: { email, ...verdict } };
}

const notChecked: CampaignVerdict['notChecked'] = ['rep-emails', 'marketing-emails'];

describe('CampaignSummaryView', () => {
  it('says in one line how many recipients were read in bulk without their recent emails', () => {
    const checked = [
      item('a@example.com', { status: 'clean', reasons: [], notChecked }),
      item('b@example.com', { status: 'hold', reasons: [{ id: 'open-quote', detail: 'Q-1' }], notChecked }),
      item('c@example.com', { status: 'clean', reasons: [] }),
      item('d@example.com', { status: 'not_in_crm', reasons: [] }),
    ];
    const { container } = render(<CampaignSummaryView summary={summarize(checked)} />);
    const notice = container.querySelector('[data-notice="emails-not-checked"]');
    expect(notice?.textContent).toMatch(
      /^2 recipients were read from HubSpot just now: .*recent emails .* not checked/,
    );
    // The tiles keep their counts.
    const count = (which: string) => container.querySelector(`[data-count="${which}"] dd`)?.textContent;
    expect([count('held'), count('clean'), count('not-in-crm')]).toEqual(['1', '2', '1']);
    expect(container.querySelector('[data-count="unknown"]')).toBeNull();
  });

  it('shows no notice when every recipient was checked in full', () => {
    const checked = [item('c@example.com', { status: 'clean', reasons: [] })];
    const { container } = render(<CampaignSummaryView summary={summarize(checked)} />);
    expect(container.querySelector('[data-notice]')).toBeNull();
    expect(container.querySelector('[data-count="clean"] dd')?.textContent).toBe('1');
  });
});
