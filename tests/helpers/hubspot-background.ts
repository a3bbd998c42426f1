import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createConnectionManager } from '../../entrypoints/background/connection-manager';
import { createHandlers } from '../../entrypoints/background/handlers';
import type { PreflightDb } from '../../lib/cache/db';
import { seedIfEmpty } from '../../lib/cache/write/replace-workspace';
import { demoConnector } from '../../lib/connectors/demo/demo-connector';
import { createLimiterRegistry } from '../../lib/connectors/hubspot/http/limits';
import { realSleep, systemClock } from '../../lib/connectors/hubspot/http/token-bucket';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { DEMO_ANCHOR, dropDb, freshDb } from './demo-db';
import { FAKE_TOKEN, hubspotFakeHandlers, type HubSpotFakeOptions } from './hubspot-fake';

/**
 * The background's HubSpot side under test: the msw fake at api.hubapi.com (real `fetch`), a fresh Dexie
 * seeded with the demo, and a connection manager. Call once at the top of a test file.
 */
export function installHubSpotBackground() {
  const server = setupServer();
  const dbs: PreflightDb[] = [];
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    server.resetHandlers();
    await Promise.all(dbs.splice(0).map(dropDb));
  });
  afterAll(() => server.close());

  async function setup(options: HubSpotFakeOptions = {}) {
    const { handlers, core } = hubspotFakeHandlers({ now: () => DEMO_ANCHOR, ...options });
    server.use(...handlers);
    const db = freshDb();
    dbs.push(db);
    await seedIfEmpty(db, () => demoConnector.snapshot!(DEMO_ANCHOR));
    const connection = createConnectionManager({
      db,
      fetch: (input, init) => fetch(input, init),
      now: () => DEMO_ANCHOR,
      limits: createLimiterRegistry({ clock: systemClock, sleep: realSleep }),
      loadSettings: async () => DEFAULT_SETTINGS,
      demo: demoConnector,
    });
    return { db, core, connection };
  }

  /** `setup`, then connect with the fake's token and build the real handlers on that connection. */
  async function connectedHandlers(options: HubSpotFakeOptions = {}) {
    const { db, core, connection } = await setup(options);
    const outcome = await connection.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    if (!outcome.ok) throw new Error(`connecting to the HubSpot fake failed: ${outcome.message}`);
    const handlers = createHandlers({
      db,
      connection,
      loadSettings: async () => DEFAULT_SETTINGS,
      ready: async () => {},
      now: () => new Date(),
      openSidebar: async () => false,
    });
    return { db, core, connection, handlers };
  }

  return { server, setup, connectedHandlers };
}
