import { z } from 'zod';
import type { WriteOutcome } from '../connector';
import type { HubSpotClient } from './http/client';
import { failed } from './write-note';

const Statuses = z.object({
  subscriptionStatuses: z.array(
    z.object({ id: z.string(), name: z.string().max(300).optional(), status: z.string() }).passthrough(),
  ),
});
const Unsubscribed = z.object({ id: z.string(), status: z.string() }).passthrough();

/** HubSpot's default "One to one" type covers 1:1 sales email, which "stop marketing" must not touch. */
const ONE_TO_ONE = /one[\s-]*to[\s-]*one/i;

/**
 * "Stop marketing emails": reads the address's subscriptions (v3) and unsubscribes it from each marketing
 * type it is still on. Reading first makes a retry harmless: what is already off is left alone.
 */
export async function stopMarketingEmails(client: HubSpotClient, email: string): Promise<WriteOutcome> {
  const statuses = await client.request({
    method: 'GET',
    path: `/communication-preferences/v3/status/email/${encodeURIComponent(email)}`,
    schema: Statuses,
  });
  if (!statuses.ok) return failed(statuses.error, 'reading subscriptions');
  const toStop = statuses.data.subscriptionStatuses.filter(
    (s) => s.status === 'SUBSCRIBED' && !ONE_TO_ONE.test(s.name ?? ''),
  );
  for (const subscription of toStop) {
    const answer = await client.request({
      method: 'POST',
      path: '/communication-preferences/v3/unsubscribe',
      body: { emailAddress: email, subscriptionId: subscription.id },
      schema: Unsubscribed,
      idempotent: true, // unsubscribing twice leaves the same state
    });
    if (!answer.ok) return failed(answer.error, 'unsubscribing');
  }
  return {
    ok: true,
    note: toStop.length === 0 ? 'already off every marketing subscription' : `unsubscribed from ${toStop.length}`,
  };
}
