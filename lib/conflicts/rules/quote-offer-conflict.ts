import { isQuoteOpen, type Quote, type QuoteLineItem } from '../../model/quote';
import type { Evidence, Severity, Warning } from '../../model/warning';
import { foundRecipients, productKey, type FoundRecipient } from '../facts';
import type { ExtractedOffer } from '../offers/types';
import { severityFor } from '../severity';
import {
  clip,
  describeDraftOffer,
  formatAgo,
  formatDay,
  formatMoney,
  formatNumber,
  formatPercent,
  joinAnd,
} from '../text';
import type { Rule, RuleContext } from '../types';

const ID = 'quote-offer-conflict';
const DEFAULT_SEVERITY: Severity = 'confirm';
const RULE = { id: ID, defaultSeverity: DEFAULT_SEVERITY } as const;

/** Prices within half a unit of a quote figure are the same price (reps round "$486.00" to "$486"). */
const PRICE_TOLERANCE = 0.5;
const PERCENT_TOLERANCE = 0.01;
const MAX_LINES_SHOWN = 3;

interface Finding {
  offer: ExtractedOffer;
  /** What the quote says instead: "10% off Fleet Platform — Annual plan", "no free months". */
  quoteSays: string;
  /** The quote's term for the fix line: "10%", "$486 per unit", "no free months". */
  fixTerm: string;
}

/**
 * The draft offers terms (discount, price, free months, trial) that an OPEN quote for this contact or their
 * company does not have. An offer naming no product is compared with every line of the quote. Same terms as
 * the quote → nothing. A price in another currency than the quote cannot be compared (no FX rates here): a
 * weaker warning (notice) says so instead of guessing.
 */
export const quoteOfferConflictRule: Rule = {
  id: ID,
  defaultSeverity: DEFAULT_SEVERITY,
  evaluate(ctx: RuleContext): Warning[] {
    const offers = ctx.offers.filter(isComparable);
    if (offers.length === 0) return [];
    const warnings: Warning[] = [];
    for (const recipient of foundRecipients(ctx)) {
      const seen = new Set<string>();
      for (const quote of recipient.brief.quotes) {
        if (seen.has(quote.id) || !isQuoteOpen(quote, ctx.now)) continue;
        seen.add(quote.id);
        const conflicts: Finding[] = [];
        const currency: Finding[] = [];
        for (const offer of offers) {
          const result = compare(offer, quote);
          if (result?.type === 'conflict') conflicts.push(result.finding);
          else if (result?.type === 'currency') currency.push(result.finding);
        }
        const warning = buildWarning(ctx, recipient, quote, conflicts, currency);
        if (warning) warnings.push(warning);
      }
    }
    return warnings;
  },
};

function isComparable(offer: ExtractedOffer): boolean {
  switch (offer.kind) {
    case 'discount':
      return typeof offer.discountPercent === 'number';
    case 'price':
      return offer.price !== undefined && Number.isFinite(offer.price.amount);
    case 'free_months':
      return offer.freeMonths === undefined || offer.freeMonths > 0;
    case 'trial':
      return offer.trialDays === undefined || offer.trialDays > 0;
    case 'expiry':
      return false;
  }
}

type Comparison = { type: 'conflict' | 'currency'; finding: Finding } | undefined;

/** Quote lines an offer is about: the products it names, or every line when it names none. */
function linesFor(offer: ExtractedOffer, quote: Quote): QuoteLineItem[] | undefined {
  if (offer.products.length === 0) return quote.lineItems;
  const wanted = new Set(offer.products.map(productKey));
  const lines = quote.lineItems.filter((line) => wanted.has(productKey(line.product)));
  // A quote without line items is about "the deal": compare its header terms with any product.
  if (lines.length === 0) return quote.lineItems.length === 0 ? [] : undefined;
  return lines;
}

function lineDiscount(line: QuoteLineItem, quote: Quote): number {
  return line.discountPercent > 0 ? line.discountPercent : quote.discountPercent;
}

function compare(offer: ExtractedOffer, quote: Quote): Comparison {
  const lines = linesFor(offer, quote);
  if (!lines) return undefined; // the offer is about a product this quote does not contain
  const scope = lines.length > 0 ? joinAnd(unique(lines.map((l) => l.product))) : undefined;
  const on = scope ? ` on ${scope}` : '';
  switch (offer.kind) {
    case 'discount': {
      const offered = offer.discountPercent!;
      const discounts = unique(lines.length > 0 ? lines.map((l) => lineDiscount(l, quote)) : [quote.discountPercent]);
      if (discounts.some((d) => Math.abs(d - offered) < PERCENT_TOLERANCE)) return undefined;
      const quoted = discounts.filter((d) => d > 0);
      const fixTerm = quoted.length > 0 ? joinAnd(quoted.map(formatPercent)) : 'no discount';
      const quoteSays = quoted.length > 0 ? `${fixTerm} off${scope ? ` ${scope}` : ''}` : `no discount${on}`;
      return { type: 'conflict', finding: { offer, quoteSays, fixTerm } };
    }
    case 'price': {
      const price = offer.price!;
      if (price.currency.toUpperCase() !== quote.currency.toUpperCase()) {
        return {
          type: 'currency',
          finding: { offer, quoteSays: `prices in ${quote.currency}`, fixTerm: `prices in ${quote.currency}` },
        };
      }
      const figures = priceFigures(lines, quote);
      if (figures.some((f) => Math.abs(f - price.amount) <= PRICE_TOLERANCE)) return undefined;
      const money = (n: number) => formatMoney(n, quote.currency);
      const perUnit = unique(lines.map((l) => round2(l.unitPrice * (1 - lineDiscount(l, quote) / 100))));
      const unitText = perUnit.length > 0 && perUnit.length <= MAX_LINES_SHOWN ? joinAnd(perUnit.map(money)) : '';
      const quoteSays = unitText
        ? `${unitText} per unit${on} (total ${money(quote.amount)})`
        : `a total of ${money(quote.amount)}`;
      return {
        type: 'conflict',
        finding: { offer, quoteSays, fixTerm: unitText ? `${unitText} per unit` : `${money(quote.amount)} total` },
      };
    }
    case 'free_months':
      return { type: 'conflict', finding: { offer, quoteSays: `no free months${on}`, fixTerm: 'no free months' } };
    case 'trial':
      return { type: 'conflict', finding: { offer, quoteSays: `no trial${on}`, fixTerm: 'no trial' } };
    case 'expiry':
      return undefined;
  }
}

