import { SITE_LABELS } from '../../lib/sites/hosts';

/** Shown on pages Preflight does not read: where it works and how to get there. */
export function UnsupportedPage() {
  return (
    <div className="state" data-state="unsupported">
      <h2>Nothing to check on this page</h2>
      <p>Preflight shows the customer brief on:</p>
      <ul className="where">
        <li>
          <strong>{SITE_LABELS.gmail}</strong> — open an email thread (mail.google.com)
        </li>
        <li>
          <strong>{SITE_LABELS.linkedin}</strong> — a profile or a message thread
        </li>
        <li>
          <strong>{SITE_LABELS.hubspot}</strong> — a contact, company or deal record
        </li>
        <li>
          <strong>{SITE_LABELS.salesforce}</strong> — a Lightning contact, lead, account or opportunity
        </li>
      </ul>
    </div>
  );
}

/** A supported site whose page has not reported anything yet (opened before Preflight was installed). */
export function WaitingForPage() {
  return (
    <div className="state" role="status" data-state="waiting">
      <p>Reading the page…</p>
      <p className="muted">
        If this stays, reload the tab: pages opened before Preflight was installed cannot be read.
      </p>
    </div>
  );
}
