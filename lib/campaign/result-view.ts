import type { CampaignOwner, CampaignVerdictStatus } from '../model/campaign';
import { reasonIdsOf, type CheckedRecipient, type REASON_ORDER } from './results';

export type ResultColumn = 'email' | 'name' | 'status' | 'owner';

export interface ResultViewOptions {
  status?: CampaignVerdictStatus;
  reason?: (typeof REASON_ORDER)[number];
  search?: string;
  sort?: { column: ResultColumn; desc: boolean };
}

/** The order statuses sort in: what needs attention first. */
const STATUS_RANK: Record<CampaignVerdictStatus, number> = { hold: 0, unknown: 1, not_in_crm: 2, clean: 3 };

export function displayName(row: CheckedRecipient): string {
  return row.verdict.contactName ?? row.recipient.fields['name'] ?? '';
}

export function ownerName(row: CheckedRecipient, owners: ReadonlyMap<string, CampaignOwner>): string {
  return row.verdict.ownerId ? (owners.get(row.verdict.ownerId)?.name ?? '') : '';
}

/**
 * The rows the results table shows, filtered and sorted over plain arrays. A 100,000-row check is filtered in a
 * few milliseconds this way; building a table library's row objects for every row cost about a second of
 * main-thread time and most of the page's garbage, so the table only renders the rows in view.
 * Unfiltered and unsorted, the input array itself comes back (no copy).
 */
export function viewRows(
  rows: readonly CheckedRecipient[],
  owners: ReadonlyMap<string, CampaignOwner>,
  options: ResultViewOptions,
): readonly CheckedRecipient[] {
  const needle = options.search?.trim().toLowerCase() ?? '';
  const { status, reason, sort } = options;
  let out: readonly CheckedRecipient[] = rows;
  if (status || reason || needle) {
    out = rows.filter(
      (row) =>
        (!status || row.verdict.status === status) &&
        (!reason || reasonIdsOf(row.verdict).includes(reason)) &&
        (!needle || matches(row, needle)),
    );
  }
  if (!sort) return out;
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const key = sortKey(sort.column, owners);
  const sign = sort.desc ? -1 : 1;
  // Keys computed once per row, not once per comparison; ties keep input order (Array.prototype.sort is stable).
  const keyed = out.map((row, index) => ({ row, index, key: key(row) }));
  keyed.sort((a, b) => {
    const byKey =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return byKey !== 0 ? sign * byKey : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

function matches(row: CheckedRecipient, needle: string): boolean {
  const v = row.verdict;
  return (
    v.email.includes(needle) ||
    displayName(row).toLowerCase().includes(needle) ||
    v.reasons.some((r) => r.detail.toLowerCase().includes(needle))
  );
}

function sortKey(
  column: ResultColumn,
  owners: ReadonlyMap<string, CampaignOwner>,
): (row: CheckedRecipient) => string | number {
  switch (column) {
    case 'email':
      return (row) => row.verdict.email;
    case 'name':
      return displayName;
    case 'status':
      return (row) => STATUS_RANK[row.verdict.status];
    case 'owner':
      return (row) => ownerName(row, owners);
  }
}
