import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../lib/query/keys';
import { loadListEmails, type ListLoadProgress } from './load-list-emails';

/**
 * The chosen list's member addresses, read once per choice with progress. Choosing another list (or none) stops
 * the read between pages; nothing is kept once the list is no longer chosen (a big list is a lot of addresses).
 */
export function useListRecipients(listId: string | undefined) {
  const [progress, setProgress] = useState<ListLoadProgress>({ loaded: 0 });
  const query = useQuery({
    queryKey: queryKeys.campaignListEmails(listId ?? ''),
    enabled: listId !== undefined,
    queryFn: ({ signal }) => {
      setProgress({ loaded: 0 });
      return loadListEmails(listId ?? '', signal, setProgress);
    },
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  return { query, progress };
}
