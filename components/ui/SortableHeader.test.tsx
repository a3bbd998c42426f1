// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SortableHeader } from './SortableHeader';

afterEach(cleanup);

describe('SortableHeader', () => {
  it('tells the direction to assistive technology and toggles on click', () => {
    const onToggle = vi.fn();
    const { rerender } = render(<SortableHeader id="email" label="Email" sorted={false} onToggle={onToggle} />);
    const header = screen.getByRole('columnheader');
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: 'Email' }));
    expect(onToggle).toHaveBeenCalledOnce();
    rerender(<SortableHeader id="email" label="Email" sorted="asc" onToggle={onToggle} />);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('button').textContent).toBe('Email ▲');
    rerender(<SortableHeader id="email" label="Email" sorted="desc" onToggle={onToggle} />);
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('is plain text, not a button, for a column that does not sort', () => {
    render(<SortableHeader id="reasons" label="Reasons" sorted={false} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('columnheader').textContent).toBe('Reasons');
  });
});
