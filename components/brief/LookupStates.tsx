import { formatDateTime } from '../../lib/format/time';

export function BriefLoading() {
  return (
    <div className="state state-loading" role="status" aria-live="polite" data-state="loading">
      <span className="visually-hidden">Loading the brief…</span>
      <div className="skeleton skeleton-title" />
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton skeleton-card" />
    </div>
  );
}

/** A person the CRM does not know is said to be unknown — never shown as an empty (and so "safe") card. */
export function NotInCrm({
  email,
  name,
  checkedAt,
}: {
  email?: string | undefined;
  name?: string | undefined;
  checkedAt: string;
}) {
  return (
    <div className="state state-not-in-crm" role="status" data-state="not_in_crm">
      <h2>{name ?? email ?? 'This person'}</h2>
      {email && name ? <p className="muted">{email}</p> : null}
      <p>
        <strong>Not in CRM.</strong> Preflight has no record of this person, so it cannot tell you about forms,
        campaigns, quotes or do-not-contact flags. Check before you write.
      </p>
      <p className="muted">Checked {formatDateTime(checkedAt)}.</p>
    </div>
  );
}

export function InternalPerson({ email }: { email: string }) {
  return (
    <div className="state" role="status" data-state="internal">
      <p>
        <strong>{email}</strong> is a colleague (your own company’s domain), not a customer.
      </p>
    </div>
  );
}

export function BriefError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="state state-error" role="alert" data-state="error">
      <p>
        <strong>The brief could not be loaded.</strong> {message}
      </p>
      <p>Until it loads, treat this person as unchecked.</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
