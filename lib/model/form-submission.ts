import { z } from 'zod';
import { HttpsUrl, IsoDateTime, RecordId } from './common';

export const FormField = z.object({
  label: z.string().min(1).max(500),
  value: z.string().max(20_000),
});
export type FormField = z.infer<typeof FormField>;

/** What a contact told us in a form: the answers themselves, not just "form submitted". */
export const FormSubmission = z.object({
  id: RecordId,
  contactId: RecordId,
  formName: z.string().min(1).max(300),
  pageUrl: HttpsUrl.optional(),
  pageTitle: z.string().max(300).optional(),
  submittedAt: IsoDateTime,
  fields: z.array(FormField).max(200),
});
export type FormSubmission = z.infer<typeof FormSubmission>;
