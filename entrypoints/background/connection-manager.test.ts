import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installHubSpotBackground } from '../../tests/helpers/hubspot-background';
import { FAKE_PORTAL_ID, FAKE_TOKEN, hubspotFakeHandlers } from '../../tests/helpers/hubspot-fake';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { RECONNECT_REASON } from './connection-manager';

const { server, setup } = installHubSpotBackground();

describe('connecting HubSpot', () => {
  it('verifies the token, shows the portal and scopes, matches the rep to an owner and purges the demo', async () => {
    const { db, connection: manager } = await setup();
    const outcome = await manager.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.status).toMatchObject({
      source: 'hubspot',
      portalId: FAKE_PORTAL_ID,
      uiDomain: 'app-eu1.hubspot.com',
      tokenKind: 'private_app',
      tokenHint: FAKE_TOKEN.slice(-4),
      state: 'connected',
      scopesKnown: true,
      missingScopes: [],
      owner: { id: `hubspot:${FAKE_PORTAL_ID}:owner:7001`, email: 'alex.morgan@example.com' },
    });
    expect(JSON.stringify(outcome.status)).not.toContain(FAKE_TOKEN);
    expect(await db.contacts.count()).toBe(0); // the demo is gone
    expect((await db.products.toArray()).every((p) => p.id.startsWith(`hubspot:${FAKE_PORTAL_ID}:product:`))).toBe(
      true,
    );
    expect(await db.products.count()).toBeGreaterThan(0);
    expect((await db.meta.get('workspace'))?.value).toMatchObject({ source: 'hubspot', isDemo: false });
    expect((await manager.active()).source).toBe('hubspot');
  });

  it('keeps the token only in the extension database, never in storage that content scripts can read', async () => {
    const { db, connection: manager } = await setup();
    await manager.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    expect((await db.connections.get('hubspot'))?.token).toBe(FAKE_TOKEN);
    const local = await fakeBrowser.storage.local.get(null);
    const session = await fakeBrowser.storage.session.get(null);
    expect(JSON.stringify(local)).not.toContain(FAKE_TOKEN);
    expect(JSON.stringify(session)).not.toContain(FAKE_TOKEN);
  });

  it('names the scopes the token lacks', async () => {
    const { connection: manager } = await setup({
      scopes: ['crm.objects.contacts.read', 'crm.objects.deals.read', 'crm.objects.owners.read'],
    });
    const outcome = await manager.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    if (!outcome.ok) throw new Error(outcome.message);
    const missing = outcome.status.source === 'hubspot' ? outcome.status.missingScopes.map((m) => m.scope) : [];
    expect(missing).toContain('crm.objects.quotes.read');
    expect(missing).toContain('communication_preferences.write');
    expect(missing).not.toContain('crm.objects.deals.read');
  });

  it('refuses a token HubSpot rejects, and keeps the demo untouched', async () => {
    const { db, connection: manager } = await setup();
    const outcome = await manager.connect('pat-na1-11111111-wrong-token-0000', DEFAULT_SETTINGS);
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('did not accept this token') });
    expect(await db.connections.count()).toBe(0);
    expect(await db.contacts.count()).toBeGreaterThan(300);
    expect(await manager.status(DEFAULT_SETTINGS)).toEqual({ source: 'demo' });
  });

  it('says so when HubSpot cannot be reached, storing nothing', async () => {
    const { db, connection: manager } = await setup({ failures: [{ path: /account-info/, status: 503 }] });
    const outcome = await manager.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('server error') });
    expect(await db.connections.count()).toBe(0);
  });

  it('has no owner when nobody in HubSpot has the rep’s email', async () => {
    const { connection: manager } = await setup();
    const settings = { ...DEFAULT_SETTINGS, currentUserEmail: 'new.hire@example.com' };
    const outcome = await manager.connect(FAKE_TOKEN, settings);
    expect(outcome.ok && outcome.status.source === 'hubspot' && outcome.status.owner).toBeNull();
  });

  it('disconnect removes the token and every cached HubSpot record, and puts the demo back', async () => {
    const { db, connection: manager } = await setup();
    await manager.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    const found = await (
      await manager.active()
    ).connector.findPerson({
      email: 'priya.raman@northwind-traders.com',
      role: 'sender',
    });
    expect(found?.contacts).toHaveLength(1);
    expect(await manager.disconnect()).toEqual({ source: 'demo' });
    expect(await db.connections.count()).toBe(0);
    expect(await db.users.filter((u) => u.id.startsWith('hubspot:')).count()).toBe(0);
    expect((await db.meta.get('workspace'))?.value.isDemo).toBe(true);
    expect((await manager.active()).source).toBe('demo');
  });
});

describe('a token HubSpot stops accepting', () => {
  it('is re-checked once, then marked "reconnect" with the cache kept', async () => {
    const { db, core, connection: manager } = await setup();
    await manager.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    const ownersBefore = await db.users.count();
    // The token is revoked in HubSpot: every call now answers 401.
    server.use(...hubspotFakeHandlers({ token: 'pat-na1-revoked-0000000000000000' }).handlers);
    const lookup = (await manager.active()).connector.findPerson({
      email: 'priya.raman@northwind-traders.com',
      role: 'sender',
    });
    await expect(lookup).rejects.toMatchObject({ kind: 'unauthorized' });
    const status = await manager.status(DEFAULT_SETTINGS);
    expect(status).toMatchObject({ source: 'hubspot', state: 'reconnect', stateReason: RECONNECT_REASON });
    expect(await db.users.count()).toBe(ownersBefore);
    expect(core.log.length).toBeGreaterThan(0);
    // While it waits for a reconnect, nothing is sent.
    expect((await manager.active()).client).toBeUndefined();
  });
});

describe('reconnecting', () => {
  it('a new token for the same portal keeps the cache and clears the reconnect state', async () => {
    const { db, connection } = await setup();
    await connection.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    await (
      await connection.active()
    ).connector.findPerson({ email: 'priya.raman@northwind-traders.com', role: 'sender' });
    await db.connections.update('hubspot', { state: 'reconnect', stateReason: RECONNECT_REASON });
    await db.contacts.put({
      id: 'hubspot:4455667:contact:1',
      crmIds: { hubspot: { id: '1', portalId: '4455667' } },
      emails: ['kept@example.org'],
      name: 'Kept In Cache',
      source: 'hubspot',
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    const outcome = await connection.connect(FAKE_TOKEN, DEFAULT_SETTINGS);
    expect(outcome.ok && outcome.status.source === 'hubspot' && outcome.status.state).toBe('connected');
    expect(await db.contacts.get('hubspot:4455667:contact:1')).toBeDefined();
  });
});
