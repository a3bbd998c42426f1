import type { Brief } from '../model/brief';
import { blocksSalesEmail, FLAG_WORDS } from '../model/contact-policy';
import { isQuoteOpen } from '../model/quote';
import type { Settings } from '../model/settings';
import { daysAgo } from './temperature';

export interface NextAction {
  /** Stable kind, for tests and styling. */
  kind: 'do-not-contact' | 'answer-form' | 'align-offer' | 'quote-expiring' | 'colleague-touch';
  text: string;
}

const DAY_MS = 86_400_000;
const MAX_ACTIONS = 3;
const FORM_DAYS = 30;
const QUOTE_EXPIRY_DAYS = 14;
/** Form fields where people write in their own words (what they asked us), in the languages we ship. */
const QUESTION_FIELD =
  /question|message|comment|anything else|how can we help|tell us|details|notes?|frage|nachricht|pregunta|mensaje|question|commentaire/i;

/**
 * Two or three short hints for the rep, each grounded in a record of the brief, most urgent first. Pure.
 * `currentUserId`: the signed-in rep, so their own touches are not reported as a colleague's.
 */
export function nextActions(
  brief: Brief,
  now: Date,
  settings: Pick<Settings, 'rules'>,
  currentUserId?: string,
): NextAction[] {
  const actions: NextAction[] = [];
  const first = brief.contact.name.split(/\s+/)[0] ?? brief.contact.name;
  const within = (iso: string, days: number) => now.getTime() - Date.parse(iso) <= days * DAY_MS;

  const blocking = brief.policy.flags.find(blocksSalesEmail);
  if (blocking) {
    actions.push({
      kind: 'do-not-contact',
      text: `Do not email ${first}: ${FLAG_WORDS[blocking.kind]} (${blocking.source}).`,
    });
  }

  const lastOutbound = latest(brief.outreach.filter((o) => o.direction === 'outbound').map((o) => o.at));
  for (const form of [...brief.forms].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))) {
    if (!within(form.submittedAt, FORM_DAYS)) break;
    if (lastOutbound && lastOutbound > form.submittedAt) break; // someone has written to them since
    const asked = form.fields.find((f) => QUESTION_FIELD.test(f.label) && f.value.trim().length >= 8);
    if (!asked) continue;
    actions.push({
      kind: 'answer-form',
      text: `${first} asked in “${form.formName}” ${daysAgo(form.submittedAt, now)}: “${clip(asked.value, 120)}” — answer it.`,
    });
    break;
  }

  const campaignDays = settings.rules['campaign-offer-conflict']?.windowDays ?? 14;
  const openQuotes = brief.quotes.filter((q) => isQuoteOpen(q, now));
  const offered = brief.marketing
    .filter((m) => m.offer?.discountPercent !== undefined && within(m.sentAt, campaignDays))
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt))[0];
  const quoteWithOtherDiscount = openQuotes.find(
    (q) => offered?.offer?.discountPercent !== undefined && q.discountPercent !== offered.offer.discountPercent,
  );
  if (offered?.offer && quoteWithOtherDiscount) {
    actions.push({
      kind: 'align-offer',
      text:
        `Marketing offered ${offered.offer.summary} ${daysAgo(offered.sentAt, now)} and quote ` +
        `${quoteWithOtherDiscount.number} says ${quoteWithOtherDiscount.discountPercent}% — align before you write.`,
    });
  }

  const expiring = openQuotes
    .filter((q) => q.expiresAt && Date.parse(q.expiresAt) - now.getTime() <= QUOTE_EXPIRY_DAYS * DAY_MS)
    .sort((a, b) => (a.expiresAt ?? '').localeCompare(b.expiresAt ?? ''))[0];
  if (expiring?.expiresAt) {
    const days = Math.max(0, Math.ceil((Date.parse(expiring.expiresAt) - now.getTime()) / DAY_MS));
    const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
    actions.push({ kind: 'quote-expiring', text: `Quote ${expiring.number} expires ${when}.` });
  }

  const touchDays = settings.rules['duplicate-outreach']?.windowDays ?? 7;
  const colleagueTouch = brief.outreach
    .filter((o) => o.direction === 'outbound' && o.byUserId !== currentUserId && within(o.at, touchDays))
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  if (colleagueTouch) {
    const who = brief.people[colleagueTouch.byUserId]?.name ?? 'a colleague';
    const how =
      colleagueTouch.channel === 'email' ? 'emailed' : colleagueTouch.channel === 'call' ? 'called' : 'contacted';
    actions.push({
      kind: 'colleague-touch',
      text: `${first} was ${how} by ${who} ${daysAgo(colleagueTouch.at, now)} — check with them first.`,
    });
  }

  return actions.slice(0, MAX_ACTIONS);
}

function latest(values: string[]): string | undefined {
  return values.sort().at(-1);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
