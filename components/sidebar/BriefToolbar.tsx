import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAsOf } from '../../lib/format/time';
import { request } from '../../lib/messaging/client';
import type { Brief } from '../../lib/model/brief';
import type { PersonOnPage } from '../../lib/model/page-context';
import { queryKeys } from '../../lib/query/keys';
import { useNow } from '../ui/use-now';
import { useOnline } from './use-online';

/** How old the brief is (its oldest section) and a Refresh that re-reads the CRM now. */
export function BriefToolbar({ brief, person }: { brief: Brief; person: PersonOnPage }) {
  const client = useQueryClient();
  const now = useNow();
  const online = useOnline();
  const refresh = useMutation({
    mutationFn: () => request({ type: 'brief/lookup', person, refresh: true }),
    onSuccess: (lookup) => client.setQueryData(queryKeys.brief(person), lookup),
  });
  const oldest = Object.values(brief.freshness)
    .map((f) => f.fetchedAt)
    .sort()[0];
  const asOf = oldest ? formatAsOf(oldest, now) : 'age unknown';
  // Offline is announced once, by the sidebar's connection banner; here it only explains why Refresh is off.
  return (
    <div className="brief-toolbar">
      <span className="muted">
        {online ? '' : 'Offline · '}Brief {asOf}
      </span>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => refresh.mutate()}
        disabled={refresh.isPending || !online}
      >
        {refresh.isPending ? 'Refreshing…' : 'Refresh'}
      </button>
      {refresh.isError ? <span role="alert"> Refresh failed: {refresh.error.message}</span> : null}
    </div>
  );
}
