import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { Brief } from '../../lib/model/brief';
import { queryKeys } from '../../lib/query/keys';

/**
 * "She asked not to get marketing mail": queues the unsubscribe in the CRM with the reason (through the outbox,
 * so it survives offline and a closed browser). Hidden once the contact is already off marketing email.
 */
export function StopMarketing({ brief }: { brief: Brief }) {
  const fieldId = useId();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const email = brief.contact.emails[0];
  const stop = useMutation({
    mutationFn: (input: { email: string; reason: string }) =>
      request({ type: 'contact/stop-marketing', email: input.email, reason: input.reason }),
    onSuccess: () => {
      setOpen(false);
      void client.invalidateQueries({ queryKey: queryKeys.all });
    },
  });
  const alreadyOff = brief.policy.flags.some(
    (f) => f.kind === 'marketing_unsubscribed' || f.kind === 'email_opt_out' || f.kind === 'legal_hold',
  );
  if (!email || (alreadyOff && !stop.isSuccess)) return null;
  if (stop.isSuccess) {
    return (
      <p role="status" className="banner banner-done" data-testid="stop-marketing-status">
        {stop.data.message}
      </p>
    );
  }
  if (!open) {
    return (
      <div className="stop-marketing">
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Contact asked: no marketing emails…
        </button>
      </div>
    );
  }
  return (
    <form
      className="stop-marketing"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim().length >= 3) stop.mutate({ email, reason: reason.trim() });
      }}
    >
      <label htmlFor={fieldId}>
        Stop all marketing email to {email}? One-to-one sales email is not affected. Why (kept with the flag):
      </label>
      <input
        id={fieldId}
        type="text"
        value={reason}
        maxLength={1000}
        placeholder="e.g. asked on the phone; does not want newsletters"
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" disabled={stop.isPending || reason.trim().length < 3}>
        {stop.isPending ? 'Sending…' : 'Stop marketing emails'}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {stop.isError ? <p role="alert">Not queued: {stop.error.message}</p> : null}
    </form>
  );
}
