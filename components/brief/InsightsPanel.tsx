import { useId } from 'react';
import { nextActions } from '../../lib/insights/next-actions';
import { rateTemperature, type Temperature } from '../../lib/insights/temperature';
import type { Brief } from '../../lib/model/brief';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model/settings';
import { useNow } from '../ui/use-now';

const TEMPERATURE_LABELS: Record<Temperature, string> = { hot: 'Hot', warm: 'Warm', cold: 'Cold' };

/** How engaged the contact is and why, then two or three things to do about it, each from a record below. */
export function InsightsPanel({
  brief,
  currentUserId,
  settings = DEFAULT_SETTINGS,
}: {
  brief: Brief;
  currentUserId: string | undefined;
  settings?: Settings;
}) {
  const headingId = useId();
  const now = useNow();
  const rating = rateTemperature(brief, now, settings.temperature);
  const actions = nextActions(brief, now, settings, currentUserId);
  return (
    <section className="insights" aria-labelledby={headingId} data-section="insights">
      <h3 id={headingId} className="visually-hidden">
        Temperature and next steps
      </h3>
      <p className="temperature" data-temperature={rating.temperature}>
        <span className={`temperature-badge temperature-${rating.temperature}`}>
          {TEMPERATURE_LABELS[rating.temperature]}
        </span>{' '}
        {rating.reasons.length > 0 ? (
          <span className="temperature-reasons">{rating.reasons.map((r) => r.text).join('; ')}</span>
        ) : (
          <span className="muted">no engagement in the last {settings.temperature?.windowDays ?? 14} days</span>
        )}
      </p>
      {actions.length > 0 ? (
        <ul className="next-actions" aria-label="Next best actions">
          {actions.map((action) => (
            <li key={action.kind} data-action={action.kind}>
              {action.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
