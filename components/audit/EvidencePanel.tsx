import { useEffect, useRef } from 'react';
import type { AuditRow } from '../../lib/audit/row';
import { formatDateTime } from '../../lib/format/time';
import { SafeLink } from '../ui/SafeLink';
import { DECISION_LABELS, ruleName } from './labels';

const EVIDENCE_KIND: Record<AuditRow['evidence'][number]['kind'], string> = {
  policy: 'Do-not-contact flag',
  quote: 'Quote',
  marketing_email: 'Campaign email',
  outreach: 'Colleague’s touch',
  deal: 'Deal',
  lookup: 'CRM lookup',
};

/**
 * The drill-down of one warning: what the rep was told, the records behind it (the quote, the campaign, the
 * colleague's email) with links into the CRM where there are some, and what the rep decided and why.
 */
export function EvidencePanel({ row, onClose }: { row: AuditRow; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row.key]);
  return (
    <section
      className="evidence-panel"
      aria-labelledby="evidence-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h2 id="evidence-title" tabIndex={-1} ref={heading}>
          {row.title}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {formatDateTime(row.at)}
          {row.decidedAt && row.decidedAt !== row.at ? ` · decided ${formatDateTime(row.decidedAt)}` : ''}
        </dd>
        <dt>Rep</dt>
        <dd>{row.repName ? `${row.repName} (${row.repEmail})` : row.repEmail}</dd>
        <dt>Rule</dt>
        <dd>
          {ruleName(row.ruleId)} · {row.severity}
        </dd>
        <dt>Recipients</dt>
        <dd>{row.recipients.join(', ') || '—'}</dd>
        <dt>Decision</dt>
        <dd data-decision={row.decision}>
          {DECISION_LABELS[row.decision]}
          {row.reason ? ` — “${row.reason}”` : ''}
        </dd>
        <dt>Seen by</dt>
        <dd>{row.origin === 'local' ? 'This browser' : 'The team, read back from the CRM'}</dd>
      </dl>
      {row.detail ? <p>{row.detail}</p> : null}
      <h3>Evidence</h3>
      {row.evidence.length === 0 ? (
        <p className="muted">The warning named no record.</p>
      ) : (
        <ul className="evidence">
          {row.evidence.map((item, i) => (
            <li key={i} data-kind={item.kind}>
              <strong>{EVIDENCE_KIND[item.kind]}:</strong> <SafeLink href={item.url}>{item.label}</SafeLink>
              {item.at ? <span className="muted"> · {formatDateTime(item.at)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
