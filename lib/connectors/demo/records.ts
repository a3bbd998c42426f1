import type { WorkspaceSnapshot } from '../../model/workspace';

/** The per-contact part of a snapshot: what story and generated contacts each contribute. */
export type DemoRecords = Pick<
  WorkspaceSnapshot,
  'contacts' | 'policies' | 'forms' | 'marketing' | 'quotes' | 'deals' | 'outreach'
>;

export function emptyRecords(): DemoRecords {
  return { contacts: [], policies: [], forms: [], marketing: [], quotes: [], deals: [], outreach: [] };
}

/** Appends `from` into `into` in place (push, not spread: the bulk has thousands of rows). */
export function appendRecords(into: DemoRecords, from: DemoRecords): DemoRecords {
  into.contacts.push(...from.contacts);
  into.policies.push(...from.policies);
  into.forms.push(...from.forms);
  into.marketing.push(...from.marketing);
  into.quotes.push(...from.quotes);
  into.deals.push(...from.deals);
  into.outreach.push(...from.outreach);
  return into;
}
