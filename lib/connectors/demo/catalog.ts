import type { Product } from '../../model/workspace';
import { demoId } from './ids';

/**
 * What the seller sells (fleet telematics SaaS). Aliases are the words reps actually type in emails, so
 * the conflict check can tie "20% off the annual plan" in a draft to a quote line or a campaign offer.
 */
export const PRODUCT_NAMES = {
  annual: 'Fleet Platform — Annual plan',
  monthly: 'Fleet Platform — Monthly plan',
  telematics: 'Telematics add-on',
  sap: 'SAP connector',
  safety: 'Driver safety module',
  onboarding: 'Onboarding package',
} as const;

export type ProductKey = keyof typeof PRODUCT_NAMES;

const ALIASES: Record<ProductKey, string[]> = {
  annual: ['annual plan', 'annual plans', 'Fleet annual', 'yearly plan', 'annual subscription'],
  monthly: ['monthly plan', 'monthly plans', 'Fleet monthly', 'month-to-month'],
  telematics: ['telematics add-on', 'telematics addon', 'telematics'],
  sap: ['SAP connector', 'SAP integration', 'S/4HANA connector'],
  safety: ['driver safety', 'safety module', 'driver safety module'],
  onboarding: ['onboarding', 'onboarding package', 'implementation package'],
};

export function productId(key: ProductKey): string {
  return demoId('product', key);
}

export const DEMO_PRODUCTS: readonly Product[] = (Object.keys(PRODUCT_NAMES) as ProductKey[]).map((key) => ({
  id: productId(key),
  name: PRODUCT_NAMES[key],
  aliases: ALIASES[key],
}));

export type DemoCurrency = 'USD' | 'EUR' | 'GBP' | 'UAH';

/**
 * List prices per unit in major units: per vehicle per year (annual, add-ons), per vehicle per month
 * (monthly), per year (SAP connector), one-off (onboarding). Local prices are rounded, not FX-converted,
 * because that is how price books look.
 */
const LIST_PRICES: Record<ProductKey, Record<DemoCurrency, number>> = {
  annual: { USD: 540, EUR: 499, GBP: 429, UAH: 21_600 },
  monthly: { USD: 49, EUR: 45, GBP: 39, UAH: 1_950 },
  telematics: { USD: 120, EUR: 110, GBP: 95, UAH: 4_800 },
  sap: { USD: 6_000, EUR: 5_500, GBP: 4_800, UAH: 240_000 },
  safety: { USD: 96, EUR: 89, GBP: 76, UAH: 3_850 },
  onboarding: { USD: 2_500, EUR: 2_300, GBP: 1_990, UAH: 99_000 },
};

export function listPrice(key: ProductKey, currency: DemoCurrency): number {
  return LIST_PRICES[key][currency];
}

/** Line total after a percentage discount, rounded to cents like a CRM would show it. */
export function discountedTotal(quantity: number, unitPrice: number, discountPercent: number): number {
  return Math.round(quantity * unitPrice * (100 - discountPercent)) / 100;
}
