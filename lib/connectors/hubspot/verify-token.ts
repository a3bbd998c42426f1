import { z } from 'zod';
import type { HubSpotClient } from './http/client';
import type { HttpError } from './http/result';

/** `GET /account-info/v3/details` (scope: none beyond a valid token). Only the fields we show are required. */
export const AccountDetails = z.object({
  portalId: z.number().int().nonnegative(),
  accountType: z.string().max(50).optional(),
  timeZone: z.string().max(100).optional(),
  uiDomain: z.string().max(253).optional(),
});

/** `POST /oauth/v2/private-apps/get/access-token-info` with `{ tokenKey }` (private apps and service keys). */
export const PrivateAppTokenInfo = z.object({
  hubId: z.number().int().nonnegative(),
  scopes: z.array(z.string().max(200)).max(500),
  userId: z.number().int().optional(),
  appId: z.number().int().optional(),
});

/** `GET /oauth/v1/access-tokens/{token}` (OAuth access tokens). */
export const OAuthTokenInfo = z.object({
  hub_id: z.number().int().nonnegative(),
  scopes: z.array(z.string().max(200)).max(500),
  hub_domain: z.string().max(253).optional(),
  user: z.string().max(320).optional(),
});

export interface VerifiedToken {
  portalId: string;
  tokenKind: 'private_app' | 'oauth';
  accountType?: string;
  timeZone?: string;
  uiDomain?: string;
  scopes: string[];
  scopesKnown: boolean;
}

export type VerifyResult = { ok: true; value: VerifiedToken } | { ok: false; message: string; error: HttpError };

/** Private app and service key tokens start `pat-<region>-`; anything else is treated as an OAuth access token. */
export function tokenKindOf(token: string): 'private_app' | 'oauth' {
  return /^pat-[a-z0-9]+-/i.test(token) ? 'private_app' : 'oauth';
}

/**
 * Checks a token against HubSpot before anything is stored: the account it opens (portal, domain) and the
 * scopes it carries. A token HubSpot rejects is never kept. Scopes that cannot be read are reported as
 * unknown, not as "none missing".
 */
export async function verifyHubSpotToken(client: HubSpotClient, token: string): Promise<VerifyResult> {
  const account = await client.request({ method: 'GET', path: '/account-info/v3/details', schema: AccountDetails });
  if (!account.ok) return { ok: false, message: explain(account.error), error: account.error };

  const tokenKind = tokenKindOf(token);
  const info =
    tokenKind === 'private_app'
      ? await client.request({
          method: 'POST',
          path: '/oauth/v2/private-apps/get/access-token-info',
          body: { tokenKey: token },
          schema: PrivateAppTokenInfo,
          idempotent: true, // a read, despite the POST
        })
      : await client.request({
          method: 'GET',
          path: `/oauth/v1/access-tokens/${encodeURIComponent(token)}`,
          schema: OAuthTokenInfo,
        });
  const scopes = info.ok ? info.data.scopes : [];
  const portalId = String(account.data.portalId);
  const infoPortal = info.ok ? String('hubId' in info.data ? info.data.hubId : info.data.hub_id) : portalId;
  if (infoPortal !== portalId) {
    const error: HttpError = { kind: 'bad_response', message: 'Token and account disagree on the portal' };
    return { ok: false, message: 'HubSpot gave two different portals for this token; it was not saved.', error };
  }
  return {
    ok: true,
    value: {
      portalId,
      tokenKind,
      ...(account.data.accountType ? { accountType: account.data.accountType } : {}),
      ...(account.data.timeZone ? { timeZone: account.data.timeZone } : {}),
      ...(account.data.uiDomain ? { uiDomain: account.data.uiDomain } : {}),
      scopes: [...new Set(scopes)].sort(),
      scopesKnown: info.ok,
    },
  };
}

/** Words for the options page; never the token or HubSpot's body. */
export function explain(error: HttpError): string {
  switch (error.kind) {
    case 'unauthorized':
      return 'HubSpot did not accept this token. Copy it again from the private app (or service key) page.';
    case 'network':
    case 'timeout':
      return 'HubSpot could not be reached. Check your connection and try again.';
    case 'rate_limited':
      return 'HubSpot is rate-limiting this portal right now. Try again in a minute.';
    case 'server':
      return 'HubSpot had a server error. Try again in a minute.';
    case 'client':
    case 'not_found':
      return 'HubSpot refused the check of this token (it may lack access to account details).';
    case 'bad_response':
      return 'HubSpot answered in an unexpected shape; the token was not saved.';
  }
}
