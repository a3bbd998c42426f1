import type { Brief } from '../../lib/model/brief';
import type { OutreachChannel } from '../../lib/model/outreach';
import { formatDate, formatRelative } from '../../lib/format/time';
import { useNow } from '../ui/use-now';
import { Section } from './Section';

const CHANNEL_LABELS: Record<OutreachChannel, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  linkedin: 'LinkedIn',
  sms: 'SMS',
};

/** Recent 1:1 touches, so a rep sees who from the team already spoke to this person, when and how. */
export function OutreachSection({ brief, currentUserId }: { brief: Brief; currentUserId: string | undefined }) {
  const now = useNow();
  return (
    <Section
      title="Recent outreach"
      count={brief.outreach.length}
      freshness={brief.freshness.outreach}
      empty="No recent 1:1 outreach."
      isEmpty={brief.outreach.length === 0}
      testId="outreach"
    >
      <ul className="timeline">
        {brief.outreach.slice(0, 20).map((touch) => {
          const who = brief.people[touch.byUserId];
          const isMe = touch.byUserId === currentUserId;
          return (
            <li key={touch.id} className={isMe ? 'touch' : 'touch touch-colleague'}>
              <span className="touch-when" title={formatDate(touch.at)}>
                {formatRelative(touch.at, now)}
              </span>
              <span className="touch-what">
                {CHANNEL_LABELS[touch.channel]} {touch.direction === 'inbound' ? 'from them to' : 'by'}{' '}
                <strong>{isMe ? 'you' : (who?.name ?? 'a colleague')}</strong>
                {!isMe && who ? <span className="muted"> ({roleLabel(who.role)})</span> : null}
              </span>
              {touch.subject ? <span className="touch-subject">“{touch.subject}”</span> : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function roleLabel(role: string): string {
  return role.replace(/_/g, ' ');
}
