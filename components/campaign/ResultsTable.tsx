import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { GridCells } from '../ui/GridCells';
import { SortableHeader } from '../ui/SortableHeader';
import { displayName, ownerName, viewRows, type ResultColumn } from '../../lib/campaign/result-view';
import { REASON_LABELS, REASON_ORDER, type CheckedRecipient } from '../../lib/campaign/results';
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
 * a status and a reason filter, a search box and sortable columns. Filtering and sorting run over the plain
 * array (result-view.ts); the table library renders headers and the rows in view only, so a 100,000-row check
 * never builds 100,000 row objects.
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
  const [status, setStatus] = useState<CampaignVerdictStatus | undefined>();
  const [reason, setReason] = useState<(typeof REASON_ORDER)[number] | undefined>();
  const [search, setSearch] = useState('');
  const scroller = useRef<HTMLDivElement>(null);

  // While a big check streams in, the table may lag a chunk behind the counts: React renders it when idle
  // instead of blocking the page on every chunk.
  const shownRows = useDeferredValue(rows);
  const sortedBy = sorting[0];
  const view = useMemo(
    () =>
      viewRows(shownRows, owners, {
        ...(status ? { status } : {}),
        ...(reason ? { reason } : {}),
        search,
        ...(sortedBy ? { sort: { column: sortedBy.id as ResultColumn, desc: sortedBy.desc } } : {}),
      }),
    [shownRows, owners, status, reason, search, sortedBy],
  );
  // TanStack Virtual and Table hand back fresh functions on purpose; the compiler skips memoising this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: view.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const inView = items.map((item) => view[item.index]!);

  const columns = useMemo(
    () => [
      column.accessor((r) => r.verdict.email, { id: 'email', header: 'Email' }),
      column.accessor(displayName, { id: 'name', header: 'Name' }),
      column.accessor((r) => r.verdict.status, {
        id: 'status',
        header: 'Status',
        cell: (info) => STATUS_LABELS[info.getValue()],
      }),
      column.display({
        id: 'reasons',
        header: 'Reasons',
        enableSorting: false,
        cell: (info) => {
          const v = info.row.original.verdict;
          if (v.status === 'unknown') return v.note ?? 'Not checked';
          if (v.status === 'not_in_crm') return 'Not in CRM: sent';
          if (v.reasons.length === 0) return v.note ?? '—';
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
      column.accessor((r) => ownerName(r, owners), { id: 'owner', header: 'Owner to notify' }),
    ],
    [owners],
  );

  const table = useReactTable({
    data: inView,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    // Sorting is done above, over every row; the table only keeps the header state.
    manualSorting: true,
    enableMultiSort: false,
    getRowId: (row) => row.verdict.email,
    getCoreRowModel: getCoreRowModel(),
    // The data is the rows in view, a new array on every render: TanStack's automatic resets (page index,
    // expanded rows) would set state on each, and each render would set it again, forever.
    autoResetAll: false,
  });
  const rendered = table.getRowModel().rows;
  const number = new Intl.NumberFormat();

  return (
    <section className="results" aria-label="Recipients">
      <div className="filters">
        <label>
          Status{' '}
          <select
            onChange={(e) => setStatus((e.target.value || undefined) as CampaignVerdictStatus | undefined)}
            defaultValue=""
          >
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
          <select
            onChange={(e) => setReason((e.target.value || undefined) as (typeof REASON_ORDER)[number] | undefined)}
            defaultValue=""
          >
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
          {number.format(view.length)} of {number.format(shownRows.length)} shown
        </span>
      </div>
      <div className="grid" role="table" aria-describedby={`${id}-count`} aria-rowcount={view.length + 1}>
        <div role="rowgroup" className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" key={group.id} className="grid-row">
              {group.headers.map((header) => {
                const toggle = header.column.getToggleSortingHandler();
                return (
                  <SortableHeader
                    key={header.id}
                    id={header.id}
                    label={flexRender(header.column.columnDef.header, header.getContext())}
                    sorted={header.column.getIsSorted()}
                    onToggle={header.column.getCanSort() && toggle ? () => toggle(undefined) : undefined}
                  />
                );
              })}
            </div>
          ))}
        </div>
        <div ref={scroller} className="grid-body" role="rowgroup" tabIndex={0} aria-label="Checked recipients">
          <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
            {items.map((item, k) => {
              const row = rendered[k];
              if (!row) return null;
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
                  <GridCells row={row} />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
