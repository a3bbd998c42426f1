import { isInternalEmail, normalizeEmail } from '../../lib/identity/email';
import type { PageContext, PersonOnPage } from '../../lib/model/page-context';

/**
 * The people the sidebar can brief: everyone on the page except colleagues, each once, in the reader's
 * order (the thread's sender first).
 */
export function externalPeople(context: PageContext, sellerDomains: readonly string[]): PersonOnPage[] {
  const seen = new Set<string>();
  const result: PersonOnPage[] = [];
  for (const person of context.people) {
    const email = normalizeEmail(person.email);
    if (email && isInternalEmail(email, sellerDomains)) continue;
    const key = email ?? person.linkedinUrl ?? `${person.crmRecord?.crm}:${person.crmRecord?.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(email ? { ...person, email } : person);
  }
  return result;
}
