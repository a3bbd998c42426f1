import {
  sortFlagsBySeverity,
  blocksSalesEmail,
  type ContactPolicy,
  type DoNotContactKind,
} from '../../lib/model/contact-policy';
import { formatDate, formatRelative } from '../../lib/format/time';
import { useNow } from '../ui/use-now';

const LABELS: Record<DoNotContactKind, string> = {
  legal_hold: 'Legal hold — do not contact',
  email_opt_out: 'Opted out of all email',
  bounced: 'Email bounced',
  do_not_call: 'Do not call',
  marketing_unsubscribed: 'Unsubscribed from marketing email',
};

const CHANNEL_LABELS = { email: 'email', phone: 'phone', linkedin: 'LinkedIn', any: 'every channel' } as const;

/** Do-not-contact flags come first in the brief and cannot be missed; an empty policy says so plainly. */
export function DoNotContactFlags({ policy }: { policy: ContactPolicy }) {
  const now = useNow();
  if (policy.flags.length === 0) {
    return (
      <p className="dnc-clear" data-section="dnc">
        No do-not-contact flags.
      </p>
    );
  }
  return (
    <section className="dnc" role="alert" aria-label="Do-not-contact flags" data-section="dnc">
      <ul>
        {sortFlagsBySeverity(policy.flags).map((flag) => (
          <li
            key={`${flag.kind}-${flag.channel}-${flag.since}`}
            className={
              blocksSalesEmail(flag) || flag.kind === 'legal_hold' ? 'dnc-flag dnc-block' : 'dnc-flag dnc-info'
            }
            data-flag={flag.kind}
          >
            <strong>{LABELS[flag.kind]}</strong>
            <span className="dnc-meta">
              {' '}
              ({CHANNEL_LABELS[flag.channel]}) since {formatDate(flag.since)} · {formatRelative(flag.since, now)}
            </span>
            <span className="dnc-source">Source: {flag.source}</span>
            {flag.note ? <span className="dnc-note">“{flag.note}”</span> : null}
            {flag.kind === 'marketing_unsubscribed' ? (
              <span className="dnc-hint">A personal sales email is allowed; no marketing mail.</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
