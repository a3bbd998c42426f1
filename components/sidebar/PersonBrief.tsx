import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PersonOnPage } from '../../lib/model/page-context';
import { briefQueryOptions } from '../../lib/query/options';
import { BriefView } from '../brief/BriefView';
import { BriefError, BriefLoading, InternalPerson, NotInCrm } from '../brief/LookupStates';
import { useSettings } from '../providers/use-settings';
import { BriefToolbar } from './BriefToolbar';
import { MatchFix } from './MatchFix';
import { StopMarketing } from './StopMarketing';
import { LeadFeedback } from './LeadFeedback';
import { PendingWrites } from './PendingWrites';

/** Looks up one person and renders whichever state the answer is in. */
export function PersonBrief({ person, currentUserId }: { person: PersonOnPage; currentUserId: string | undefined }) {
  const query = useQuery(briefQueryOptions(person));
  const settings = useSettings();
  const lookup = query.data;
  const paintedKey = lookup?.status === 'found' ? lookup.brief.contact.id : lookup?.status;

  useEffect(() => {
    // A timing mark for the benchmark ("thread opened → brief painted"), set after the browser paints.
    if (!paintedKey) return;
    const frame = requestAnimationFrame(() => {
      document.documentElement.dataset.briefPaintedAt = String(performance.timeOrigin + performance.now());
    });
    return () => cancelAnimationFrame(frame);
  }, [paintedKey]);

  if (query.isPending) return <BriefLoading />;
  if (query.isError) return <BriefError message={query.error.message} onRetry={() => void query.refetch()} />;
  switch (query.data.status) {
    case 'found':
      return (
        <div data-state="found">
          <BriefToolbar brief={query.data.brief} person={person} />
          <MatchFix person={person} shown={{ brief: query.data.brief, matchedBy: query.data.matchedBy }} />
          {query.data.refreshError ? (
            <p role="status" className="banner banner-stale" data-testid="refresh-error">
              {query.data.refreshError}
            </p>
          ) : query.data.refreshing ? (
            <p role="status" className="banner banner-refreshing">
              Updating from the CRM…
            </p>
          ) : null}
          {query.data.brief.contact.emails[0] ? <PendingWrites email={query.data.brief.contact.emails[0]} /> : null}
          <BriefView
            brief={query.data.brief}
            matchedBy={query.data.matchedBy}
            currentUserId={currentUserId}
            {...(settings.data ? { settings: settings.data } : {})}
          />
          {/* Actions come after the brief: the rep reads who this is before acting on it. */}
          <section className="brief-actions" aria-label="Actions for this contact">
            <StopMarketing brief={query.data.brief} />
            <LeadFeedback brief={query.data.brief} />
          </section>
        </div>
      );
    case 'not_in_crm':
      return (
        <>
          <NotInCrm email={query.data.email} name={person.name} checkedAt={query.data.checkedAt} />
          <MatchFix person={person} />
        </>
      );
    case 'internal':
      return <InternalPerson email={query.data.email} />;
    case 'error':
      return <BriefError message={query.data.message} onRetry={() => void query.refetch()} />;
  }
}
