// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersonOnPage } from '../../lib/model/page-context';
import { PersonSwitcher } from './PersonSwitcher';

afterEach(cleanup);

const PEOPLE: PersonOnPage[] = [
  { email: 'priya.raman@northwind-traders.com', name: 'Priya Raman', role: 'sender' },
  { email: 'jordan.lee@northwind-traders.com', name: 'Jordan Lee', role: 'recipient' },
  { linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield-3e8d21/', role: 'participant' },
];

/** The switcher is controlled; this host keeps the selection like SidebarApp does. */
function Host({ people = PEOPLE, onSelect }: { people?: PersonOnPage[]; onSelect?: (index: number) => void }) {
  const [selected, setSelected] = useState(0);
  return (
    <PersonSwitcher
      people={people}
      selected={selected}
      onSelect={(index) => {
        onSelect?.(index);
        setSelected(index);
      }}
    />
  );
}

const tabs = () => screen.getAllByRole('tab');
const selectedIndex = () => tabs().findIndex((tab) => tab.getAttribute('aria-selected') === 'true');

describe('PersonSwitcher', () => {
  it('is a labelled tablist with one tab per person, the first selected', () => {
    render(<Host />);
    expect(screen.getByRole('tablist', { name: 'People on this page' })).toBeTruthy();
    expect(tabs()).toHaveLength(3);
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    // Roving tab index: only the selected tab is in the Tab order.
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(tabs()[0]!.textContent).toBe('Priya Ramansender');
    expect(tabs()[1]!.textContent).toContain('recipient');
    // No name and no email: the tab still says something.
    expect(tabs()[2]!.textContent).toBe('Unknownon thread');
  });

  it('moves selection and focus with the arrow keys, wrapping at both ends', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Host onSelect={onSelect} />);
    tabs()[0]!.focus();

    await user.keyboard('{ArrowRight}');
    expect(selectedIndex()).toBe(1);
    expect(document.activeElement).toBe(tabs()[1]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, 0, -1]);

    await user.keyboard('{ArrowDown}');
    expect(selectedIndex()).toBe(2);
    expect(document.activeElement).toBe(tabs()[2]);

    await user.keyboard('{ArrowRight}');
    expect(selectedIndex()).toBe(0);
    expect(document.activeElement).toBe(tabs()[0]);

    await user.keyboard('{ArrowLeft}');
    expect(selectedIndex()).toBe(2);
    expect(document.activeElement).toBe(tabs()[2]);

    await user.keyboard('{ArrowUp}');
    expect(selectedIndex()).toBe(1);
    expect(document.activeElement).toBe(tabs()[1]);

    expect(onSelect.mock.calls.map(([index]) => index)).toEqual([1, 2, 0, 2, 1]);
  });

  it('ignores other keys', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Host onSelect={onSelect} />);
    tabs()[0]!.focus();
    await user.keyboard('{Home}{End}a{Escape}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(selectedIndex()).toBe(0);
  });

  it('selects a person on click', async () => {
    const user = userEvent.setup();
    render(<Host />);
    await user.click(screen.getByRole('tab', { name: /Jordan Lee/ }));
    expect(selectedIndex()).toBe(1);
  });

  it('renders nothing for fewer than two people', () => {
    const { container } = render(<Host people={PEOPLE.slice(0, 1)} />);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('tablist')).toBeNull();
  });
});
