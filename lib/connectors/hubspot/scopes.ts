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

/** Reading lists (segments) and their memberships: the campaign check's "HubSpot list" input (fetch-lists.ts). */
export const LIST_SCOPE = 'crm.lists.read';

/**
 * Scopes only one feature needs. They are not in REQUIRED_SCOPES on purpose: that list drives the settings page's
 * "missing scopes" warning for every portal, and a portal without list access still gets every brief, check and
 * write. A private app should still be given them (the setup notes name them); where one is missing, the feature
 * that needs it says "Reconnect HubSpot with list access" when it is used, instead of warning everyone up front.
 */
export const OPTIONAL_SCOPES: readonly ScopeNeed[] = [
  { scope: LIST_SCOPE, purpose: 'check a campaign against a HubSpot list' },
];

/** True when HubSpot told us the token's scopes and list reading is not among them; unknown scopes are tried. */
export function lacksListScope(connection: { scopes: readonly string[]; scopesKnown: boolean }): boolean {
  return connection.scopesKnown && !connection.scopes.includes(LIST_SCOPE);
}
