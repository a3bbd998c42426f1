// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveTabContext } from '../../entrypoints/background/tab-context-store';
import type { PageContext } from '../../lib/model/page-context';
import { startFakeBackground, type FakeBackground } from '../../tests/helpers/fake-background';
import { SidebarApp } from './SidebarApp';
import { ToolsFooter } from './ToolsFooter';

const CAMPAIGN = 'Check a campaign’s recipients';
const AUDIT = 'Audit log';

let background: FakeBackground | undefined;

afterEach(async () => {
  cleanup();
  await background?.stop();
  background = undefined;
  window.history.replaceState(null, '', '/');
});

const linkNames = () =>
  within(screen.getByRole('contentinfo'))
    .queryAllByRole('link')
    .map((a) => a.textContent);

describe('ToolsFooter', () => {
  it('offers the campaign check on a HubSpot page and the audit log, each in a new tab', () => {
    render(<ToolsFooter site="hubspot" />);
    expect(linkNames()).toEqual([CAMPAIGN, AUDIT]);
    const campaign = screen.getByRole('link', { name: CAMPAIGN });
    expect(campaign.getAttribute('href')).toBe('chrome-extension://test-extension-id/campaign.html');
    expect(campaign.getAttribute('target')).toBe('_blank');
    expect(campaign.getAttribute('rel')).toBe('noopener');
    const audit = screen.getByRole('link', { name: AUDIT });
    expect(audit.getAttribute('href')).toBe('chrome-extension://test-extension-id/audit.html');
    expect(audit.getAttribute('target')).toBe('_blank');
  });

  it.each(['gmail', 'linkedin', 'salesforce', undefined] as const)(
    'offers the audit log but no campaign check on %s (not where campaigns are built)',
    (site) => {
      render(<ToolsFooter site={site} />);
      expect(linkNames()).toEqual([AUDIT]);
    },
  );
});

describe('SidebarApp footer', () => {
  async function renderSidebarOn(site: PageContext['site']) {
    background = startFakeBackground();
    await saveTabContext(7, { site, view: 'other', people: [], observedAt: '2026-11-23T10:00:00.000Z' });
    // Pinned to tab 7 like a popped-out sidebar, so the fake browser needs no active tab.
    window.history.replaceState(null, '', '/sidepanel.html?tabId=7');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <SidebarApp />
      </QueryClientProvider>,
    );
  }

  it('shows the campaign check once the tab turns out to be a HubSpot page', async () => {
    await renderSidebarOn('hubspot');
    expect(await screen.findByRole('link', { name: CAMPAIGN }, { timeout: 5_000 })).toBeTruthy();
    expect(linkNames()).toEqual([CAMPAIGN, AUDIT]);
  });

  it('shows no campaign check on a Gmail page', async () => {
    await renderSidebarOn('gmail');
    await screen.findByText(/Gmail/, { selector: '.page-label' }, { timeout: 5_000 });
    expect(linkNames()).toEqual([AUDIT]);
  });
});
