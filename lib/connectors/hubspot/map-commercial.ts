import { CurrencyCode } from '../../model/common';
import type { Deal } from '../../model/deal';
import type { Quote, QuoteLineItem, QuoteStatus } from '../../model/quote';
import type { Product } from '../../model/workspace';
import { otherBatchErrors } from './map-contacts';
import {
  AssociationBatchResponse,
  AssociationBatchResult,
  BatchReadResponse,
  HubSpotDeal,
  HubSpotLineItem,
  HubSpotProduct,
  HubSpotQuote,
  PipelinesResponse,
  SearchResponse,
} from './payloads';
import { bool, httpsUrl, hubspotId, isoDate, type MapResult, num, parseEach, parseWith, text } from './parse';

export interface CommercialMapOptions {
  portalId: string;
  now: Date;
}

// ---------- associations ----------

/** `POST /crm/v4/associations/{from}/{to}/batch/read` as a map from-id → to-ids (HubSpot ids, not ours). */
export function mapAssociations(payload: unknown, label: string): { links: Map<string, string[]>; partial: string[] } {
  const partial: string[] = [];
  const links = new Map<string, string[]>();
  const envelope = parseWith(AssociationBatchResponse, payload, `${label} associations response`);
  if (!envelope.ok) return { links, partial: [envelope.problem] };
  // A contact with no associations comes back as a NO_ASSOCIATIONS_FOUND-style error: that is an answer.
  const errors = (envelope.value.errors ?? []).filter((error) => !/NOT_FOUND|NO_ASSOCIATIONS/.test(error.category));
  partial.push(...otherBatchErrors({ ...envelope.value, errors, numErrors: undefined }, `${label} associations`));
  for (const result of parseEach(AssociationBatchResult, envelope.value.results, `${label} association`, partial)) {
    const to = links.get(result.from.id) ?? [];
    for (const target of result.to) if (!to.includes(target.toObjectId)) to.push(target.toObjectId);
    links.set(result.from.id, to);
    if (result.paging?.next) partial.push(`${label} association ${result.from.id}: more pages not read`);
  }
  return { links, partial };
}

/** Inverts from→to links so each target lists the sources (deal → contact ids). */
export function invertLinks(links: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [from, targets] of links) {
    for (const to of targets) out.set(to, [...(out.get(to) ?? []), from]);
  }
  return out;
}

function envelopeResults(payload: unknown, label: string, partial: string[]): unknown[] | undefined {
  const envelope = parseWith(BatchReadResponse.or(SearchResponse), payload, `${label} response`);
  if (!envelope.ok) {
    partial.push(envelope.problem);
    return undefined;
  }
  if ('status' in envelope.value) partial.push(...otherBatchErrors(envelope.value, label));
  return envelope.value.results;
}

// ---------- deals ----------

export interface DealMapInput {
  /** Deals batch-read (or search) response. */
  deals: unknown;
  /** HubSpot deal id → HubSpot contact ids. */
  contactsByDeal: Map<string, string[]>;
  /** `GET /crm/v3/pipelines/deals`, for stage labels; without it the stage id is shown as is. */
  pipelines?: unknown;
  /** Company domain per HubSpot deal id, when known. */
  companyDomainByDeal?: Map<string, string>;
}

