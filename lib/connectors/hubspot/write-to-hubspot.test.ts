import { describe, expect, it } from 'vitest';
import type { HubSpotFakeOptions } from '../../../tests/helpers/hubspot-fake-core';
import { fakeHubSpotRig } from '../../../tests/helpers/hubspot-fake-rig';
import { noteHtml, writeTimelineNote } from './write-note';
import { stopMarketingEmails } from './write-stop-marketing';

const now = new Date('2026-11-23T10:00:00Z');
const PRIYA = '98765432101';
const PRIYA_EMAIL = 'priya.raman@northwind-traders.com';

function setup(options: HubSpotFakeOptions = {}) {
  return fakeHubSpotRig(now, { fixedNow: true, ...options });
}

const note = {
  contactIds: [PRIYA],
  ownerId: '7001',
  timestamp: '2026-11-23T09:58:12.345Z',
  title: 'Preflight: alex.morgan@example.com sent anyway',
  body: '• [confirm] Offer differs from open quote <Q-1>\nReason: she asked for it\n[preflight-decision:a1b2c3d4-0001]',
  marker: '[preflight-decision:a1b2c3d4-0001]',
};

describe('timeline notes', () => {
  it('writes one note on the contact with association 202, the owner and the exact timestamp', async () => {
    const { core, client, time } = setup();
    const outcome = await time.drive(writeTimelineNote(client, note, false));
    expect(outcome).toEqual({ ok: true, crmRecordId: core.notes[0]?.id });
    expect(core.notes).toHaveLength(1);
    expect(core.notes[0]?.contactIds).toEqual([PRIYA]);
    expect(core.notes[0]?.properties['hubspot_owner_id']).toBe('7001');
    expect(core.notes[0]?.properties['hs_timestamp']).toBe(note.timestamp);
    expect(core.notes[0]?.properties['hs_note_body']).toContain(note.marker);
  });

  it('a retry that may have landed finds the first note by its marker and writes nothing new', async () => {
    const { core, client, time } = setup();
    await time.drive(writeTimelineNote(client, note, false));
    const again = await time.drive(writeTimelineNote(client, note, true));
    expect(again).toMatchObject({ ok: true, crmRecordId: core.notes[0]?.id });
    expect(core.notes).toHaveLength(1);
    expect(core.log.filter((r) => r.path === '/crm/v3/objects/notes')).toHaveLength(1);
  });

  it('a retry whose first try never landed writes the note once', async () => {
    const { core, client, time } = setup();
    const outcome = await time.drive(writeTimelineNote(client, note, true));
    expect(outcome.ok).toBe(true);
    expect(core.notes).toHaveLength(1);
  });

  it('does not retry a create on 5xx inside one try (it may have landed); the outbox decides', async () => {
    const { core, client, time } = setup({
      failures: [{ path: /^\/crm\/v3\/objects\/notes$/, method: 'POST', status: 502, times: 1 }],
    });
    const outcome = await time.drive(writeTimelineNote(client, note, false));
    expect(outcome).toMatchObject({ ok: false, retry: true });
    expect(core.log.filter((r) => r.path === '/crm/v3/objects/notes')).toHaveLength(1);
  });

  it('a contact HubSpot does not know is a permanent failure, not an endless retry', async () => {
    const { client, time } = setup();
    const outcome = await time.drive(writeTimelineNote(client, { ...note, contactIds: ['1'] }, false));
    expect(outcome).toMatchObject({ ok: false, retry: false });
  });

  it('escapes every line: nothing from a draft or a reason becomes markup', () => {
    const html = noteHtml({ title: 'Preflight: <b>x</b>', body: '<img src=x onerror=alert(1)>\n"quoted" & more' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html.split('<br>')).toHaveLength(3);
  });
});

describe('stop marketing emails', () => {
  it('unsubscribes from each marketing subscription still on, and a second run changes nothing', async () => {
    const { core, client, time } = setup();
    const first = await time.drive(stopMarketingEmails(client, PRIYA_EMAIL));
    expect(first).toMatchObject({ ok: true, note: 'unsubscribed from 2' });
    expect(core.unsubscribed.map((u) => u.subscriptionId).sort()).toEqual(['33583163', '39644612']);
    const second = await time.drive(stopMarketingEmails(client, PRIYA_EMAIL));
    expect(second).toMatchObject({ ok: true, note: 'already off every marketing subscription' });
    expect(core.log.filter((r) => r.path === '/communication-preferences/v3/unsubscribe')).toHaveLength(2);
  });

  it('reports a missing write scope as a permanent failure', async () => {
    const { client, time } = setup({
      failures: [{ path: /\/communication-preferences\/v3\/unsubscribe$/, status: 403 }],
    });
    expect(await time.drive(stopMarketingEmails(client, PRIYA_EMAIL))).toMatchObject({ ok: false, retry: false });
  });
});
