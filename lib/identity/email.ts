import { EMAIL_PATTERN, MAX_EMAIL_LENGTH } from '../model/patterns';
import { withoutInvisible } from './invisible';

/**
 * Canonical form of an address for matching: trimmed, lower-cased, angle brackets and mailto: removed, invisible
 * characters copied from web pages dropped, and a trailing dot after the domain (the same host in DNS) removed,
 * so a look-alike of a do-not-contact address cannot pass as someone else. Returns undefined for anything that is not an address, so callers cannot match on garbage.
 */
export function normalizeEmail(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let value = withoutInvisible(raw).trim();
  const angle = /<([^<>]+)>\s*$/.exec(value);
  if (angle?.[1]) value = angle[1];
  value = value
    .replace(/^mailto:/i, '')
    .trim()
    .replace(/(@[^@]*[^.])\.$/, '$1')
    .toLowerCase();
  return value.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(value) ? value : undefined;
}

/** Splits `"Priya Raman" <priya@x.com>` or `priya@x.com` into name and address. */
export function parseAddress(raw: string): { email: string; name?: string } | undefined {
  const email = normalizeEmail(raw);
  if (!email) return undefined;
  const namePart = raw
    .replace(/<[^<>]*>\s*$/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .trim();
  return namePart && normalizeEmail(namePart) !== email ? { email, name: namePart } : { email };
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** True for the seller's own addresses (and their subdomains): colleagues, never customers. */
export function isInternalEmail(email: string, sellerDomains: readonly string[]): boolean {
  const domain = domainOf(email.toLowerCase());
  return sellerDomains.some((own) => {
    const d = own.toLowerCase();
    return domain === d || domain.endsWith(`.${d}`);
  });
}

/**
 * Providers documented to deliver `local+tag@domain` to `local@domain`. Elsewhere `+` may be part of a real,
 * different mailbox, so it is never stripped there.
 */
const PLUS_ADDRESSING_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'fastmail.com',
  'proton.me',
  'protonmail.com',
]);

/** The address without its `+tag`, where the provider is known to support plus-addressing; else undefined. */
export function withoutPlusTag(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus <= 0 || !PLUS_ADDRESSING_DOMAINS.has(domain)) return undefined;
  return `${local.slice(0, plus)}@${domain}`;
}

/** Consumer mailbox providers: their domain says nothing about the person's company. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  ...PLUS_ADDRESSING_DOMAINS,
  'yahoo.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'ukr.net',
  'qq.com',
  '163.com',
]);
