import type { Brief, MatchedBy } from '../../lib/model/brief';

const MATCH_LABELS: Record<MatchedBy, string> = {
  email: 'matched by email',
  linkedin: 'matched by LinkedIn URL',
  crm_id: 'matched by CRM record',
  linked: 'linked by you',
  name_company: 'possible match: same name and company',
};

export function ContactHeader({ brief, matchedBy }: { brief: Brief; matchedBy: MatchedBy }) {
  const { contact, owner } = brief;
  return (
    <header className="contact-header">
      <h2 className="contact-name">{contact.name}</h2>
      {contact.title || contact.company ? (
        <p className="contact-role">
          {contact.title}
          {contact.title && contact.company ? ' · ' : ''}
          {contact.company?.name}
        </p>
      ) : null}
      <p className="contact-meta">
        {contact.emails[0] ? <span>{contact.emails[0]}</span> : null}
        <span className="muted"> · {MATCH_LABELS[matchedBy]}</span>
      </p>
      <p className="contact-meta">Owner: {owner ? owner.name : 'unassigned'}</p>
    </header>
  );
}
