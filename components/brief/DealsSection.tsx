import type { Brief } from '../../lib/model/brief';
import { formatMoney } from '../../lib/format/money';
import { formatDate } from '../../lib/format/time';
import { Section } from './Section';

/** Active deals with stage, amount, owner and close date; closed ones are counted, not listed. */
export function DealsSection({ brief, currentUserId }: { brief: Brief; currentUserId: string | undefined }) {
  const active = brief.deals.filter((d) => !d.isClosed);
  const closed = brief.deals.length - active.length;
  return (
    <Section
      title="Active deals"
      count={active.length}
      freshness={brief.freshness.deals}
      empty={closed > 0 ? `No active deals (${closed} closed).` : 'No deals.'}
      isEmpty={active.length === 0}
      testId="deals"
    >
      <ul className="cards">
        {active.map((deal) => {
          const owner = deal.ownerId ? brief.people[deal.ownerId] : undefined;
          const ownedByOther =
            deal.ownerId !== undefined && currentUserId !== undefined && deal.ownerId !== currentUserId;
          return (
            <li key={deal.id} className="card">
              <div className="card-title">{deal.name}</div>
              <div className="card-meta">
                <span className="badge">{deal.stage}</span>
                {deal.amount !== undefined && deal.currency ? ` ${formatMoney(deal.amount, deal.currency)}` : ''}
                {deal.closeDate ? ` · closes ${formatDate(deal.closeDate)}` : ''}
              </div>
              {owner ? (
                <div className={ownedByOther ? 'owner owner-other' : 'owner'}>
                  Owner: {owner.name}
                  {ownedByOther ? ' (not you)' : ' (you)'}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {closed > 0 ? <p className="muted">{closed} closed deal(s) not shown.</p> : null}
    </Section>
  );
}
