import type { PreflightDb } from '../../lib/cache/db';
import { findCurrentUser } from '../../lib/cache/read/current-user';
import {
  connectHubSpotWorkspace,
  disconnectHubSpotWorkspace,
  readConnection,
  refreshHubSpotConnection,
  setConnectionState,
} from '../../lib/cache/write/connection';
import type { Connector } from '../../lib/connectors/connector';
import { fetchAllOwners, fetchAllProducts } from '../../lib/connectors/hubspot/fetch-catalog';
import {
  createHubSpotClient,
  type HubSpotClient,
  type HubSpotClientOptions,
} from '../../lib/connectors/hubspot/http/client';
import type { LimiterRegistry } from '../../lib/connectors/hubspot/http/limits';
import { createHubSpotConnector, HubSpotLookupError } from '../../lib/connectors/hubspot/hubspot-connector';
import { missingScopes } from '../../lib/connectors/hubspot/scopes';
import { AccountDetails, explain, verifyHubSpotToken } from '../../lib/connectors/hubspot/verify-token';
import type { ConnectionStatus, StoredHubSpotConnection } from '../../lib/model/connection';
import type { Settings } from '../../lib/model/settings';
import type { WorkspaceMeta } from '../../lib/model/workspace';

/** The connector in use right now, and for HubSpot the client that writes (absent while a reconnect is needed). */
export interface ActiveConnection {
  source: 'demo' | 'hubspot';
  connector: Connector;
  client?: HubSpotClient;
  connection?: StoredHubSpotConnection;
}

export type ConnectOutcome = { ok: true; status: ConnectionStatus } | { ok: false; message: string };

/** What the handlers need from the connection; tests give a fixed connector through `fixedConnection`. */
export interface ConnectionPort {
  active(): Promise<ActiveConnection>;
  connect(token: string, settings: Settings): Promise<ConnectOutcome>;
  disconnect(): Promise<ConnectionStatus>;
  status(settings: Settings): Promise<ConnectionStatus>;
}

export interface ConnectionDeps {
  db: PreflightDb;
  fetch: typeof fetch;
  now: () => Date;
  /** One registry for the whole browser: every client of a portal shares its budget. */
  limits: LimiterRegistry;
  loadSettings: () => Promise<Settings>;
  demo: Connector;
  /** Clock, sleep and timers for tests. */
  clientOptions?: Pick<HubSpotClientOptions, 'clock' | 'sleep' | 'timers' | 'random' | 'timeoutMs'>;
}

export const RECONNECT_REASON = 'HubSpot no longer accepts the saved token. Paste a new one on the settings page.';

/**
 * Owns the HubSpot connection: verifies and stores a token, builds the connector from what is stored (so a
 * restarted service worker picks up where it was), and turns a token HubSpot stops accepting into
 * "reconnect" — once, after a re-check — while the cache stays readable.
 */