export function mapDeals(input: DealMapInput, options: CommercialMapOptions): MapResult<Deal> {
  const partial: string[] = [];
  const results = envelopeResults(input.deals, 'deals', partial);
  if (!results) return { records: [], partial };
  const stages = new Map<string, { label: string; isClosed?: boolean }>();
  if (input.pipelines !== undefined) {
    const pipelines = parseWith(PipelinesResponse, input.pipelines, 'pipelines response');
    if (!pipelines.ok) partial.push(pipelines.problem);
    else {
      for (const pipeline of pipelines.value.results) {
        for (const stage of pipeline.stages) {
          const closed = bool(stage.metadata?.isClosed);
          stages.set(stage.id, { label: stage.label, ...(typeof closed === 'boolean' ? { isClosed: closed } : {}) });
        }
      }
    }
  }
  const records: Deal[] = [];
  for (const raw of parseEach(HubSpotDeal, results, 'deal', partial)) {
    const p = raw.properties;
    const stageId = text(p.dealstage);
    if (!stageId) {
      partial.push(`deal ${raw.id}: dealstage (missing)`);
      continue;
    }
    const stage = stages.get(stageId);
    if (input.pipelines !== undefined && !stage) partial.push(`deal ${raw.id}: dealstage (no label in pipelines)`);
    let isClosed = bool(p.hs_is_closed);
    if (typeof isClosed !== 'boolean') {
      if (stage?.isClosed !== undefined) isClosed = stage.isClosed;
      else {
        partial.push(`deal ${raw.id}: hs_is_closed (${isClosed === undefined ? 'missing' : 'invalid'})`);
        isClosed = false;
      }
    }
    const deal: Deal = {
      id: hubspotId(options.portalId, 'deal', raw.id),
      name: (text(p.dealname) ?? `Deal ${raw.id}`).slice(0, 300),
      stage: (stage?.label ?? stageId).slice(0, 200),
      isClosed,
      contactIds: (input.contactsByDeal.get(raw.id) ?? []).map((id) => hubspotId(options.portalId, 'contact', id)),
    };
    if (!text(p.dealname)) partial.push(`deal ${raw.id}: dealname (missing)`);
    const amount = num(p.amount);
    if (amount !== undefined && amount >= 0) deal.amount = amount;
    else if (text(p.amount)) partial.push(`deal ${raw.id}: amount (invalid)`);
    const currency = text(p.deal_currency_code);
    if (currency && CurrencyCode.safeParse(currency).success) deal.currency = currency;
    const owner = text(p.hubspot_owner_id);
    if (owner) deal.ownerId = hubspotId(options.portalId, 'owner', owner);
    const closeDate = isoDate(p.closedate);
    if (closeDate) deal.closeDate = closeDate;
    else if (text(p.closedate)) partial.push(`deal ${raw.id}: closedate (invalid)`);
    const domain = input.companyDomainByDeal?.get(raw.id);
    if (domain) deal.companyDomain = domain;
    records.push(deal);
  }
  return { records, partial };
}

// ---------- quotes ----------

export interface QuoteMapInput {
  /** Quotes batch-read (or search) response. */
  quotes: unknown;
  /** Line-items batch-read response (all line items of these quotes). */
  lineItems?: unknown;
  /** HubSpot quote id → HubSpot line item ids. */
  lineItemsByQuote?: Map<string, string[]>;
  /** HubSpot quote id → HubSpot contact ids. */
  contactsByQuote: Map<string, string[]>;
  companyDomainByQuote?: Map<string, string>;
}

/**
 * HubSpot `hs_status` → our status. APPROVAL_NOT_NEEDED and APPROVED mean published: with a public link the
 * buyer has it ("sent"); without one it is approved but not out yet. Signed or paid quotes are accepted, and a
 * past `hs_expiration_date` wins over everything but acceptance and rejection.
 */
function quoteStatus(raw: HubSpotQuote, now: Date): QuoteStatus | undefined {
  const p = raw.properties;
  const status = text(p.hs_status)?.toUpperCase();
  let mapped: QuoteStatus | undefined;
  switch (status) {
    case 'DRAFT':
      mapped = 'draft';
      break;
    case 'PENDING_APPROVAL':
      mapped = 'pending_approval';
      break;
    case 'APPROVAL_NOT_NEEDED':
    case 'APPROVED':
      mapped = text(p.hs_quote_link) ? 'sent' : 'approved';
      break;
    case 'REJECTED':
      mapped = 'rejected';
      break;
    default:
      return undefined;
  }
  const esign = text(p.hs_esign_status)?.toUpperCase();
  const payment = text(p.hs_payment_status)?.toUpperCase();
  if (esign === 'COMPLETED' || payment === 'PAID') return 'accepted';
  if (mapped === 'rejected') return mapped;
  const expires = isoDate(p.hs_expiration_date);
  if (expires && Date.parse(expires) <= now.getTime()) return 'expired';
  return mapped;
}

function mapLineItem(
  raw: HubSpotLineItem,
  options: CommercialMapOptions,
  partial: string[],
): QuoteLineItem | undefined {
  const p = raw.properties;
  const quantity = num(p.quantity);
  const unitPrice = num(p.price);
  const name = text(p.name);
  const broken = [
    !name && 'name',
    (quantity === undefined || quantity <= 0) && 'quantity',
    (unitPrice === undefined || unitPrice < 0) && 'price',
  ].filter(Boolean);
  if (broken.length > 0 || !name || quantity === undefined || unitPrice === undefined) {
    partial.push(`line item ${raw.id}: ${broken.join(', ')} (missing or invalid)`);
    return undefined;
  }
  let discountPercent = num(p.hs_discount_percentage);
  if (discountPercent === undefined) {
    // A fixed per-unit discount ("discount") is converted to a percentage of the list price.
    const fixed = num(p.discount);
    if (fixed !== undefined && unitPrice > 0) discountPercent = Math.round((fixed / unitPrice) * 10_000) / 100;
  }
  if (discountPercent !== undefined && (discountPercent < 0 || discountPercent > 100)) {
    partial.push(`line item ${raw.id}: hs_discount_percentage (out of range)`);
    discountPercent = undefined;
  }
  const item: QuoteLineItem = {
    product: name.slice(0, 300),
    quantity,
    unitPrice,
    discountPercent: discountPercent ?? 0,
  };
  const productId = text(p.hs_product_id);
  if (productId) item.productId = hubspotId(options.portalId, 'product', productId);
  return item;
}

