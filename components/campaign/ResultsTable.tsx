import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useMemo, useRef, useState } from 'react';
import { REASON_LABELS, REASON_ORDER, reasonIdsOf, type CheckedRecipient } from '../../lib/campaign/results';
import type { CampaignOwner, CampaignVerdictStatus } from '../../lib/model/campaign';

const STATUS_LABELS: Record<CampaignVerdictStatus, string> = {
  hold: 'Held back',
  clean: 'Clean',
  not_in_crm: 'Not in CRM',
  unknown: 'Not checked',
};

const ROW_HEIGHT = 56;
const column = createColumnHelper<CheckedRecipient>();

/**
 * Every checked recipient, virtualised (only the rows in view are in the DOM, so 100,000 rows stay light), with
 * a status and a reason filter, a search box and sortable columns.
 */
export function ResultsTable({
  rows,
  owners,
}: {
  rows: readonly CheckedRecipient[];
  owners: ReadonlyMap<string, CampaignOwner>;
}) {
  const id = useId();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const [search, setSearch] = useState('');
  const scroller = useRef<HTMLDivElement>(null);

  const columns = useMemo(
    () => [
      column.accessor((r) => r.verdict.email, { id: 'email', header: 'Email' }),
      column.accessor((r) => r.verdict.contactName ?? r.recipient.fields['name'] ?? '', { id: 'name', header: 'Name' }),
      column.accessor((r) => r.verdict.status, {
        id: 'status',
        header: 'Status',
        cell: (info) => STATUS_LABELS[info.getValue()],
        filterFn: 'equals',
      }),
      column.accessor((r) => reasonIdsOf(r.verdict), {
        id: 'reasons',
        header: 'Reasons',
        enableSorting: false,
        filterFn: 'arrIncludes',
        cell: (info) => {
          const v = info.row.original.verdict;
          if (v.status === 'unknown') return v.note ?? 'Not checked';
          if (v.status === 'not_in_crm') return 'Not in CRM: sent';
          if (v.reasons.length === 0) return '—';
          return (
            <ul className="reasons">
              {v.reasons.map((r, i) => (
                <li key={i} data-reason={r.id}>
                  <strong>{REASON_LABELS[r.id]}</strong> {r.detail}
                </li>
              ))}
            </ul>
          );
        },
      }),
      column.accessor((r) => (r.verdict.ownerId ? (owners.get(r.verdict.ownerId)?.name ?? '') : ''), {
        id: 'owner',
        header: 'Owner to notify',
      }),
    ],
    [owners],
  );

  // TanStack Table hands back fresh functions on purpose; the compiler skips memoising this one component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows as CheckedRecipient[],
    columns,
    state: { sorting, columnFilters: filters, globalFilter: search },
    onSortingChange: setSorting,
    onColumnFiltersChange: setFilters,
    onGlobalFilterChange: setSearch,
    globalFilterFn: (row, _column, value: string) => {
      const needle = value.trim().toLowerCase();
      if (!needle) return true;
      const v = row.original.verdict;
      return (
        v.email.includes(needle) ||
        (v.contactName ?? '').toLowerCase().includes(needle) ||
        v.reasons.some((r) => r.detail.toLowerCase().includes(needle))
      );
    },
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const visible = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  const setColumnFilter = (columnId: string, value: string) =>
    table.getColumn(columnId)?.setFilterValue(value === '' ? undefined : value);
  const number = new Intl.NumberFormat();

  return (
    <section className="results" aria-label="Recipients">
      <div className="filters">
        <label>
          Status{' '}
          <select onChange={(e) => setColumnFilter('status', e.target.value)} defaultValue="">
            <option value="">All</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reason{' '}
          <select onChange={(e) => setColumnFilter('reasons', e.target.value)} defaultValue="">
            <option value="">Any</option>
            {REASON_ORDER.map((reason) => (
              <option key={reason} value={reason}>
                {REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <span className="muted" role="status" id={`${id}-count`}>
          {number.format(visible.length)} of {number.format(rows.length)} shown
        </span>
      </div>
      <div className="grid" role="table" aria-describedby={`${id}-count`} aria-rowcount={visible.length + 1}>
        <div role="rowgroup" className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" key={group.id} className="grid-row">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <div
                    role="columnheader"
                    key={header.id}
                    className={`cell cell-${header.id}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    {header.column.getCanSort() ? (
                      <button type="button" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div ref={scroller} className="grid-body" role="rowgroup" tabIndex={0} aria-label="Checked recipients">
          <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = visible[item.index]!;
              return (
                <div
                  role="row"
                  key={row.id}
                  className={`grid-row status-${row.original.verdict.status}`}
                  data-email={row.original.verdict.email}
                  data-status={row.original.verdict.status}
                  aria-rowindex={item.index + 2}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <div role="cell" key={cell.id} className={`cell cell-${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
