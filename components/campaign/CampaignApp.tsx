import { useState } from 'react';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { useSettings } from '../providers/use-settings';
import { CampaignActions } from './CampaignActions';
import { CampaignSummaryView } from './CampaignSummary';
import { RecipientsForm, type CampaignInput } from './RecipientsForm';
import { ResultsTable } from './ResultsTable';
import { RowProblems } from './RowProblems';
import { useCampaignPrepare } from './use-campaign-prepare';
import { useCampaignRun } from './use-campaign-run';

/**
 * The campaign check: a marketer gives the recipient list, sees who must not get the campaign and why as the
 * results stream in, and takes the suppression and clean lists away.
 */
export function CampaignApp() {
  const settings = useSettings();
  const run = useCampaignRun();
  useCampaignPrepare();
  const [input, setInput] = useState<CampaignInput | undefined>();
  const { summary } = run;
  const number = new Intl.NumberFormat();
  const { phase, done, total, elapsedMs } = run.state;

  function check(next: CampaignInput) {
    setInput(next);
    void run.start(next.parsed.recipients, next.offer || undefined);
  }

  return (
    <main className="campaign-page">
      <header className="page-header">
        <h1>Campaign check</h1>
        <p className="muted">
          Who must not get this campaign: do-not-contact, open quotes, active deals, reps writing to them this week, and
          offers that clash with what they were quoted.
        </p>
      </header>
      <RecipientsForm
        busy={phase === 'running'}
        sellerDomains={(settings.data ?? DEFAULT_SETTINGS).sellerDomains}
        onCheck={check}
      />
      {input ? <RowProblems problems={input.parsed.problems} label={input.label} /> : null}
      {phase === 'running' ? (
        <section className="progress" aria-label="Progress">
          <progress max={total} value={done} aria-label="Recipients checked" />
          <span role="status">
            Checking {number.format(done)} of {number.format(total)}…
          </span>
          <button type="button" onClick={run.cancel}>
            Cancel
          </button>
        </section>
      ) : null}
      {phase === 'done' || phase === 'cancelled' ? (
        <p
          className="run-status"
          role="status"
          data-phase={phase}
          data-run={run.state.run}
          data-elapsed-ms={Math.round(elapsedMs)}
        >
          {phase === 'done'
            ? `Checked ${number.format(done)} recipients`
            : `Cancelled: checked ${number.format(done)} of ${number.format(total)} recipients`}
          {input && input.parsed.problems.length > 0
            ? ` (${number.format(input.parsed.problems.length)} ${input.parsed.problems.length === 1 ? 'row' : 'rows'} not checked, see above)`
            : ''}
          {` in ${(elapsedMs / 1000).toFixed(1)} s.`}
          {run.state.failedChunks > 0 ? ' Some recipients could not be checked; they are held back.' : ''}
        </p>
      ) : null}
      {input && input.parsed.recipients.length === 0 && phase === 'done' ? (
        <p className="state">No addresses to check. Fix the rows above and check again.</p>
      ) : null}
      {run.results.length > 0 && input ? (
        <>
          <CampaignSummaryView summary={summary} />
          {phase !== 'running' ? (
            <CampaignActions
              campaign={input.campaign}
              offer={input.offer}
              columns={input.parsed.columns}
              checked={run.results}
              owners={run.owners}
              byReason={summary.byReason}
            />
          ) : null}
          <ResultsTable rows={run.results} owners={run.owners} />
        </>
      ) : null}
    </main>
  );
}
