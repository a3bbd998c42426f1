import type { TeamFreshness } from '../../lib/audit/messages';
import { formatAsOf, formatRelative } from '../../lib/format/time';
import { useNow } from '../ui/use-now';

const SOURCE_NAMES = { demo: 'the demo workspace', hubspot: 'HubSpot', salesforce: 'Salesforce' } as const;

/** Where the team's decisions come from and how fresh they are, with a way to read them again. */
export function TeamFreshnessBar({
  freshness,
  refreshing,
  onRefresh,
}: {
  freshness: TeamFreshness | undefined;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const now = useNow();
  const number = new Intl.NumberFormat();
  if (!freshness) return <p className="muted">Reading the team’s decisions…</p>;
  const from = SOURCE_NAMES[freshness.source];
  return (
    <div className="team-freshness" role="status">
      <span>
        {freshness.readAt
          ? `Team decisions from ${from}: ${number.format(freshness.notes)}, read ${formatRelative(freshness.readAt, now)} (${formatAsOf(freshness.readAt, now)}).`
          : `The team’s decisions have not been read from ${from} yet; this browser’s own log is shown.`}
        {freshness.truncated ? ' More decisions exist than one read returns; the oldest are left out.' : ''}
      </span>
      {freshness.error ? (
        <span className="form-error">
          {' '}
          The last read failed ({freshness.error}){freshness.readAt ? '; the earlier read is shown.' : '.'}
        </span>
      ) : null}{' '}
      <button type="button" onClick={onRefresh} disabled={refreshing}>
        {refreshing ? 'Reading…' : 'Refresh team data'}
      </button>
    </div>
  );
}
