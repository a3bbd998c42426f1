import type { CampaignOwner, CampaignReasonId, CampaignVerdict } from '../model/campaign';
import type { RecipientRow } from './input/types';
import { recipientsToCsv, type ExportRow } from './export/to-csv';

/** A recipient with its verdict: what the table, the counts and the exports are made of. */
export interface CheckedRecipient {
  recipient: RecipientRow;
  verdict: CampaignVerdict;
}

/** Reasons in the order the summary lists them: the ones a marketer must never miss first. */
export const REASON_ORDER: readonly (CampaignReasonId | 'unknown-recipient')[] = [
  'do-not-contact',
  'open-quote',
  'active-deal',
  'quote-offer-conflict',
  'campaign-offer-conflict',
  'duplicate-outreach',
  'unknown-recipient',
];

export const REASON_LABELS: Readonly<Record<(typeof REASON_ORDER)[number], string>> = {
  'do-not-contact': 'Do not contact',
  'open-quote': 'Open quote',
  'active-deal': 'Active deal',
  'quote-offer-conflict': 'Offer conflicts with a quote',
  'campaign-offer-conflict': 'Offer conflicts with a recent campaign',
  'duplicate-outreach': 'Rep wrote recently',
  'unknown-recipient': 'Could not be checked',
};

export interface CampaignSummary {
  total: number;
  held: number;
  clean: number;
  notInCrm: number;
  unknown: number;
  /** Held or clean recipients whose recent emails could not be looked at (read from the CRM in bulk). */
  emailsNotChecked: number;
  /** Recipients per reason (a recipient with two reasons counts in both). */
  byReason: Record<(typeof REASON_ORDER)[number], number>;
}

/** The ids a verdict is held back for, once each; `unknown-recipient` when it could not be checked at all. */
export function reasonIdsOf(verdict: CampaignVerdict): (typeof REASON_ORDER)[number][] {
  if (verdict.status === 'unknown') return ['unknown-recipient'];
  return [...new Set(verdict.reasons.map((r) => r.id))];
}

export function emptySummary(): CampaignSummary {
  const byReason = Object.fromEntries(REASON_ORDER.map((id) => [id, 0])) as CampaignSummary['byReason'];
  return { total: 0, held: 0, clean: 0, notInCrm: 0, unknown: 0, emailsNotChecked: 0, byReason };
}

/**
 * The summary with more checked recipients counted in: a new object, the old one untouched. Streaming a big check
 * adds each chunk once instead of re-counting everything checked so far.
 */
export function addToSummary(base: CampaignSummary, checked: readonly CheckedRecipient[]): CampaignSummary {
  const summary: CampaignSummary = { ...base, byReason: { ...base.byReason } };
  for (const { verdict } of checked) {
    summary.total += 1;
    if (verdict.status === 'hold') summary.held += 1;
    else if (verdict.status === 'clean') summary.clean += 1;
    else if (verdict.status === 'not_in_crm') summary.notInCrm += 1;
    else summary.unknown += 1;
    if (verdict.notChecked?.length) summary.emailsNotChecked += 1;
    for (const id of reasonIdsOf(verdict)) summary.byReason[id] += 1;
  }
  return summary;
}

export function summarize(checked: readonly CheckedRecipient[]): CampaignSummary {
  return addToSummary(emptySummary(), checked);
}

/** Held back: reasons found, or not checkable (a marketer must not send blind). */
export function isSuppressed(verdict: CampaignVerdict): boolean {
  return verdict.status === 'hold' || verdict.status === 'unknown';
}

function exportRow(item: CheckedRecipient, owners: ReadonlyMap<string, CampaignOwner>): ExportRow {
  const { verdict } = item;
  const owner = verdict.ownerId ? owners.get(verdict.ownerId) : undefined;
  const note =
    verdict.status === 'not_in_crm'
      ? 'not in CRM'
      : verdict.status === 'unknown'
        ? (verdict.note ?? 'not checked')
        : (verdict.note ?? '');
  return {
    recipient: item.recipient,
    reasons: reasonIdsOf(verdict),
    details: verdict.reasons.map((r) => r.detail).join(' | '),
    ...(owner ? { owner: owner.email ? `${owner.name} <${owner.email}>` : owner.name } : {}),
    ...(note ? { note } : {}),
  };
}

/** The two downloads: same columns as the input, plus reasons (rule ids, `;`-separated), details, owner, note. */
export function listsAsCsv(
  columns: string[],
  checked: readonly CheckedRecipient[],
  owners: ReadonlyMap<string, CampaignOwner>,
): { suppression: string; clean: string } {
  const suppression: ExportRow[] = [];
  const clean: ExportRow[] = [];
  for (const item of checked) (isSuppressed(item.verdict) ? suppression : clean).push(exportRow(item, owners));
  return { suppression: recipientsToCsv(columns, suppression), clean: recipientsToCsv(columns, clean) };
}

export interface OwnerNotice {
  owner: CampaignOwner;
  count: number;
  byReason: Partial<Record<(typeof REASON_ORDER)[number], number>>;
  /** The first few recipients, for the message. */
  sample: string[];
}

/** One summary per owning rep: how many of their contacts the campaign holds back, and why. */
export function ownerNotices(
  checked: readonly CheckedRecipient[],
  owners: ReadonlyMap<string, CampaignOwner>,
): OwnerNotice[] {
  const notices = new Map<string, OwnerNotice>();
  for (const { verdict } of checked) {
    if (verdict.status !== 'hold' || !verdict.ownerId) continue;
    const owner = owners.get(verdict.ownerId);
    if (!owner) continue;
    let notice = notices.get(owner.id);
    if (!notice) notices.set(owner.id, (notice = { owner, count: 0, byReason: {}, sample: [] }));
    notice.count += 1;
    for (const id of reasonIdsOf(verdict)) notice.byReason[id] = (notice.byReason[id] ?? 0) + 1;
    if (notice.sample.length < 5) notice.sample.push(verdict.contactName ?? verdict.email);
  }
  return [...notices.values()].sort((a, b) => b.count - a.count || a.owner.name.localeCompare(b.owner.name));
}

/** The text a marketer sends an owner (copied, or recorded in the audit log). */
export function noticeText(notice: OwnerNotice, campaign: string): string {
  const reasons = REASON_ORDER.flatMap((id) =>
    notice.byReason[id] ? [`${REASON_LABELS[id].toLowerCase()}: ${notice.byReason[id]}`] : [],
  ).join(', ');
  const more = notice.count > notice.sample.length ? ` and ${notice.count - notice.sample.length} more` : '';
  return `Hi ${notice.owner.name.split(' ')[0]}, the campaign “${campaign}” will not go to ${notice.count} of your contacts (${reasons}): ${notice.sample.join(', ')}${more}.`;
}