/** Every figure a rep might legitimately quote from this quote: list and net unit prices, line totals, total. */
function priceFigures(lines: readonly QuoteLineItem[], quote: Quote): number[] {
  const figures = [quote.amount];
  for (const line of lines) {
    const net = 1 - lineDiscount(line, quote) / 100;
    figures.push(
      line.unitPrice,
      round2(line.unitPrice * net),
      round2(line.quantity * line.unitPrice),
      round2(line.quantity * line.unitPrice * net),
    );
  }
  return figures;
}

function buildWarning(
  ctx: RuleContext,
  recipient: FoundRecipient,
  quote: Quote,
  conflicts: Finding[],
  currency: Finding[],
): Warning | undefined {
  if (conflicts.length === 0 && currency.length === 0) return undefined;
  const own = quote.contactIds.includes(recipient.brief.contact.id);
  const company = recipient.brief.contact.company?.name;
  const theQuote = own
    ? `${recipient.name}'s open quote ${quote.number}`
    : `the open quote ${quote.number} for ${company ?? `${recipient.name}'s company`}`;
  const expiry = quote.expiresAt
    ? ` It expires ${formatDay(quote.expiresAt)} (${formatAgo(quote.expiresAt, ctx.now)}).`
    : '';
  const currencyNote =
    currency.length > 0
      ? ` Preflight could not compare ${joinAnd(currency.map((f) => describeDraftOffer(f.offer)))} with the ` +
        `quote, which is in ${quote.currency} (different currency).`
      : '';
  const evidence = [quoteEvidence(quote)];
  if (conflicts.length === 0) {
    return {
      ruleId: ID,
      severity: severityFor(ctx, RULE, 'notice'),
      recipient: recipient.address,
      title: `Price in a different currency than quote ${quote.number}`,
      detail: `${capitalize(theQuote)} is in ${quote.currency}.${currencyNote}${expiry}`,
      fix: `Check the price against ${quote.number} (${quote.currency}) before sending.`,
      evidence,
    };
  }
  const fixTerms = joinAnd(unique(conflicts.map((f) => f.fixTerm)));
  return {
    ruleId: ID,
    severity: severityFor(ctx, RULE),
    recipient: recipient.address,
    title: clip(`Offer differs from open quote ${quote.number} (${fixTerms})`, 300),
    detail:
      `The draft offers ${joinAnd(conflicts.map((f) => describeDraftOffer(f.offer)))}, but ${theQuote} has ` +
      `${joinAnd(unique(conflicts.map((f) => f.quoteSays)))}.${expiry}${currencyNote}`,
    fix: clip(`Align the draft with ${quote.number} (${fixTerms}) or revise the quote first.`, 500),
    evidence,
  };
}

function quoteEvidence(quote: Quote): Evidence {
  const lines = quote.lineItems.slice(0, MAX_LINES_SHOWN).map((line) => {
    const discount = lineDiscount(line, quote);
    return (
      `${line.product}: ${formatNumber(line.quantity)} × ${formatMoney(line.unitPrice, quote.currency)}` +
      (discount > 0 ? `, ${formatPercent(discount)} off` : '')
    );
  });
  if (quote.lineItems.length > MAX_LINES_SHOWN) lines.push(`${quote.lineItems.length - MAX_LINES_SHOWN} more lines`);
  if (quote.lineItems.length === 0 && quote.discountPercent > 0)
    lines.push(`${formatPercent(quote.discountPercent)} off`);
  const parts = [
    `${quote.number} (${quote.status.replace(/_/g, ' ')})`,
    ...lines,
    `total ${formatMoney(quote.amount, quote.currency)}`,
    quote.expiresAt ? `expires ${formatDay(quote.expiresAt)}` : 'no expiry date',
  ];
  return {
    kind: 'quote',
    refId: quote.id,
    label: clip(parts.join(' · '), 500),
    ...(quote.expiresAt ? { at: quote.expiresAt } : {}),
    ...(quote.url ? { url: quote.url } : {}),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
