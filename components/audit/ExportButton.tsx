import { useState } from 'react';
import { AUDIT_PAGE_MAX } from '../../lib/audit/messages';
import type { AuditQuery } from '../../lib/audit/query';
import type { AuditRow } from '../../lib/audit/row';
import { auditCsvFileName, auditRowsToCsv } from '../../lib/audit/to-csv';
import { request } from '../../lib/messaging/client';
import { downloadText } from '../ui/download';

/** Downloads the filtered log, every page of it, as CSV (the same rows and order the table shows). */
export function ExportButton({ query }: { query: AuditQuery }) {
  const [state, setState] = useState<{ busy: boolean; message?: string; error?: boolean }>({ busy: false });
  const number = new Intl.NumberFormat();

  async function exportCsv() {
    setState({ busy: true, message: 'Preparing the export…' });
    try {
      const rows: AuditRow[] = [];
      let total = Infinity;
      while (rows.length < total) {
        const page = await request({ type: 'audit/rows', query, offset: rows.length, limit: AUDIT_PAGE_MAX });
        total = page.total;
        rows.push(...page.rows);
        if (page.rows.length === 0) break;
        setState({ busy: true, message: `Exporting ${number.format(rows.length)} of ${number.format(total)}…` });
      }
      downloadText(auditCsvFileName(new Date()), auditRowsToCsv(rows));
      setState({ busy: false, message: `Exported ${number.format(rows.length)} rows.` });
    } catch (error) {
      setState({
        busy: false,
        error: true,
        message: `The export failed: ${error instanceof Error ? error.message : 'Preflight did not answer'}. Nothing was lost; try again.`,
      });
    }
  }

  return (
    <span className="export">
      <button type="button" onClick={() => void exportCsv()} disabled={state.busy}>
        Export CSV
      </button>
      <span role="status" className={state.error ? 'form-error' : 'muted'}>
        {state.message ?? ''}
      </span>
    </span>
  );
}
