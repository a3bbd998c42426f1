// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CURRENT_USER_ID, demoSnapshot, PRIYA_EMAIL } from '../../tests/helpers/demo-db';
import { startFakeBackground, type FakeBackground } from '../../tests/helpers/fake-background';
import type { PersonOnPage } from '../../lib/model/page-context';
import { PersonBrief } from './PersonBrief';

/**
 * The sidebar's per-person view against the real background (router, handlers, Dexie): each lookup state
 * reaches the screen as itself, and an unknown person is never painted as an empty brief.
 */
let background: FakeBackground | undefined;

afterEach(async () => {
  cleanup();
  await background?.stop();
  background = undefined;
});

function renderPerson(person: PersonOnPage) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <PersonBrief person={person} currentUserId={DEMO_CURRENT_USER_ID} />
    </QueryClientProvider>,
  );
}

describe('PersonBrief', () => {
  it("shows a loading state, then Priya's brief", async () => {
    background = startFakeBackground();
    renderPerson({ email: PRIYA_EMAIL, name: 'Priya Raman', role: 'sender' });
    expect(screen.getByRole('status').dataset.state).toBe('loading');
    const article = await screen.findByRole('article', { name: 'Brief for Priya Raman' }, { timeout: 5_000 });
    expect(article.closest('[data-state="found"]')).not.toBeNull();
    expect(article.textContent).toContain('Q-1042');
  });

  it('says "Not in CRM" for an unknown person, with no brief', async () => {
    background = startFakeBackground();
    const { container } = renderPerson({ email: 'sam.patel@example.org', name: 'Sam Patel', role: 'recipient' });
    expect(await screen.findByText('Not in CRM.', undefined, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sam Patel' })).toBeTruthy();
    expect(container.querySelector('article')).toBeNull();
    expect(screen.queryByText('No do-not-contact flags.')).toBeNull();
  });

  it('shows an error when the CRM fails, and "Try again" asks again', async () => {
    let failing = true;
    background = startFakeBackground({
      source: 'demo',
      snapshot: (now) => demoSnapshot(now),
      findPerson: vi.fn(async () => {
        if (failing) throw new Error('HTTP 503');
        return undefined;
      }),
    });
    const user = userEvent.setup();
    renderPerson({ email: 'sam.patel@example.org', role: 'recipient' });
    const alert = await screen.findByRole('alert', undefined, { timeout: 5_000 });
    expect(alert.textContent).toContain('The brief could not be loaded.');
    expect(screen.queryByText('Not in CRM.')).toBeNull();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Not in CRM.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error, not an empty brief, when the background does not answer', async () => {
    renderPerson({ email: PRIYA_EMAIL, role: 'sender' });
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.state).toBe('error');
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('calls a colleague a colleague', async () => {
    background = startFakeBackground();
    renderPerson({ email: 'riley.chen@example.com', role: 'recipient' });
    expect((await screen.findByText(/is a colleague/)).textContent).toContain('riley.chen@example.com');
  });
});
