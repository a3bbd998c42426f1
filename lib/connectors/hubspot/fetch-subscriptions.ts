import { SubscriptionStatusesResponse } from './payloads';
import { type FetchContext, optional } from './fetch-context';

/**
 * `GET /communication-preferences/v3/status/email/{email}`. `undefined` when it failed: reported as partial so the
 * brief never shows "no unsubscribes" for a status we could not read.
 */
export async function fetchSubscriptions(ctx: FetchContext, email: string): Promise<unknown> {
  const result = await ctx.client.request({
    method: 'GET',
    path: `/communication-preferences/v3/status/email/${encodeURIComponent(email)}`,
    schema: SubscriptionStatusesResponse,
  });
  return optional(ctx, 'subscription status', result);
}
