import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Settings } from '../../lib/model/settings';
import { queryKeys } from '../../lib/query/keys';
import { settingsQueryOptions } from '../../lib/query/options';
import { settingsItem } from '../../lib/settings/settings-store';

/** Settings for an extension page, kept current when another page (the options page) changes them. */
export function useSettings() {
  const client = useQueryClient();
  const query = useQuery(settingsQueryOptions());
  useEffect(
    () =>
      settingsItem.watch((next) => {
        const parsed = Settings.safeParse(next);
        if (parsed.success) client.setQueryData(queryKeys.settings(), parsed.data);
      }),
    [client],
  );
  return query;
}
