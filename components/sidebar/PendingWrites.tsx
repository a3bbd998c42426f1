import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../lib/messaging/client';
import type { OutboxView } from '../../lib/model/audit';
import { formatDateTime } from '../../lib/format/time';
import { queryKeys } from '../../lib/query/keys';
import { outboxQueryOptions } from '../../lib/query/options';

/**
 * CRM writes about this contact that have not landed yet, or failed: nothing a rep did is silently lost.
 * Done writes are not listed; the list polls while something is pending.
 */
export function PendingWrites({ email }: { email: string }) {
  const client = useQueryClient();
  const writes = useQuery(outboxQueryOptions(email));
  const retry = useMutation({
    mutationFn: (id: string) => request({ type: 'outbox/retry', id }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.outbox(email) }),
  });
  const open = (writes.data ?? []).filter((w) => w.status === 'pending' || w.status === 'failed');
  if (open.length === 0) return null;
  return (
    <section className="pending-writes" aria-label="CRM writes not yet confirmed" data-testid="pending-writes">
      <ul>
        {open.map((write) => (
          <li key={write.id} data-status={write.status}>
            {describe(write)}
            {write.status === 'failed' ? (
              <>
                {' '}
                <button type="button" onClick={() => retry.mutate(write.id)} disabled={retry.isPending}>
                  Retry
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function describe(write: OutboxView): string {
  if (write.status === 'failed') return `${write.label}: failed — ${write.lastError ?? 'unknown error'}.`;
  if (write.attempts === 0) return `${write.label}: waiting to be sent.`;
  const next = write.nextAttemptAt ? ` Next try ${formatDateTime(write.nextAttemptAt)}.` : '';
  return `${write.label}: not confirmed yet (${write.lastError ?? 'sending'}).${next}`;
}
