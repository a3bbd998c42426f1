import type { ScopeNeed } from '../../model/connection';

/**
 * The scopes a HubSpot token needs for the whole brief, the checks and the timeline writes
 * (crm-api-facts.md; each endpoint's reference page names its scope).
 */
export const REQUIRED_SCOPES: readonly ScopeNeed[] = [
  { scope: 'crm.objects.contacts.read', purpose: 'find contacts by email and LinkedIn URL' },
  { scope: 'crm.objects.contacts.write', purpose: 'write override decisions as notes on the timeline' },
  { scope: 'crm.objects.deals.read', purpose: 'show active deals and their owners' },
  { scope: 'crm.objects.quotes.read', purpose: 'show open quotes' },
  { scope: 'crm.objects.line_items.read', purpose: 'show quote line items and discounts' },
  { scope: 'crm.objects.owners.read', purpose: 'name record owners and recognise colleagues' },
  { scope: 'e-commerce', purpose: 'recognise your product names in drafts (product library)' },
  { scope: 'sales-email-read', purpose: 'see colleagues’ recent emails' },
  { scope: 'forms', purpose: 'show what the contact answered in forms' },
  { scope: 'content', purpose: 'show marketing emails received, opened and clicked' },
  { scope: 'communication_preferences.read', purpose: 'read email subscription status' },
  { scope: 'communication_preferences.write', purpose: 'stop marketing emails on request' },
];

/** Required scopes the token does not have, in the order above. */
export function missingScopes(granted: readonly string[]): ScopeNeed[] {
  const have = new Set(granted);
  return REQUIRED_SCOPES.filter((need) => !have.has(need.scope));
}
