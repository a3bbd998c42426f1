import { useId, useState } from 'react';
import { normalizeEmail } from '../../lib/identity/email';
import type { Settings } from '../../lib/model/settings';
import { SaveRow } from './SaveRow';

interface IdentityFormProps {
  settings: Settings;
  onChange: (next: Settings) => void;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** Who the rep is and which domains are the seller's own (colleagues are never treated as customers). */
export function IdentityForm({ settings, onChange }: IdentityFormProps) {
  const headingId = useId();
  const [email, setEmail] = useState(settings.currentUserEmail);
  const [domains, setDomains] = useState(settings.sellerDomains.join(', '));
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    const normalized = normalizeEmail(email);
    const list = domains
      .split(/[\s,;]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);
    if (!normalized) return setError('Enter your work email address, e.g. alex.morgan@example.com.');
    const bad = list.find((d) => !DOMAIN.test(d));
    if (list.length === 0 || bad)
      return setError(`“${bad ?? ''}” is not a domain. Use a list like example.com, example.co.uk.`);
    setError(null);
    onChange({ ...settings, currentUserEmail: normalized, sellerDomains: list });
  };

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>You and your company</h2>
      <label>
        Your work email
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
      </label>
      <label>
        Your company’s email domains
        <input type="text" value={domains} onChange={(e) => setDomains(e.target.value)} />
        <span className="hint">Addresses at these domains are colleagues: never checked as customers.</span>
      </label>
      <SaveRow onSave={save} error={error} />
    </section>
  );
}
