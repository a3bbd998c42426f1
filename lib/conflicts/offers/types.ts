/** Commercial terms found in a draft (or a campaign): what the text offers the customer. */
export interface ExtractedOffer {
  kind: 'discount' | 'price' | 'free_months' | 'trial' | 'expiry';
  /** 15 for "15% off". */
  discountPercent?: number;
  /** ISO 4217 code and amount in major units: "€9.900,50" → { amount: 9900.5, currency: 'EUR' }. */
  price?: { amount: number; currency: string };
  freeMonths?: number;
  trialDays?: number;
  /** ISO date the offer ends, when the text says so ("valid until 30 November"). */
  expiresAt?: string;
  /** Catalog product names (canonical `name`) the sentence mentions; empty when none is named. */
  products: string[];
  /** The sentence it was found in (trimmed, at most 200 characters): shown to the rep as evidence. */
  snippet: string;
}

/** The seller's catalog, as the extractor needs it: canonical names and what reps call them. */
export interface Catalog {
  products: readonly { name: string; aliases: readonly string[] }[];
}