/** Overall discount: the common line discount, else list-vs-net over all lines. */
function quoteDiscount(items: readonly QuoteLineItem[], amount: number): number {
  if (items.length === 0) return 0;
  const first = items[0]?.discountPercent ?? 0;
  if (items.every((item) => item.discountPercent === first)) return first;
  const list = items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
  if (list <= 0 || amount > list) return 0;
  return Math.round(((list - amount) / list) * 10_000) / 100;
}

export function mapQuotes(input: QuoteMapInput, options: CommercialMapOptions): MapResult<Quote> {
  const partial: string[] = [];
  const results = envelopeResults(input.quotes, 'quotes', partial);
  if (!results) return { records: [], partial };
  const lineItems = new Map<string, QuoteLineItem>();
  if (input.lineItems !== undefined) {
    const lineResults = envelopeResults(input.lineItems, 'line items', partial) ?? [];
    for (const raw of parseEach(HubSpotLineItem, lineResults, 'line item', partial)) {
      const item = mapLineItem(raw, options, partial);
      if (item) lineItems.set(raw.id, item);
    }
  }
  const records: Quote[] = [];
  for (const raw of parseEach(HubSpotQuote, results, 'quote', partial)) {
    const p = raw.properties;
    const status = quoteStatus(raw, options.now);
    if (!status) {
      partial.push(`quote ${raw.id}: hs_status (${text(p.hs_status) ? 'unknown value' : 'missing'})`);
      continue;
    }
    const items: QuoteLineItem[] = [];
    for (const itemId of input.lineItemsByQuote?.get(raw.id) ?? []) {
      const item = lineItems.get(itemId);
      if (item) items.push(item);
      else partial.push(`quote ${raw.id}: line item ${itemId} (not read)`);
    }
    const listed = items.reduce(
      (sum, item) => sum + item.quantity * item.unitPrice * (1 - item.discountPercent / 100),
      0,
    );
    let amount = num(p.hs_quote_amount);
    if (amount === undefined || amount < 0) {
      partial.push(`quote ${raw.id}: hs_quote_amount (${text(p.hs_quote_amount) ? 'invalid' : 'missing'})`);
      amount = Math.round(listed * 100) / 100;
    }
    const currency = text(p.hs_currency)?.toUpperCase();
    if (!currency || !CurrencyCode.safeParse(currency).success) {
      partial.push(`quote ${raw.id}: hs_currency (missing or invalid)`);
      continue;
    }
    const quote: Quote = {
      id: hubspotId(options.portalId, 'quote', raw.id),
      number: (text(p.hs_quote_number) ?? raw.id).slice(0, 100),
      title: (text(p.hs_title) ?? '').slice(0, 300),
      status,
      amount,
      currency,
      discountPercent: quoteDiscount(items, amount),
      lineItems: items,
      contactIds: (input.contactsByQuote.get(raw.id) ?? []).map((id) => hubspotId(options.portalId, 'contact', id)),
    };
    const expires = isoDate(p.hs_expiration_date);
    if (expires) quote.expiresAt = expires;
    else if (text(p.hs_expiration_date)) partial.push(`quote ${raw.id}: hs_expiration_date (invalid)`);
    const owner = text(p.hubspot_owner_id);
    if (owner) quote.ownerId = hubspotId(options.portalId, 'owner', owner);
    const url = httpsUrl(p.hs_quote_link);
    if (url) quote.url = url;
    const domain = input.companyDomainByQuote?.get(raw.id);
    if (domain) quote.companyDomain = domain;
    records.push(quote);
  }
  return { records, partial };
}

// ---------- products ----------

/** `GET /crm/v3/objects/products` (or a batch read) → catalog products. Aliases are ours to configure, not HubSpot's. */
export function mapProducts(payload: unknown, options: CommercialMapOptions): MapResult<Product> {
  const partial: string[] = [];
  const results = envelopeResults(payload, 'products', partial);
  if (!results) return { records: [], partial };
  const records: Product[] = [];
  for (const raw of parseEach(HubSpotProduct, results, 'product', partial)) {
    const name = text(raw.properties.name);
    if (!name) {
      partial.push(`product ${raw.id}: name (missing)`);
      continue;
    }
    records.push({ id: hubspotId(options.portalId, 'product', raw.id), name: name.slice(0, 300), aliases: [] });
  }
  return { records, partial };
}
