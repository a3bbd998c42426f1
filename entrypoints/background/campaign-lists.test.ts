import { describe, expect, it } from 'vitest';
import { setConnectionState } from '../../lib/cache/write/connection';
import { demoConnector } from '../../lib/connectors/demo/demo-connector';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import {
  DANA_EMAIL,
  DEMO_ANCHOR,
  JONES_EMAIL,
  JORDAN_EMAIL,
  PRIYA_EMAIL,
  seededDemoDb,
  dropDb,
} from '../../tests/helpers/demo-db';
import { installHubSpotBackground } from '../../tests/helpers/hubspot-background';
import { FAKE_SCOPES } from '../../tests/helpers/hubspot-fake-core';
import { fixedConnection } from './connection-manager';
import { createHandlers } from './handlers';

const ctx = { tabId: 1 } as never;
const background = installHubSpotBackground();

describe('campaign lists in the demo workspace', () => {
  it('a demo list is offered, read, and its check holds back the story contacts', async () => {
    const db = await seededDemoDb();
    try {
      const handlers = createHandlers({
        db,
        connection: fixedConnection(demoConnector),
        loadSettings: async () => DEFAULT_SETTINGS,
        ready: async () => {},
        now: () => DEMO_ANCHOR,
        openSidebar: async () => false,
      });
      const lists = await handlers['campaign/lists']({ type: 'campaign/lists' }, ctx);
      if (lists.status !== 'ok') throw new Error(lists.message);
      const webinar = lists.lists.find((l) => l.name === 'Q4 webinar attendees');
      expect(webinar?.size).toBeGreaterThan(4);

      const page = await handlers['campaign/list-emails'](
        { type: 'campaign/list-emails', listId: webinar?.id ?? '' },
        ctx,
      );
      if (page.status !== 'ok') throw new Error(page.message);
      expect(page.emails).toHaveLength(webinar?.size ?? -1);
      expect(page.next).toBeUndefined();

      const { verdicts } = await handlers['campaign/check']({ type: 'campaign/check', emails: page.emails }, ctx);
      const held = new Set(verdicts.filter((v) => v.status === 'hold').map((v) => v.email));
      for (const email of [PRIYA_EMAIL, JORDAN_EMAIL, DANA_EMAIL, JONES_EMAIL]) expect(held.has(email)).toBe(true);
      // Every member is a demo contact: none is "not in CRM".
      expect(verdicts.filter((v) => v.status === 'not_in_crm')).toEqual([]);
    } finally {
      await dropDb(db);
    }
  });
});

describe('campaign lists with HubSpot connected', () => {
  it('offers the portal’s contact lists and pages a list’s members by cursor', async () => {
    const { handlers } = await background.connectedHandlers({ syntheticContacts: 700 });
    const lists = await handlers['campaign/lists']({ type: 'campaign/lists' }, ctx);
    expect(lists).toEqual({
      status: 'ok',
      lists: [
        { id: '101', name: 'Fleet webinar attendees', size: 4, processingType: 'MANUAL' },
        { id: '103', name: 'All bulk buyers', size: 700, processingType: 'DYNAMIC' },
      ],
    });
    const first = await handlers['campaign/list-emails']({ type: 'campaign/list-emails', listId: '103' }, ctx);
    if (first.status !== 'ok') throw new Error(first.message);
    expect(first.emails).toHaveLength(500);
    const second = await handlers['campaign/list-emails'](
      { type: 'campaign/list-emails', listId: '103', ...(first.next ? { after: first.next } : {}) },
      ctx,
    );
    expect(second).toMatchObject({ status: 'ok', total: 700 });
    expect(second.status === 'ok' && second.emails.length).toBe(200);
    expect(second.status === 'ok' && second.next).toBeUndefined();
  });

  it('a token connected without crm.lists.read says "Reconnect HubSpot with list access" without calling', async () => {
    const { core, handlers } = await background.connectedHandlers({
      scopes: FAKE_SCOPES.filter((s) => s !== 'crm.lists.read'),
    });
    const lists = await handlers['campaign/lists']({ type: 'campaign/lists' }, ctx);
    expect(lists).toMatchObject({ status: 'unavailable', reason: 'missing_scope' });
    expect(lists.status === 'unavailable' && lists.message).toMatch(/^Reconnect HubSpot with list access/);
    const page = await handlers['campaign/list-emails']({ type: 'campaign/list-emails', listId: '101' }, ctx);
    expect(page).toMatchObject({ status: 'unavailable', reason: 'missing_scope' });
    expect(core.log.filter((r) => r.path.startsWith('/crm/v3/lists'))).toEqual([]);
  });

  it('a 403 from HubSpot (scopes not known at connect) is the same reconnect-with-list-access answer', async () => {
    const { handlers } = await background.connectedHandlers({
      failures: [{ path: /^\/crm\/v3\/lists\//, status: 403 }],
    });
    const lists = await handlers['campaign/lists']({ type: 'campaign/lists' }, ctx);
    expect(lists).toMatchObject({ status: 'unavailable', reason: 'missing_scope' });
  });

  it('a failing server and a connection needing reconnect are said, never shown as no lists', async () => {
    const down = await background.connectedHandlers({ failures: [{ path: /\/lists\/search$/, status: 500 }] });
    const failed = await down.handlers['campaign/lists']({ type: 'campaign/lists' }, ctx);
    expect(failed).toEqual({
      status: 'unavailable',
      reason: 'error',
      message: 'The lists could not be read (server 500). Try again.',
    });

    const { db, core, handlers } = await background.connectedHandlers();
    await setConnectionState(db, 'reconnect', 'token revoked');
    const before = core.log.length;
    expect(await handlers['campaign/lists']({ type: 'campaign/lists' }, ctx)).toMatchObject({
      status: 'unavailable',
      reason: 'reconnect',
    });
    expect(await handlers['campaign/list-emails']({ type: 'campaign/list-emails', listId: '101' }, ctx)).toMatchObject({
      status: 'unavailable',
      reason: 'reconnect',
    });
    expect(core.log.length).toBe(before);
  });

  it('a list deleted meanwhile says so', async () => {
    const { handlers } = await background.connectedHandlers();
    const page = await handlers['campaign/list-emails']({ type: 'campaign/list-emails', listId: '424242' }, ctx);
    expect(page).toMatchObject({
      status: 'unavailable',
      message: 'That list is no longer in HubSpot. Choose another.',
    });
  });
});
