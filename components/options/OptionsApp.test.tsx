// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from './OptionsApp';

afterEach(cleanup);

function renderOptions() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <OptionsApp />
    </QueryClientProvider>,
  );
}

describe('OptionsApp tools', () => {
  it('links the campaign check and the audit log to their own pages in new tabs', () => {
    renderOptions();
    const tools = screen.getByRole('region', { name: 'Tools' });
    const campaign = within(tools).getByRole('link', { name: 'Check a campaign’s recipients' });
    const audit = within(tools).getByRole('link', { name: 'Audit log' });
    expect(campaign.getAttribute('href')).toBe('chrome-extension://test-extension-id/campaign.html');
    expect(audit.getAttribute('href')).toBe('chrome-extension://test-extension-id/audit.html');
    for (const link of [campaign, audit]) {
      expect(link.getAttribute('target')).toBe('_blank');
      // The opened page gets no handle on the settings page.
      expect(link.getAttribute('rel')).toBe('noopener');
    }
  });
});
