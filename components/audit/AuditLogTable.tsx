import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import type { AuditQuery, AuditSortKey } from '../../lib/audit/query';
import type { AuditRow } from '../../lib/audit/row';
import { formatDateTime } from '../../lib/format/time';
import { GridCells } from '../ui/GridCells';
import { SortableHeader } from '../ui/SortableHeader';
import { EvidencePanel } from './EvidencePanel';
import { DECISION_LABELS, ruleName } from './labels';
import { useAuditHead, useAuditPages } from './use-audit-rows';

const ROW_HEIGHT = 44;
const rowHeight = () => ROW_HEIGHT;
const column = createColumnHelper<AuditRow>();

/** Columns, each sortable by the background (the whole filtered log, not the rows in view). */
const COLUMNS = [
  column.accessor('at', { header: 'When', cell: (c) => formatDateTime(c.getValue()), meta: { sort: 'at' } }),
  column.accessor((r) => r.repName ?? r.repEmail, { id: 'rep', header: 'Rep', meta: { sort: 'rep' } }),
  column.accessor((r) => r.contact ?? r.recipients.join(', '), {
    id: 'contact',
    header: 'Recipient',
    meta: { sort: 'contact' },
  }),
  column.accessor((r) => r.company ?? '', { id: 'company', header: 'Company', meta: { sort: 'company' } }),
  column.accessor((r) => ruleName(r.ruleId), { id: 'rule', header: 'Rule', meta: { sort: 'rule' } }),
  column.accessor('severity', { header: 'Severity', meta: { sort: 'severity' } }),
  column.accessor((r) => DECISION_LABELS[r.decision], {
    id: 'decision',
    header: 'Decision',
    meta: { sort: 'decision' },
  }),
  column.accessor((r) => r.reason ?? '', { id: 'reason', header: 'Reason', meta: { sort: 'reason' } }),
];

function sortOf(meta: unknown): AuditSortKey | undefined {
  return (meta as { sort?: AuditSortKey } | undefined)?.sort;
}

/**
 * The log of warnings and decisions, one row per warning, virtualised over the whole filtered log (100,000 rows
 * keep the same few dozen in the DOM) and fetched a page at a time. Enter or a click opens the evidence.
 */
export function AuditLogTable({ query, onSort }: { query: AuditQuery; onSort: (key: AuditSortKey) => void }) {
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<AuditRow | undefined>();
  const head = useAuditHead(query);
  const total = head.data?.total ?? 0;

  // TanStack Virtual and Table hand back fresh functions on purpose; the compiler skips memoising this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const rowAt = useAuditPages(query, head.data, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);
  const inView = items.map((item) => rowAt(item.index));
  const loaded = inView.filter((row): row is AuditRow => row !== undefined);
  const table = useReactTable({
    data: loaded,
    columns: COLUMNS,
    getRowId: (row) => row.key,
    getCoreRowModel: getCoreRowModel(),
    // The data is the rows in view, a new array on every render: TanStack's automatic resets (page index,
    // expanded rows) would set state on each, and each render would set it again, forever.
    autoResetAll: false,
  });
  const rendered = new Map(table.getRowModel().rows.map((row) => [row.id, row]));
  const sort = query.sort ?? { key: 'at', dir: 'desc' };
  const firstRowsShown = loaded.length > 0;

  useEffect(() => {
    // A timing mark for the benchmark ("audit page opened → first rows painted"), set once, after the browser paints.
    if (!firstRowsShown || document.documentElement.dataset.auditRowsPaintedAt) return;
    const frame = requestAnimationFrame(() => {
      document.documentElement.dataset.auditRowsPaintedAt = String(performance.now());
    });
    return () => cancelAnimationFrame(frame);
  }, [firstRowsShown]);
  const number = new Intl.NumberFormat();

  if (head.isError) {
    return (
      <p className="form-error" role="alert">
        The audit log could not be read: {head.error.message}
      </p>
    );
  }
  return (
    <div className="audit-log">
      <p className="muted" role="status" id={`${id}-count`}>
        {head.isPending ? 'Reading the log…' : `${number.format(total)} warnings`}
        {head.isFetching && !head.isPending ? ' · updating…' : ''}
      </p>
      {!head.isPending && total === 0 ? <p className="state">No warnings match these filters.</p> : null}
      <div className="grid audit-grid" role="table" aria-describedby={`${id}-count`} aria-rowcount={total + 1}>
        <div role="rowgroup" className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" key={group.id} className="grid-row">
              {group.headers.map((header) => {
                const key = sortOf(header.column.columnDef.meta);
                return (
                  <SortableHeader
                    key={header.id}
                    id={header.id}
                    label={flexRender(header.column.columnDef.header, header.getContext())}
                    sorted={key !== undefined && sort.key === key ? sort.dir : false}
                    onToggle={key ? () => onSort(key) : undefined}
                  />
                );
              })}
            </div>
          ))}
        </div>
        <div ref={scroller} className="grid-body" role="rowgroup" tabIndex={0} aria-label="Warnings and decisions">
          <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
            {items.map((item, k) => {
              const original = inView[k];
              const style = {
                position: 'absolute' as const,
                top: 0,
                left: 0,
                right: 0,
                height: `${ROW_HEIGHT}px`,
                transform: `translateY(${item.start}px)`,
              };
              const row = original ? rendered.get(original.key) : undefined;
              if (!original || !row) {
                return (
                  <div key={`loading-${item.index}`} className="grid-row loading" style={style} aria-hidden="true">
                    <div className="cell">Loading…</div>
                  </div>
                );
              }
              const open = () => setSelected(original);
              return (
                <div
                  role="row"
                  key={row.id}
                  tabIndex={0}
                  aria-rowindex={item.index + 2}
                  aria-selected={selected?.key === original.key}
                  className={`grid-row decision-${original.decision} severity-${original.severity}`}
                  data-rule={original.ruleId}
                  data-decision={original.decision}
                  data-origin={original.origin}
                  onClick={open}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      open();
                    }
                  }}
                  style={style}
                >
                  <GridCells row={row} />
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {selected ? <EvidencePanel row={selected} onClose={() => setSelected(undefined)} /> : null}
    </div>
  );
}
