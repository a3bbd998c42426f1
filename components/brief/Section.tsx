import { useId, type ReactNode } from 'react';
import type { SectionFreshness } from '../../lib/model/brief';
import { formatAsOf, formatDateTime } from '../../lib/format/time';
import { useNow } from '../ui/use-now';

interface SectionProps {
  title: string;
  count?: number;
  freshness: SectionFreshness | undefined;
  /** Shown instead of the children when there is nothing to list. */
  empty: string;
  isEmpty: boolean;
  children: ReactNode;
  testId: string;
}

/** A brief section: heading, how old its data is, whether it is partial, and an honest empty state. */
export function Section({ title, count, freshness, empty, isEmpty, children, testId }: SectionProps) {
  const headingId = useId();
  const now = useNow();
  return (
    <section className="section" aria-labelledby={headingId} data-section={testId}>
      <header className="section-header">
        <h3 id={headingId}>
          {title}
          {count !== undefined && count > 0 ? <span className="count"> ({count})</span> : null}
        </h3>
        {freshness ? (
          <span className="age" title={`Fetched ${formatDateTime(freshness.fetchedAt)}`}>
            {formatAsOf(freshness.fetchedAt, now)}
          </span>
        ) : (
          <span className="age age-unknown">not loaded</span>
        )}
      </header>
      {freshness?.partial ? (
        <p className="partial" role="note">
          Partial: {freshness.partialReason ?? 'some records could not be loaded.'} Do not read gaps as “none”.
        </p>
      ) : null}
      {isEmpty ? <p className="empty">{empty}</p> : children}
    </section>
  );
}
