import type { Brief, MatchedBy } from '../../lib/model/brief';
import type { Settings } from '../../lib/model/settings';
import { ContactHeader } from './ContactHeader';
import { DealsSection } from './DealsSection';
import { DoNotContactFlags } from './DoNotContactFlags';
import { FormsSection } from './FormsSection';
import { InsightsPanel } from './InsightsPanel';
import { MarketingSection } from './MarketingSection';
import { OutreachSection } from './OutreachSection';
import { QuotesSection } from './QuotesSection';

interface BriefViewProps {
  brief: Brief;
  matchedBy: MatchedBy;
  currentUserId: string | undefined;
  /** Thresholds for the temperature and windows for the hints; the defaults when not given. */
  settings?: Settings;
}

/** The whole brief, in the order a rep needs it before writing: may I contact them, then what they know. */
export function BriefView({ brief, matchedBy, currentUserId, settings }: BriefViewProps) {
  return (
    <article className="brief" aria-label={`Brief for ${brief.contact.name}`} data-contact-id={brief.contact.id}>
      <ContactHeader brief={brief} matchedBy={matchedBy} />
      <DoNotContactFlags policy={brief.policy} />
      <InsightsPanel brief={brief} currentUserId={currentUserId} {...(settings ? { settings } : {})} />
      <QuotesSection brief={brief} />
      <DealsSection brief={brief} currentUserId={currentUserId} />
      <FormsSection brief={brief} />
      <MarketingSection brief={brief} />
      <OutreachSection brief={brief} currentUserId={currentUserId} />
    </article>
  );
}
