/**
 * Zero-width spaces and joiners, word joiners and soft hyphens: invisible, yet copied along from web pages, CMS
 * exports and Outlook. Left in, `jane@x.example\u200B` passes as an address that matches nobody in the CRM, so a
 * do-not-contact recipient would land on the clean list. They are removed, never read as separators, because
 * a CMS also puts them inside long words as line-break hints.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\u00AD]/g;

export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
