import Papa from 'papaparse';
import { guardFormula } from '../campaign/export/formula-guard';
import type { AuditRow } from './row';

export const AUDIT_CSV_COLUMNS = [
  'at',
  'rep',
  'site',
  'recipients',
  'contact',
  'company',
  'rule',
  'severity',
  'title',
  'decision',
  'reason',
  'evidence',
  'origin',
] as const;

/** Excel reads a CSV without a BOM in the system code page; with it, as UTF-8 (same as the campaign export). */
const BOM = '\uFEFF';

function cells(row: AuditRow): string[] {
  return [
    row.at,
    row.repName ? `${row.repName} <${row.repEmail}>` : row.repEmail,
    row.site ?? '',
    row.recipients.join(';'),
    row.contact ?? '',
    row.company ?? '',
    row.ruleId,
    row.severity,
    row.title,
    row.decision,
    row.reason ?? '',
    row.evidence.map((e) => (e.url ? `${e.label} (${e.url})` : e.label)).join(' | '),
    row.origin,
  ];
}

/**
 * The filtered log as a CSV for a spreadsheet: UTF-8 BOM, CRLF after every record, and every cell guarded against
 * formulas — reasons and titles are free text a rep (or a contact's name) put there.
 */
export function auditRowsToCsv(rows: readonly AuditRow[]): string {
  const records = [[...AUDIT_CSV_COLUMNS], ...rows.map((row) => cells(row).map(guardFormula))];
  return `${BOM}${Papa.unparse(records, { newline: '\r\n' })}\r\n`;
}

/** `preflight-audit-2026-11-23.csv`: the day of the export, so a manager's downloads sort by date. */
export function auditCsvFileName(now: Date): string {
  return `preflight-audit-${now.toISOString().slice(0, 10)}.csv`;
}