export function createConnectionManager(deps: ConnectionDeps): ConnectionPort {
  let built: { key: string; client: HubSpotClient; connector: Connector } | undefined;

  const newClient = (token: () => Promise<string>, portalId: string, extra: Partial<HubSpotClientOptions> = {}) =>
    createHubSpotClient({ token, fetch: deps.fetch, portalId, limits: deps.limits, ...deps.clientOptions, ...extra });

  /** HubSpot said 401: ask once more with the stored token; a second refusal marks the connection for reconnect. */
  async function recheck(): Promise<'retry' | 'fail'> {
    const stored = await readConnection(deps.db);
    if (!stored) return 'fail';
    const probe = newClient(async () => stored.token, stored.portalId, { maxTries: 1 });
    const answer = await probe.request({ method: 'GET', path: '/account-info/v3/details', schema: AccountDetails });
    if (answer.ok) return 'retry';
    if (answer.error.kind === 'unauthorized') {
      await setConnectionState(deps.db, 'reconnect', RECONNECT_REASON);
      built = undefined;
    }
    return 'fail';
  }

  async function active(): Promise<ActiveConnection> {
    const connection = await readConnection(deps.db);
    if (!connection) return { source: 'demo', connector: deps.demo };
    if (connection.state === 'reconnect') return { source: 'hubspot', connector: needsReconnect, connection };
    const settings = await deps.loadSettings();
    const flags = settings.hubspotFlagProperties;
    const linkedin = settings.hubspotLinkedInProperties ?? ['hs_linkedin_url'];
    // Rebuilt when the connection or the configured properties change.
    const key = [connection.portalId, connection.connectedAt, flags?.doNotCall, flags?.legalHold, ...linkedin].join(
      '|',
    );
    if (!built || built.key !== key) {
      const client = newClient(
        async () => {
          const current = await readConnection(deps.db);
          if (!current || current.portalId !== connection.portalId) throw new Error('HubSpot is not connected');
          return current.token;
        },
        connection.portalId,
        { onUnauthorized: recheck },
      );
      const connector = createHubSpotConnector({
        client,
        portalId: connection.portalId,
        now: deps.now,
        ...(flags?.doNotCall ? { doNotCallProperty: flags.doNotCall } : {}),
        ...(flags?.legalHold ? { legalHoldProperty: flags.legalHold } : {}),
        linkedinProperties: linkedin,
        // Owners were read at connect; a brief reads the list again only for an owner it does not know.
        knownOwners: () => deps.db.users.toArray(),
      });
      built = { key, client, connector };
    }
    return { source: 'hubspot', connector: built.connector, client: built.client, connection };
  }

  async function status(settings: Settings): Promise<ConnectionStatus> {
    const connection = await readConnection(deps.db);
    if (!connection) return { source: 'demo' };
    const owner = await findCurrentUser(deps.db, settings.currentUserEmail);
    return {
      source: 'hubspot',
      portalId: connection.portalId,
      ...(connection.uiDomain ? { uiDomain: connection.uiDomain } : {}),
      ...(connection.accountType ? { accountType: connection.accountType } : {}),
      tokenKind: connection.tokenKind,
      tokenHint: connection.token.slice(-4),
      connectedAt: connection.connectedAt,
      state: connection.state,
      ...(connection.stateReason ? { stateReason: connection.stateReason } : {}),
      scopesKnown: connection.scopesKnown,
      missingScopes: connection.scopesKnown ? missingScopes(connection.scopes) : [],
      owner: owner ? { id: owner.id, name: owner.name, email: owner.email } : null,
    };
  }

  async function connect(token: string, settings: Settings): Promise<ConnectOutcome> {
    const verifier = newClient(async () => token, 'unverified', { maxTries: 2 });
    const verified = await verifyHubSpotToken(verifier, token);
    if (!verified.ok) return { ok: false, message: verified.message };
    const { portalId } = verified.value;

    const reader = newClient(async () => token, portalId);
    const [owners, products] = await Promise.all([
      fetchAllOwners(reader, portalId),
      fetchAllProducts(reader, portalId, deps.now()),
    ]);
    // Without the owners or products scope the portal still works (colleagues or product names are then
    // unknown, and the missing scope is shown); any other failure stops the connect.
    for (const list of [owners, products]) {
      if (!list.ok && list.error.kind !== 'client') return { ok: false, message: explain(list.error) };
    }
    const users = owners.ok ? owners.records : [];
    const catalog = products.ok ? products.records : [];
    const me = users.find((u) => u.email === settings.currentUserEmail.toLowerCase());
    const now = deps.now().toISOString();
    const connection: StoredHubSpotConnection = {
      key: 'hubspot',
      token,
      tokenKind: verified.value.tokenKind,
      portalId,
      ...(verified.value.uiDomain ? { uiDomain: verified.value.uiDomain } : {}),
      ...(verified.value.timeZone ? { timeZone: verified.value.timeZone } : {}),
      ...(verified.value.accountType ? { accountType: verified.value.accountType } : {}),
      scopes: verified.value.scopes,
      scopesKnown: verified.value.scopesKnown,
      connectedAt: now,
      state: 'connected',
    };
    const meta: WorkspaceMeta = {
      source: 'hubspot',
      label: `HubSpot portal ${portalId}`,
      isDemo: false,
      seededAt: now,
      ...(me ? { currentUserId: me.id } : {}),
      contactCount: 0,
    };
    const previous = await readConnection(deps.db);
    if (previous?.portalId === portalId) {
      // A new token for the same portal (rotation, reconnect): the cache stays, owners are refreshed.
      await refreshHubSpotConnection(deps.db, connection, users, catalog);
    } else {
      await connectHubSpotWorkspace(deps.db, connection, { owners: users, products: catalog }, meta);
    }
    built = undefined;
    return { ok: true, status: await status(settings) };
  }

  async function disconnect(): Promise<ConnectionStatus> {
    const snapshot = deps.demo.snapshot?.(deps.now());
    if (!snapshot) throw new Error('The demo workspace is missing.');
    const stored = await readConnection(deps.db);
    await disconnectHubSpotWorkspace(deps.db, snapshot);
    if (stored) deps.limits.delete(stored.portalId);
    built = undefined;
    return { source: 'demo' };
  }

  return { active, connect, disconnect, status };
}

/** While the token is refused, lookups of people the cache does not know fail with a clear reason. */
const needsReconnect: Connector = {
  source: 'hubspot',
  findPerson: () => Promise.reject(new HubSpotLookupError('lookup', { kind: 'unauthorized' })),
  // A campaign checked meanwhile holds uncached addresses back as "not checked" instead of "not in CRM".
  readContactsByEmail: () => Promise.reject(new HubSpotLookupError('contact read by email', { kind: 'unauthorized' })),
  // A list chosen meanwhile is refused the same way: the campaign page asks for a reconnect, never shows "empty".
  listContactLists: () => Promise.reject(new HubSpotLookupError('list search', { kind: 'unauthorized' })),
  readListEmails: () => Promise.reject(new HubSpotLookupError('list memberships', { kind: 'unauthorized' })),
};

/** A connection that is always the given connector (tests, and the demo before anything is stored). */
export function fixedConnection(connector: Connector): ConnectionPort {
  return {
    active: async () => ({ source: connector.source === 'hubspot' ? 'hubspot' : 'demo', connector }),
    connect: async () => ({ ok: false, message: 'Connecting is not available here.' }),
    disconnect: async () => ({ source: 'demo' }),
    status: async () => ({ source: 'demo' }),
  };
}
