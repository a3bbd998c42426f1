import { useQuery } from '@tanstack/react-query';
import { formatMoney } from '../../lib/format/money';
import { formatRelative } from '../../lib/format/time';
import { FLAG_WORDS } from '../../lib/model/contact-policy';
import type { PersonOnPage } from '../../lib/model/page-context';
import { accountQueryOptions } from '../../lib/query/options';
import { BriefError, BriefLoading } from '../brief/LookupStates';
import { useNow } from '../ui/use-now';

const COMPANY_TYPES = new Set(['company', 'account']);
const DEAL_TYPES = new Set(['deal', 'opportunity']);

/** Which account view a CRM record on screen calls for, if any (company/account or deal/opportunity). */
export function accountKindOf(person: PersonOnPage): 'company' | 'deal' | undefined {
  const type = person.crmRecord?.objectType.toLowerCase();
  if (!type) return undefined;
  if (COMPANY_TYPES.has(type)) return 'company';
  if (DEAL_TYPES.has(type)) return 'deal';
  return undefined;
}

/** A company or deal record: who is at the account (flags first), its open quotes and its deals. */
export function AccountBrief({
  kind,
  name,
  hubspotRecordId,
}: {
  kind: 'company' | 'deal';
  name: string | undefined;
  /** Set on a HubSpot record page: a connected portal is then read live by this id. */
  hubspotRecordId?: string | undefined;
}) {
  const now = useNow();
  const recordId = hubspotRecordId && /^\d{1,20}$/.test(hubspotRecordId) ? hubspotRecordId : undefined;
  const query = useQuery(accountQueryOptions(kind, name, recordId));
  if (query.isPending) return <BriefLoading />;
  if (query.isError) return <BriefError message={query.error.message} onRetry={() => void query.refetch()} />;
  const account = query.data;
  if (account.status === 'not_found') {
    return (
      <div className="state" role="status" data-state="account_not_found">
        <h2>{account.name ?? 'This record'}</h2>
        <p>
          No cached account matches this {kind === 'deal' ? 'deal' : 'company'} by name. Open one of its contacts to see
          their brief.
        </p>
      </div>
    );
  }
  return (
    <article className="brief account" aria-label={`Account ${account.name}`} data-state="account">
      <header className="contact-header">
        <h2 className="contact-name">{account.name}</h2>
        <p className="contact-meta">
          {account.domain ? <span>{account.domain}</span> : null}
          <span className="muted">
            {' · '}
            {account.matchedBy === 'crm_record'
              ? 'read from the CRM record'
              : `matched by ${kind === 'deal' ? 'deal' : 'company'} name`}
          </span>
        </p>
      </header>
      {account.note ? (
        <p className="partial" role="status">
          {account.note}
        </p>
      ) : null}
      {account.partial && account.partial.length > 0 ? (
        <p className="partial" role="note" data-partial="account">
          Partial: {account.partial.join('; ')}. Do not read gaps as “none”.
        </p>
      ) : null}
      <section className="section" aria-label="People at this account" data-section="account-people">
        <h3>People ({account.people.length})</h3>
        <ul className="cards">
          {account.people.map((p) => (
            <li key={p.contactId} className={p.flags.length > 0 ? 'card dnc-block' : 'card'}>
              <div className="card-title">{p.name}</div>
              <div className="card-meta">{[p.title, p.email].filter(Boolean).join(' · ')}</div>
              {p.flags.length > 0 ? (
                <div className="card-meta">
                  <strong>Do not contact:</strong> {p.flags.map((f) => FLAG_WORDS[f.kind]).join(', ')}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-label="Open quotes" data-section="account-quotes">
        <h3>Open quotes ({account.openQuotes.length})</h3>
        {account.openQuotes.length === 0 ? <p className="muted">No open quotes.</p> : null}
        <ul className="cards">
          {account.openQuotes.map((q) => (
            <li key={q.id} className="card" data-quote={q.number}>
              <div className="card-title">
                {q.number} · {formatMoney(q.amount, q.currency)}
                {q.discountPercent > 0 ? ` · ${q.discountPercent}% discount` : ''}
              </div>
              <div className="card-meta">
                {q.title}
                {q.expiresAt ? ` · expires ${formatRelative(q.expiresAt, now)}` : ''}
                {q.ownerId && account.owners[q.ownerId] ? ` · ${account.owners[q.ownerId]!.name}` : ''}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-label="Deals" data-section="account-deals">
        <h3>Deals ({account.deals.length})</h3>
        {account.deals.length === 0 ? <p className="muted">No deals.</p> : null}
        <ul className="cards">
          {account.deals.map((d) => (
            <li key={d.id} className="card">
              <div className="card-title">{d.name}</div>
              <div className="card-meta">
                {d.stage}
                {d.amount !== undefined && d.currency ? ` · ${formatMoney(d.amount, d.currency)}` : ''}
                {d.ownerId && account.owners[d.ownerId] ? ` · ${account.owners[d.ownerId]!.name}` : ''}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
