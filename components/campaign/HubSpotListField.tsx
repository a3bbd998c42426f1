import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { MAX_LIST_RECIPIENTS, MAX_LISTS_SHOWN, type ContactListSummary } from '../../lib/model/contact-list';
import { campaignListsQueryOptions } from '../../lib/query/options';
import type { ListLoadProgress, LoadedList } from './load-list-emails';

export interface ListLoadView {
  status: 'pending' | 'error' | 'success';
  data?: LoadedList;
  error?: Error | null;
  progress: ListLoadProgress;
}

const number = new Intl.NumberFormat();

/**
 * The third recipients input: a CRM list, chosen in a native select (keyboard and screen reader behaviour for
 * free), with its members' loading progress and what will be checked. Why lists cannot be offered (no list
 * access, a reconnect needed) is said here, never shown as an empty choice.
 */
export function HubSpotListField({
  chosen,
  onChoose,
  load,
  recipients,
  disabled,
}: {
  chosen: ContactListSummary | undefined;
  onChoose: (list: ContactListSummary | undefined) => void;
  /** The chosen list's member read (absent when no list is chosen). */
  load: ListLoadView | undefined;
  /** Recipients the loaded list gives after de-duplication and internal addresses. */
  recipients: number | undefined;
  disabled: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const lists = useQuery(campaignListsQueryOptions(query.trim()));
  const reply = lists.data;
  const available = reply?.status === 'ok' ? reply.lists : [];
  // A chosen list stays selectable while a search shows other names.
  const options = chosen && !available.some((l) => l.id === chosen.id) ? [chosen, ...available] : available;
  const searchable = query !== '' || available.length >= MAX_LISTS_SHOWN;

  let state: string | undefined;
  if (lists.isPending) state = 'Loading lists…';
  else if (lists.isError) state = 'The lists could not be loaded. Reload the page to try again.';
  else if (reply?.status === 'unavailable') state = reply.message;
  else if (available.length === 0)
    state = query ? `No list name contains “${query}”.` : 'There are no contact lists yet.';
  const problem = lists.isError || reply?.status === 'unavailable';

  return (
    <div className="field" data-testid="list-field">
      <label htmlFor={`${id}-list`}>HubSpot list</label>
      {searchable ? (
        <input
          type="search"
          aria-label="Find a HubSpot list by name"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Find a list by name"
          disabled={disabled}
        />
      ) : null}
      <select
        id={`${id}-list`}
        value={chosen?.id ?? ''}
        onChange={(e) => onChoose(options.find((l) => l.id === e.target.value))}
        disabled={disabled || lists.isPending || (options.length === 0 && !chosen)}
        aria-describedby={`${id}-list-hint`}
        aria-busy={lists.isPending}
      >
        <option value="">None: use the pasted addresses or the CSV</option>
        {options.map((list) => (
          <option key={list.id} value={list.id}>
            {list.size !== undefined ? `${list.name} (${number.format(list.size)})` : list.name}
          </option>
        ))}
      </select>
      <div id={`${id}-list-hint`}>
        {state && !chosen ? (
          <p className={problem ? 'form-error' : 'hint'} role={problem ? 'alert' : 'status'}>
            {state}
          </p>
        ) : null}
        {chosen && load ? <ListLoadStatus list={chosen} load={load} recipients={recipients} /> : null}
        {!chosen && !state ? <p className="hint">A list replaces the pasted addresses and the CSV.</p> : null}
      </div>
    </div>
  );
}

function ListLoadStatus({
  list,
  load,
  recipients,
}: {
  list: ContactListSummary;
  load: ListLoadView;
  recipients: number | undefined;
}) {
  if (load.status === 'error') {
    return (
      <p className="form-error" role="alert">
        {load.error?.message || `${list.name} could not be read.`}
      </p>
    );
  }
  if (load.status === 'pending' || !load.data) {
    const { loaded, total } = load.progress;
    return (
      <p className="hint" role="status">
        <progress max={total ?? undefined} value={total !== undefined ? loaded : undefined} aria-label="List loaded" />{' '}
        Loading {list.name}: {number.format(loaded)}
        {total !== undefined ? ` of ${number.format(total)}` : ''} members…
      </p>
    );
  }
  const { data } = load;
  const skipped = data.withoutEmail + data.unread;
  return (
    <p className="hint" role="status" data-testid="list-ready">
      {`${list.name}: ${number.format(recipients ?? data.emails.length)} recipients will be checked instead of the pasted addresses.`}
      {skipped > 0
        ? ` ${number.format(data.withoutEmail)} members have no address` +
          (data.unread > 0 ? ` and ${number.format(data.unread)} could not be read` : '') +
          '; they are not checked.'
        : ''}
      {data.truncated
        ? ` Only the first ${number.format(MAX_LIST_RECIPIENTS)} members are checked` +
          (data.total !== undefined ? ` of ${number.format(data.total)}.` : '.')
        : ''}
    </p>
  );
}
