import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { Brief, MatchedBy } from '../../lib/model/brief';
import type { PersonOnPage } from '../../lib/model/page-context';
import { queryKeys } from '../../lib/query/keys';

interface MatchFixProps {
  person: PersonOnPage;
  /** The contact shown now, if any, and how it was matched. */
  shown?: { brief: Brief; matchedBy: MatchedBy };
}

/**
 * Lets a rep fix who a person is: confirm or reject a "possible match", or search the cached contacts and link
 * one ("not this person?"). The fix is stored and used for this address or profile from then on.
 */
export function MatchFix({ person, shown }: MatchFixProps) {
  const client = useQueryClient();
  const [searching, setSearching] = useState(false);
  const link = useMutation({
    mutationFn: (input: { contactId: string | null; rejectedContactId?: string }) =>
      request({ type: 'identity/link', person, ...input }),
    onSuccess: () => {
      setSearching(false);
      void client.invalidateQueries({ queryKey: queryKeys.all });
    },
  });
  const guessed = shown?.matchedBy === 'name_company' ? shown.brief.contact : undefined;

  return (
    <div className="match-fix">
      {guessed ? (
        <p role="status" className="banner banner-possible" data-testid="possible-match">
          Possible match: same name at {guessed.company?.name ?? guessed.company?.domain ?? 'the same company'}, but not
          the same address. Is this {guessed.name}?{' '}
          <button type="button" onClick={() => link.mutate({ contactId: guessed.id })} disabled={link.isPending}>
            Yes, link them
          </button>{' '}
          <button
            type="button"
            onClick={() => link.mutate({ contactId: null, rejectedContactId: guessed.id })}
            disabled={link.isPending}
          >
            Not this person
          </button>
        </p>
      ) : null}
      {searching ? (
        <ContactSearch
          onPick={(contactId) => link.mutate({ contactId })}
          onCancel={() => setSearching(false)}
          busy={link.isPending}
        />
      ) : (
        <button type="button" className="link-button" onClick={() => setSearching(true)}>
          {shown ? 'Not this person? Search and link…' : 'Search the CRM cache and link…'}
        </button>
      )}
      {link.isError ? <p role="alert">Not saved: {link.error.message}</p> : null}
    </div>
  );
}

function ContactSearch({
  onPick,
  onCancel,
  busy,
}: {
  onPick: (contactId: string) => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const fieldId = useId();
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const hits = useQuery({
    queryKey: queryKeys.contactSearch(trimmed),
    queryFn: async () => (await request({ type: 'contacts/search', query: trimmed })).hits,
    enabled: trimmed.length >= 2,
    staleTime: 10_000,
  });
  return (
    <div className="contact-search" role="search">
      <label htmlFor={fieldId}>Find the contact (name, email or company)</label>
      <input id={fieldId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      {hits.data && hits.data.length === 0 ? <p className="muted">No cached contact matches.</p> : null}
      {hits.data && hits.data.length > 0 ? (
        <ul className="search-hits">
          {hits.data.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => onPick(hit.id)} disabled={busy}>
                {hit.name}
                {hit.email ? ` · ${hit.email}` : ''}
                {hit.company ? ` · ${hit.company}` : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
