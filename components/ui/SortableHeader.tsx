import type { ReactNode } from 'react';

export type SortDirection = false | 'asc' | 'desc';

/**
 * One column header of a virtualised grid: a button that toggles the sort where the column sorts, with the
 * direction told to assistive technology (aria-sort) and shown as an arrow.
 */
export function SortableHeader({
  id,
  label,
  sorted,
  onToggle,
}: {
  id: string;
  label: ReactNode;
  sorted: SortDirection;
  /** Absent: the column does not sort. */
  onToggle?: (() => void) | undefined;
}) {
  return (
    <div
      role="columnheader"
      className={`cell cell-${id}`}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      {onToggle ? (
        <button type="button" onClick={onToggle}>
          {label}
          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
        </button>
      ) : (
        label
      )}
    </div>
  );
}
