import type { Quote } from '../../model/quote';
import { invertLinks, mapQuotes } from './map-commercial';
import { fetchAssociations } from './fetch-associations';
import { batchRead, type FetchContext, optional } from './fetch-context';

export const QUOTE_PROPERTIES = [
  'hs_title',
  'hs_quote_number',
  'hs_status',
  'hs_quote_amount',
  'hs_currency',
  'hs_expiration_date',
  'hs_quote_link',
  'hs_esign_status',
  'hs_payment_status',
  'hubspot_owner_id',
];

export const LINE_ITEM_PROPERTIES = [
  'name',
  'quantity',
  'price',
  'amount',
  'discount',
  'hs_discount_percentage',
  'hs_total_discount',
  'hs_product_id',
  'hs_sku',
  'hs_line_item_currency_code',
];

/** Line items of the given quotes: quotes→line_items associations, then a line items batch read. */
async function fetchLineItems(
  ctx: FetchContext,
  quoteIds: readonly string[],
): Promise<{ lineItems?: unknown; lineItemsByQuote?: Map<string, string[]> }> {
  const links = await fetchAssociations(ctx, 'quotes', 'line_items', quoteIds);
  if (links === undefined) return {};
  const itemIds = [...new Set([...links.values()].flat())];
  if (itemIds.length === 0) return { lineItemsByQuote: links };
  const items = optional(
    ctx,
    'line items batch read',
    await batchRead(ctx, 'line_items', itemIds, LINE_ITEM_PROPERTIES),
  );
  // Without the items, the mapper reports each missing one per quote.
  return items === undefined ? { lineItemsByQuote: links } : { lineItems: items, lineItemsByQuote: links };
}

/** Quotes of some contacts with their line items, mapped. Quote and line item reads run in parallel. */
export async function fetchQuotes(ctx: FetchContext, contactIds: readonly string[]): Promise<Quote[]> {
  const links = await fetchAssociations(ctx, 'contacts', 'quotes', contactIds);
  const quoteIds = [...new Set(contactIds.flatMap((id) => links?.get(id) ?? []))];
  if (quoteIds.length === 0) return [];
  const [quotesResult, items] = await Promise.all([
    batchRead(ctx, 'quotes', quoteIds, QUOTE_PROPERTIES),
    fetchLineItems(ctx, quoteIds),
  ]);
  const quotes = optional(ctx, 'quotes batch read', quotesResult);
  if (quotes === undefined) return [];
  const mapped = mapQuotes(
    { quotes, contactsByQuote: invertLinks(links ?? new Map()), ...items },
    { portalId: ctx.portalId, now: ctx.now },
  );
  ctx.partial.push(...mapped.partial);
  return mapped.records;
}
