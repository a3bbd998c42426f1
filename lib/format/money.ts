/** "$19,440", "12 000,00 ₴" — currency formatting is the reader's locale's, never hand-rolled. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  } catch {
    // An unknown currency code from a CRM should still show the figure.
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

export function formatPercent(percent: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}
