import { z } from 'zod';
import { EMAIL_PATTERN, MAX_EMAIL_LENGTH } from './patterns';

// Extension pages forbid eval (MV3 CSP): tell zod not to probe for its `new Function` fast path.
z.config({ jitless: true });

/** ISO-8601 timestamp with offset. Dates cross messaging and IndexedDB as strings, never Date objects. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** Lower-cased, trimmed address. Normalisation lives in lib/identity; this only checks the shape. */
export const EmailAddress = z.string().max(MAX_EMAIL_LENGTH).regex(EMAIL_PATTERN, 'not an email address');
export type EmailAddress = z.infer<typeof EmailAddress>;

export const HttpsUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'not a web address');

export const CrmSource = z.enum(['demo', 'hubspot', 'salesforce']);
export type CrmSource = z.infer<typeof CrmSource>;

/** ISO 4217 currency code. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/);

export const Money = z.object({ amount: z.number().finite(), currency: CurrencyCode });
export type Money = z.infer<typeof Money>;

/** A percentage between 0 and 100 (10 means 10 %). */
export const Percent = z.number().min(0).max(100);

/** Our own key for any record: `<source>:<id in that source>`. */
export const RecordId = z.string().min(1).max(200);
