import { useEffect, useId, useState } from 'react';
import type { AuditQuery } from '../../lib/audit/query';
import { AuditDecision, AuditRuleId } from '../../lib/audit/row';
import { DECISION_LABELS, ruleName } from './labels';

type Reps = readonly { email: string; name?: string | undefined }[];

/** A local calendar day as the query's instant: its midnight (from) or the next day's midnight (to, exclusive). */
export function dayToIso(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  if (end) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

/**
 * The log's filters: date range, rep, rule, decision, contact, company and free text. Text fields apply a moment
 * after typing stops, so a 100,000-row log is not filtered on every keystroke.
 */
export function AuditFilters({
  query,
  reps,
  onChange,
}: {
  query: AuditQuery;
  reps: Reps;
  onChange: (next: AuditQuery) => void;
}) {
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState({ contact: '', company: '', search: '' });

  // Typed text reaches the query after 250 ms of quiet.
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = { ...query };
      for (const key of ['contact', 'company', 'search'] as const) {
        const value = text[key].trim();
        if (value) next[key] = value;
        else delete next[key];
      }
      if (next.contact !== query.contact || next.company !== query.company || next.search !== query.search) {
        onChange(next);
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [text, query, onChange]);

  function setDay(which: 'from' | 'to', day: string) {
    if (which === 'from') setFrom(day);
    else setTo(day);
    const iso = day ? dayToIso(day, which === 'to') : undefined;
    const next = { ...query };
    if (iso) next[which] = iso;
    else delete next[which];
    onChange(next);
  }

  function setList<K extends 'reps' | 'rules' | 'decisions'>(key: K, value: string) {
    const next = { ...query };
    if (value) (next as Record<string, unknown>)[key] = [value];
    else delete next[key];
    onChange(next);
  }

  return (
    <form className="audit-filters" aria-label="Filter the log" onSubmit={(e) => e.preventDefault()}>
      <label>
        From
        <input type="date" value={from} max={to || undefined} onChange={(e) => setDay('from', e.target.value)} />
      </label>
      <label>
        To
        <input type="date" value={to} min={from || undefined} onChange={(e) => setDay('to', e.target.value)} />
      </label>
      <label>
        Rep
        <select value={query.reps?.[0] ?? ''} onChange={(e) => setList('reps', e.target.value)}>
          <option value="">All reps</option>
          {reps.map((rep) => (
            <option key={rep.email} value={rep.email}>
              {rep.name ? `${rep.name} (${rep.email})` : rep.email}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rule
        <select value={query.rules?.[0] ?? ''} onChange={(e) => setList('rules', e.target.value)}>
          <option value="">All rules</option>
          {AuditRuleId.options.map((rule) => (
            <option key={rule} value={rule}>
              {ruleName(rule)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Decision
        <select value={query.decisions?.[0] ?? ''} onChange={(e) => setList('decisions', e.target.value)}>
          <option value="">All decisions</option>
          {AuditDecision.options.map((decision) => (
            <option key={decision} value={decision}>
              {DECISION_LABELS[decision]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Contact
        <input
          type="search"
          value={text.contact}
          placeholder="name@company.com"
          onChange={(e) => setText({ ...text, contact: e.target.value })}
        />
      </label>
      <label>
        Company
        <input
          type="search"
          value={text.company}
          placeholder="Company or domain"
          onChange={(e) => setText({ ...text, company: e.target.value })}
        />
      </label>
      <label htmlFor={`${id}-search`}>
        Search
        <input
          id={`${id}-search`}
          type="search"
          value={text.search}
          placeholder="Words in the warning, reason or evidence"
          onChange={(e) => setText({ ...text, search: e.target.value })}
        />
      </label>
    </form>
  );
}
