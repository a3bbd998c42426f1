// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BriefError, BriefLoading, InternalPerson, NotInCrm } from './LookupStates';

afterEach(cleanup);

const CHECKED_AT = '2026-11-23T10:00:00.000Z';

/** What an empty brief would look like; "not in CRM" must never be mistaken for one. */
function expectNoBrief(container: HTMLElement) {
  expect(container.querySelector('article.brief')).toBeNull();
  expect(container.querySelector('section[data-section]')).toBeNull();
  expect(screen.queryByText('No do-not-contact flags.')).toBeNull();
  expect(screen.queryByText(/No open quotes|No deals|No form submissions|No marketing emails/)).toBeNull();
}

describe('NotInCrm', () => {
  it('says "Not in CRM" with the name, the address and when it was checked', () => {
    const { container } = render(<NotInCrm email="sam.patel@example.org" name="Sam Patel" checkedAt={CHECKED_AT} />);
    const state = screen.getByRole('status');
    expect(state.dataset.state).toBe('not_in_crm');
    expect(screen.getByRole('heading', { name: 'Sam Patel' })).toBeTruthy();
    expect(screen.getByText('sam.patel@example.org')).toBeTruthy();
    expect(screen.getByText('Not in CRM.')).toBeTruthy();
    expect(state.textContent).toMatch(/cannot tell you about forms, campaigns, quotes or do-not-contact flags/);
    expect(state.textContent).toMatch(/Check before you write/);
    expect(state.textContent).toMatch(/^.*Checked .+\.$/);
    expectNoBrief(container);
  });

  it('falls back to the address, then to "This person", as the heading', () => {
    render(<NotInCrm email="sam.patel@example.org" checkedAt={CHECKED_AT} />);
    expect(screen.getByRole('heading', { name: 'sam.patel@example.org' })).toBeTruthy();
    // The address is the heading; it is not repeated underneath.
    expect(screen.getAllByText('sam.patel@example.org')).toHaveLength(1);
    cleanup();

    const { container } = render(<NotInCrm checkedAt={CHECKED_AT} />);
    expect(screen.getByRole('heading', { name: 'This person' })).toBeTruthy();
    expect(screen.getByText('Not in CRM.')).toBeTruthy();
    expectNoBrief(container);
  });
});

describe('BriefError', () => {
  it('is an alert that shows the reason and says to treat the person as unchecked', () => {
    const { container } = render(<BriefError message="The CRM could not be reached." onRetry={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The brief could not be loaded.');
    expect(alert.textContent).toContain('The CRM could not be reached.');
    expect(alert.textContent).toContain('treat this person as unchecked');
    expectNoBrief(container);
  });

  it('retries once per click on "Try again"', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<BriefError message="Timed out." onRetry={onRetry} />);
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button.getAttribute('type')).toBe('button');
    await user.click(button);
    expect(onRetry).toHaveBeenCalledTimes(1);
    button.focus();
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('renders a message as text, not markup', () => {
    const { container } = render(<BriefError message="<img src=x onerror=alert(1)>" onRetry={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('BriefLoading and InternalPerson', () => {
  it('announces loading politely', () => {
    render(<BriefLoading />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Loading the brief…');
  });

  it('calls a colleague a colleague, not a customer', () => {
    const { container } = render(<InternalPerson email="alex.morgan@example.com" />);
    expect(screen.getByRole('status').textContent).toContain('alex.morgan@example.com is a colleague');
    expectNoBrief(container);
  });
});
