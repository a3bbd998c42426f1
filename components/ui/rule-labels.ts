import type { RuleId, Severity } from '../../lib/model/warning';

export const RULE_LABELS: Record<RuleId, { name: string; what: string; window?: string }> = {
  'do-not-contact': { name: 'Do not contact', what: 'A recipient opted out of email, is on legal hold, or bounced.' },
  'quote-offer-conflict': { name: 'Offer vs open quote', what: 'The draft’s terms differ from an open quote.' },
  'campaign-offer-conflict': {
    name: 'Offer vs recent campaign',
    what: 'A campaign the contact received offered different terms.',
    window: 'Campaigns received in the last',
  },
  'duplicate-outreach': {
    name: 'Duplicate outreach',
    what: 'A colleague contacted this person or their company recently.',
    window: 'Colleagues’ touches in the last',
  },
  'deal-owner': { name: 'Deal owned by someone else', what: 'The contact’s open deal belongs to another rep.' },
  'unknown-recipient': { name: 'Unknown recipient', what: 'Not in the CRM, or the brief could not be loaded.' },
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  block: 'Block (reason required)',
  confirm: 'Ask to confirm',
  notice: 'Show a notice',
};
