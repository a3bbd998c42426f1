import { isQuoteOpen, type Quote } from '../../model/quote';
import { fetchAssociationsInChunks } from './fetch-associations';
import { batchRead, describeError, type FetchContext } from './fetch-context';
import { LINE_ITEM_PROPERTIES, QUOTE_PROPERTIES } from './fetch-quotes';
import { invertLinks, mapQuotes } from './map-commercial';
import { hubspotId } from './parse';
import { HubSpotQuote, type BatchReadResponse } from './payloads';

/**
 * The open quotes of many contacts, with what the campaign's quote rules need: number, amount, currency,
 * discount (from the line items), expiry, status and owner. Calls: contacts→quotes associations (1000 per
 * call), quotes batch read (100 per call), then for the open quotes only quotes→line items associations and a
 * line items batch read: most quotes of a real portal are closed or expired, and their items are never needed.
 *
 * `unread` lists the HubSpot contact ids whose quotes could not be read, so the caller never calls them clean.
 */
export async function readOpenQuotes(
  ctx: FetchContext,
  contactIds: readonly string[],
): Promise<{ quotes: Quote[]; unread: Set<string> }> {
  const unread = new Set<string>();
  const associated = await fetchAssociationsInChunks(ctx, 'contacts', 'quotes', contactIds);
  for (const id of associated.unread) unread.add(id);
  const quoteIds = [...new Set([...associated.links.values()].flat())];
  if (quoteIds.length === 0) return { quotes: [], unread };

  const read = await batchRead(ctx, 'quotes', quoteIds, QUOTE_PROPERTIES);
  if (!read.ok) {
    ctx.partial.push(`quotes batch read: not read (${describeError(read.error)})`);
    for (const [contact, quotes] of associated.links) if (quotes.length > 0) unread.add(contact);
    return { quotes: [], unread };
  }
  const contactsByQuote = invertLinks(associated.links);
  const options = { portalId: ctx.portalId, now: ctx.now };
  // First pass only to learn which quotes are open (its partial notes are repeated by the second pass).
  const openIds = new Set(
    mapQuotes({ quotes: read.data, contactsByQuote }, options)
      .records.filter((q) => isQuoteOpen(q, ctx.now))
      .map((q) => q.id),
  );
  const openRaw = read.data.results.flatMap((raw) => {
    const parsed = HubSpotQuote.safeParse(raw);
    return parsed.success && openIds.has(hubspotId(ctx.portalId, 'quote', parsed.data.id)) ? [parsed.data] : [];
  });
  if (openRaw.length === 0) return { quotes: [], unread };
  const open: BatchReadResponse = { ...read.data, results: openRaw };

  const items = await readLineItems(
    ctx,
    openRaw.map((r) => r.id),
  );
  const mapped = mapQuotes({ quotes: open, contactsByQuote, ...items }, options);
  ctx.partial.push(...mapped.partial);
  return { quotes: mapped.records.filter((q) => isQuoteOpen(q, ctx.now)), unread };
}

/**
 * Line items of some quotes. Without them a quote is still open (the recipient is still held back for it); only
 * its discount is unknown, which the mapper reports per missing item.
 */
async function readLineItems(
  ctx: FetchContext,
  quoteIds: readonly string[],
): Promise<{ lineItems?: BatchReadResponse; lineItemsByQuote?: Map<string, string[]> }> {
  const links = await fetchAssociationsInChunks(ctx, 'quotes', 'line_items', quoteIds);
  if (links.unread.length > 0) return {};
  const itemIds = [...new Set([...links.links.values()].flat())];
  if (itemIds.length === 0) return { lineItemsByQuote: links.links };
  const items = await batchRead(ctx, 'line_items', itemIds, LINE_ITEM_PROPERTIES);
  if (!items.ok) {
    ctx.partial.push(`line items batch read: not read (${describeError(items.error)})`);
    return { lineItemsByQuote: links.links };
  }
  return { lineItems: items.data, lineItemsByQuote: links.links };
}
