import { useMemo } from 'react';
import { REASON_LABELS, REASON_ORDER, type CampaignSummary } from '../../lib/campaign/results';
import { BarChart } from '../ui/BarChart';

/** Grouped counts at the top of the results, with the chart and its text alternative. */
export function CampaignSummaryView({ summary }: { summary: CampaignSummary }) {
  const number = new Intl.NumberFormat();
  const bars = useMemo(
    () => REASON_ORDER.map((id) => ({ label: REASON_LABELS[id], value: summary.byReason[id] })),
    [summary],
  );
  const text = bars
    .filter((b) => b.value > 0)
    .map((b) => `${b.label}: ${number.format(b.value)}`)
    .join('; ');
  return (
    <section className="campaign-summary" aria-label="Summary">
      <dl className="tiles">
        <div className="tile hold" data-count="held">
          <dt>Held back</dt>
          <dd>{number.format(summary.held + summary.unknown)}</dd>
        </div>
        <div className="tile clean" data-count="clean">
          <dt>Clean</dt>
          <dd>{number.format(summary.clean)}</dd>
        </div>
        <div className="tile" data-count="not-in-crm">
          <dt>Not in CRM (sent)</dt>
          <dd>{number.format(summary.notInCrm)}</dd>
        </div>
        {summary.unknown > 0 ? (
          <div className="tile warn" data-count="unknown">
            <dt>Not checked (held back)</dt>
            <dd>{number.format(summary.unknown)}</dd>
          </div>
        ) : null}
      </dl>
      {summary.emailsNotChecked > 0 ? (
        <p className="hint" data-notice="emails-not-checked">
          {number.format(summary.emailsNotChecked)}{' '}
          {summary.emailsNotChecked === 1 ? 'recipient was' : 'recipients were'} read from HubSpot just now: flags,
          deals and quotes checked; recent emails from reps and marketing not checked.
        </p>
      ) : null}
      <h2>Why recipients are held back</h2>
      <BarChart bars={bars} summary={`Recipients held back per reason. ${text || 'None.'}`} />
      <table className="reason-counts">
        <caption className="visually-hidden">Recipients per reason</caption>
        <tbody>
          {bars.map((b, i) => (
            <tr key={REASON_ORDER[i]} data-reason={REASON_ORDER[i]}>
              <th scope="row">{b.label}</th>
              <td>{number.format(b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
