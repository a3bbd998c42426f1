import type { RuleId } from '../../model/warning';

/** Why reps sent anyway, in their words: what a manager reads in the audit log's reason column. */
export const REASONS: Record<RuleId, readonly string[]> = {
  'do-not-contact': [
    'Customer emailed us first and asked for the signed contract',
    'Legal confirmed the hold was lifted on Monday',
    'Invoice correction, not a sales email',
    'She re-subscribed at the trade show; CRM not updated yet',
  ],
  'quote-offer-conflict': [
    'Sales manager approved the extra discount',
    'Quote is being replaced; the new one goes out tomorrow',
    'Customer asked for the campaign price in writing',
    'Price matches once the volume tier applies',
  ],
  'campaign-offer-conflict': [
    'Campaign offer ended for their segment',
    'Different product line from the campaign',
    'They are on the annual plan; the promotion does not apply',
  ],
  'duplicate-outreach': [
    'Colleague asked me to take over this thread',
    'Different project: driver safety, not telematics',
    'Agreed on Slack that I am the point of contact',
    'Replying to their inbound question',
  ],
  'deal-owner': [
    'Deal owner is on holiday; covering for them',
    'Hand-off agreed at the pipeline review',
    'Introducing our solutions engineer at the owner’s request',
  ],
  'unknown-recipient': [
    'New contact from the trade show; adding to the CRM after the call',
    'Personal referral from an existing customer',
    'Assistant of a known contact',
  ],
};
