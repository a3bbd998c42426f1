import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { Brief } from '../../lib/model/brief';

/**
 * "She asked not to get marketing mail": one click queues the unsubscribe in the CRM (through the outbox,
 * so it survives offline and a closed browser). Hidden once the contact is already off marketing email.
 */
export function StopMarketing({ brief }: { brief: Brief }) {
  const [confirming, setConfirming] = useState(false);
  const email = brief.contact.emails[0];
  const stop = useMutation({
    mutationFn: (address: string) => request({ type: 'contact/stop-marketing', email: address }),
    onSuccess: () => setConfirming(false),
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
  return (
    <div className="stop-marketing">
      {confirming ? (
        <p className="confirm">
          Stop all marketing email to {email}? One-to-one sales email is not affected.{' '}
          <button type="button" onClick={() => stop.mutate(email)} disabled={stop.isPending}>
            {stop.isPending ? 'Sending…' : 'Stop marketing emails'}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          Contact asked: no marketing emails…
        </button>
      )}
      {stop.isError ? <p role="alert">Not queued: {stop.error.message}</p> : null}
    </div>
  );
}
