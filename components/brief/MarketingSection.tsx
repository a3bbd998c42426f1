import type { Brief } from '../../lib/model/brief';
import type { MarketingEmail, MarketingEventType } from '../../lib/model/marketing-email';
import { formatDate, formatRelative } from '../../lib/format/time';
import { useNow } from '../ui/use-now';
import { Section } from './Section';

const EVENT_LABELS: Record<MarketingEventType, string> = {
  delivered: 'Delivered',
  open: 'Opened',
  click: 'Clicked',
  bounce: 'Bounced',
  unsubscribe: 'Unsubscribed',
};

/** Marketing emails received, what they did with them, and the offer each carried. */
export function MarketingSection({ brief }: { brief: Brief }) {
  const now = useNow();
  return (
    <Section
      title="Marketing emails"
      count={brief.marketing.length}
      freshness={brief.freshness.marketing}
      empty="No marketing emails received."
      isEmpty={brief.marketing.length === 0}
      testId="marketing"
    >
      <ul className="cards">
        {brief.marketing.map((email) => (
          <li key={email.id} className="card">
            <div className="card-title">{email.subject}</div>
            <div className="card-meta">
              {email.campaign.name} · sent {formatDate(email.sentAt)} ({formatRelative(email.sentAt, now)})
            </div>
            {email.offer ? (
              <div className="offer" data-offer>
                Offer: <strong>{email.offer.summary}</strong>
              </div>
            ) : null}
            <EventBadges email={email} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

function EventBadges({ email }: { email: MarketingEmail }) {
  const kinds = [...new Set(email.events.map((e) => e.type))];
  const clicks = email.events.filter((e) => e.type === 'click' && e.url);
  if (kinds.length === 0) return <div className="events">No delivery events.</div>;
  return (
    <div className="events">
      {kinds.map((kind) => (
        <span key={kind} className={`badge badge-${kind}`}>
          {EVENT_LABELS[kind]}
        </span>
      ))}
      {clicks.length > 0 ? (
        <ul className="clicked">
          {[...new Set(clicks.map((c) => c.url))].map((url) => (
            <li key={url}>Clicked {shortUrl(url ?? '')}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** host + path, without tracking parameters: enough to see what they were interested in. */
function shortUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.hostname}${url.pathname}`;
  } catch {
    return raw;
  }
}
