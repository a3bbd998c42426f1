import type { z } from 'zod';
import type { AuditSummaryReply } from '../../lib/audit/messages';
import { formatDateTime } from '../../lib/format/time';
import { DECISION_LABELS } from './labels';

type Summary = z.infer<typeof AuditSummaryReply>;
type Duplicate = Summary['duplicates'][number];

const OUTCOME_LABELS: Record<Duplicate['outcome'], string> = {
  not_warned: 'No warning shown',
  heeded: 'Warned, heeded',
  overridden: 'Warned, sent anyway',
  undecided: 'Warned, no decision',
};

/**
 * Contacts and companies two or more reps reached within the window: who, when, by what, and whether Preflight
 * warned and the warning was heeded. The window is the manager's to change.
 */
export function DuplicateOutreachView({
  summary,
  windowDays,
  onWindowDays,
}: {
  summary: Summary;
  windowDays: number;
  onWindowDays: (days: number) => void;
}) {
  const number = new Intl.NumberFormat();
  return (
    <div className="duplicates">
      <div className="button-row">
        <label>
          Touches within{' '}
          <input
            type="number"
            min={1}
            max={90}
            value={windowDays}
            onChange={(e) => {
              const days = Number(e.target.value);
              if (Number.isInteger(days) && days >= 1 && days <= 90) onWindowDays(days);
            }}
            style={{ width: '5em' }}
          />{' '}
          days
        </label>
        <span className="muted" role="status">
          {number.format(summary.duplicatesTotal)} contacts and companies reached by two or more reps
          {summary.duplicatesTotal > summary.duplicates.length
            ? ` (the ${number.format(summary.duplicates.length)} most recent shown)`
            : ''}
        </span>
      </div>
      {summary.duplicates.length === 0 ? (
        <p className="state">No contact or company was reached by two reps within {windowDays} days.</p>
      ) : (
        <ul className="duplicate-list">
          {summary.duplicates.map((d) => (
            <li key={`${d.kind}:${d.key}`} className={`duplicate outcome-${d.outcome}`} data-outcome={d.outcome}>
              <details>
                <summary>
                  <strong>{d.key}</strong> <span className="muted">({d.kind})</span> · {d.reps.length} reps ·{' '}
                  {d.touches.length} touches · <span className="badge">{OUTCOME_LABELS[d.outcome]}</span>
                </summary>
                <ol className="timeline" aria-label={`Touches of ${d.key}`}>
                  {d.touches.map((t, i) => (
                    <li key={i}>
                      <time dateTime={t.at}>{formatDateTime(t.at)}</time> · {t.repName ?? t.rep} ·{' '}
                      {t.source === 'decision' ? 'sent through Preflight' : (t.channel ?? 'CRM activity')}
                      {d.kind === 'company' ? <span className="muted"> · {t.contact}</span> : null}
                    </li>
                  ))}
                </ol>
                {d.warnings.length > 0 ? (
                  <>
                    <h4>Warnings shown</h4>
                    <ul>
                      {d.warnings.map((w, i) => (
                        <li key={i}>
                          <time dateTime={w.at}>{formatDateTime(w.at)}</time> · {w.rep} · {DECISION_LABELS[w.decision]}
                          {w.reason ? ` — “${w.reason}”` : ''}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="muted">Preflight showed no duplicate-outreach warning about these touches.</p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
