import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model/settings';
import { request } from '../../lib/messaging/client';
import { queryKeys } from '../../lib/query/keys';
import { settingsItem } from '../../lib/settings/settings-store';

const MIN_DAYS = 7;
const MAX_DAYS = 3650;

/** How long the log keeps decisions, and a purge of what is older, now. */
export function RetentionControl({ settings }: { settings: Settings | undefined }) {
  const id = useId();
  const client = useQueryClient();
  const saved = settings?.auditRetentionDays ?? DEFAULT_SETTINGS.auditRetentionDays ?? 180;
  const [draft, setDraft] = useState<string | undefined>();
  const value = draft ?? String(saved);
  const days = Number(value);
  const valid = Number.isInteger(days) && days >= MIN_DAYS && days <= MAX_DAYS;

  const save = useMutation({
    mutationFn: async () => {
      await settingsItem.setValue({ ...(settings ?? DEFAULT_SETTINGS), auditRetentionDays: days });
      return request({ type: 'audit/purge' });
    },
    onSuccess: () => {
      setDraft(undefined);
      void client.invalidateQueries({ queryKey: queryKeys.audit() });
    },
  });
  const number = new Intl.NumberFormat();

  return (
    <form
      className="retention"
      aria-label="Retention"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) save.mutate();
      }}
    >
      <label htmlFor={`${id}-days`}>Keep decisions for</label>{' '}
      <input
        id={`${id}-days`}
        type="number"
        min={MIN_DAYS}
        max={MAX_DAYS}
        value={value}
        onChange={(e) => setDraft(e.target.value)}
        aria-invalid={!valid}
        aria-describedby={`${id}-status`}
        style={{ width: '6em' }}
      />{' '}
      days{' '}
      <button type="submit" disabled={!valid || save.isPending}>
        Save and purge older entries
      </button>{' '}
      <span id={`${id}-status`} role="status" className={save.isError || !valid ? 'form-error' : 'muted'}>
        {!valid
          ? `Between ${MIN_DAYS} and ${number.format(MAX_DAYS)} days.`
          : save.isError
            ? `Not purged: ${save.error.message}`
            : save.data
              ? `Kept ${number.format(save.data.retentionDays)} days: removed ${number.format(save.data.deletedLocal)} entries from this browser and ${number.format(save.data.deletedTeam)} team entries.`
              : ''}
      </span>
    </form>
  );
}
