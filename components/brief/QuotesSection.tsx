import type { Brief } from '../../lib/model/brief';
import { isQuoteOpen, type Quote, type QuoteStatus } from '../../lib/model/quote';
import { formatMoney, formatPercent } from '../../lib/format/money';
import { daysUntil, formatDate } from '../../lib/format/time';
import { SafeLink } from '../ui/SafeLink';
import { useNow } from '../ui/use-now';
import { Section } from './Section';

const STATUS_LABELS: Record<QuoteStatus, string> = {
  draft: 'Draft',
  pending_approval: 'Pending approval',
  approved: 'Approved',
  sent: 'Sent',
  accepted: 'Accepted',
  rejected: 'Rejected',
  expired: 'Expired',
};

/** Open quotes bind what a rep may offer: amount, discount, line items and expiry, most urgent first. */
export function QuotesSection({ brief }: { brief: Brief }) {
  const now = useNow();
  const open = brief.quotes
    .filter((q) => isQuoteOpen(q, now))
    .sort((a, b) => (a.expiresAt ?? '9').localeCompare(b.expiresAt ?? '9'));
  return (
    <Section
      title="Open quotes"
      count={open.length}
      freshness={brief.freshness.quotes}
      empty="No open quotes."
      isEmpty={open.length === 0}
      testId="quotes"
    >
      <ul className="cards">
        {open.map((quote) => (
          <QuoteCard key={quote.id} quote={quote} brief={brief} now={now} />
        ))}
      </ul>
    </Section>
  );
}

function QuoteCard({ quote, brief, now }: { quote: Quote; brief: Brief; now: Date }) {
  const owner = quote.ownerId ? brief.people[quote.ownerId] : undefined;
  const days = quote.expiresAt ? daysUntil(quote.expiresAt, now) : undefined;
  return (
    <li className="card quote" data-quote={quote.number}>
      <div className="card-title">
        <SafeLink href={quote.url}>{quote.number}</SafeLink> · {quote.title}
      </div>
      <div className="quote-figures">
        <span className="amount">{formatMoney(quote.amount, quote.currency)}</span>
        {quote.discountPercent > 0 ? (
          <span className="discount" data-discount={quote.discountPercent}>
            {formatPercent(quote.discountPercent)} discount
          </span>
        ) : (
          <span className="discount">no discount</span>
        )}
        <span className="badge">{STATUS_LABELS[quote.status]}</span>
      </div>
      {quote.expiresAt && days !== undefined ? (
        <div className={days <= 14 ? 'expiry expiry-soon' : 'expiry'}>
          Expires {formatDate(quote.expiresAt)} ({days <= 0 ? 'today' : `in ${days} ${days === 1 ? 'day' : 'days'}`})
        </div>
      ) : null}
      {owner ? <div className="card-meta">Owner: {owner.name}</div> : null}
      {quote.lineItems.length > 0 ? (
        <table className="line-items">
          <caption className="visually-hidden">Line items of {quote.number}</caption>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Qty</th>
              <th scope="col">Unit</th>
              <th scope="col">Disc.</th>
            </tr>
          </thead>
          <tbody>
            {quote.lineItems.map((item, index) => (
              <tr key={`${item.product}-${index}`}>
                <td>{item.product}</td>
                <td>{item.quantity}</td>
                <td>{formatMoney(item.unitPrice, quote.currency)}</td>
                <td>{item.discountPercent > 0 ? formatPercent(item.discountPercent) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}
