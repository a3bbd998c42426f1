import type { FormSubmission } from '../../model/form-submission';
import { formGuidsOf, mapFormSubmissions } from './map-activity';
import { ContactProfile, FormSubmissionsResponse, FormSubmissionValues, ProfileFormSubmission } from './payloads';
import { type FetchContext, optional } from './fetch-context';

/** Pages read per form while looking for this contact's conversions (busy forms are costly to page). */
const MAX_PAGES_PER_FORM = 3;
/** Forms read per contact. */
const MAX_FORMS = 5;
const GUID = /^[\w-]{1,64}$/;

function conversionIdsByForm(profile: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const parsed = ContactProfile.safeParse(profile);
  for (const raw of parsed.success ? (parsed.data['form-submissions'] ?? []) : []) {
    const sub = ProfileFormSubmission.safeParse(raw);
    if (!sub.success) continue;
    const set = out.get(sub.data['form-id']) ?? new Set<string>();
    set.add(sub.data['conversion-id']);
    out.set(sub.data['form-id'], set);
  }
  return out;
}

/** Pages of one form's submissions until this contact's conversions are all seen (or the page cap). */
async function fetchFormPages(ctx: FetchContext, guid: string, wanted: Set<string>): Promise<unknown[]> {
  const pages: unknown[] = [];
  const missing = new Set(wanted);
  let after: string | undefined;
  for (let i = 0; i < MAX_PAGES_PER_FORM; i++) {
    const result = await ctx.client.request({
      method: 'GET',
      path: `/form-integrations/v1/submissions/forms/${guid}`,
      query: { limit: 50, after },
      schema: FormSubmissionsResponse,
    });
    const data = optional(ctx, `form ${guid} submissions`, result);
    if (data === undefined) break;
    pages.push(data);
    for (const raw of data.results) {
      const sub = FormSubmissionValues.safeParse(raw);
      if (sub.success) missing.delete(sub.data.conversionId);
    }
    after = data.paging?.next?.after;
    if (missing.size === 0 || !after) break;
  }
  return pages;
}

/** Form submissions with answers: the v1 contact profile, then the submissions of each form it names. */
export async function fetchForms(ctx: FetchContext, contactId: string, email: string): Promise<FormSubmission[]> {
  const profileResult = await ctx.client.request({
    method: 'GET',
    path: `/contacts/v1/contact/email/${encodeURIComponent(email)}/profile`,
    schema: ContactProfile,
  });
  const profile = optional(ctx, 'contact profile (form submissions)', profileResult);
  if (profile === undefined) return [];
  const wanted = conversionIdsByForm(profile);
  const guids = formGuidsOf(profile).filter((guid) => GUID.test(guid));
  if (guids.length > MAX_FORMS) ctx.partial.push(`forms: answers read for ${MAX_FORMS} of ${guids.length} forms`);
  const pages = await Promise.all(
    guids.slice(0, MAX_FORMS).map((guid) => fetchFormPages(ctx, guid, wanted.get(guid) ?? new Set())),
  );
  const submissionsByForm = new Map(guids.slice(0, MAX_FORMS).map((guid, i) => [guid, pages[i] ?? []] as const));
  const mapped = mapFormSubmissions(
    { contactHubspotId: contactId, profile, submissionsByForm },
    { portalId: ctx.portalId },
  );
  ctx.partial.push(...mapped.partial);
  return mapped.records;
}
