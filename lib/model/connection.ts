import { z } from 'zod';
import { EmailAddress, IsoDateTime, RecordId } from './common';

/**
 * A HubSpot access token as a rep pastes it: private app (`pat-…`), service key or OAuth access token.
 * Printable ASCII without spaces, so it can go into an Authorization header unchanged.
 */
export const HubSpotToken = z
  .string()
  .trim()
  .min(16, 'That is too short to be a HubSpot access token.')
  .max(1024, 'That is too long to be a HubSpot access token.')
  .regex(/^[A-Za-z0-9._~+/=-]+$/, 'A HubSpot access token has no spaces or special characters.');

export const ConnectionState = z.enum(['connected', 'reconnect']);
export type ConnectionState = z.infer<typeof ConnectionState>;

/**
 * The stored HubSpot connection, token included. Lives only in the extension origin's IndexedDB (never in
 * `storage.local`, which content scripts can read) and is read only by the background.
 */
export const StoredHubSpotConnection = z.object({
  key: z.literal('hubspot'),
  token: HubSpotToken,
  tokenKind: z.enum(['private_app', 'oauth']),
  portalId: z.string().regex(/^\d{1,20}$/),
  uiDomain: z.string().max(253).optional(),
  timeZone: z.string().max(100).optional(),
  accountType: z.string().max(50).optional(),
  scopes: z.array(z.string().max(200)).max(500),
  /** False when HubSpot would not tell us the token's scopes; missing scopes are then unknown, not none. */
  scopesKnown: z.boolean(),
  connectedAt: IsoDateTime,
  state: ConnectionState,
  /** Why the connection needs attention (fixed wording, no token, no PII). */
  stateReason: z.string().max(300).optional(),
});
export type StoredHubSpotConnection = z.infer<typeof StoredHubSpotConnection>;

/** One scope Preflight needs and what it is for, so a missing one can be explained by name. */
export const ScopeNeed = z.object({ scope: z.string(), purpose: z.string() });
export type ScopeNeed = z.infer<typeof ScopeNeed>;

/** What extension pages may know about the connection: everything except the token. */
export const ConnectionStatus = z.discriminatedUnion('source', [
  z.object({ source: z.literal('demo') }),
  z.object({
    source: z.literal('hubspot'),
    portalId: z.string(),
    uiDomain: z.string().optional(),
    accountType: z.string().optional(),
    tokenKind: z.enum(['private_app', 'oauth']),
    /** Last four characters only, so the rep can tell two tokens apart. */
    tokenHint: z.string().max(8),
    connectedAt: IsoDateTime,
    state: ConnectionState,
    stateReason: z.string().max(300).optional(),
    scopesKnown: z.boolean(),
    missingScopes: z.array(ScopeNeed),
    /** The HubSpot owner matched to the signed-in rep by email; null when no owner has that email. */
    owner: z.object({ id: RecordId, name: z.string(), email: EmailAddress }).nullable(),
  }),
]);
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;
