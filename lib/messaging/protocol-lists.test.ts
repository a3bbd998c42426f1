import { describe, expect, it } from 'vitest';
import { protocol } from './protocol';

describe('campaign list messages', () => {
  const lists = protocol['campaign/lists'];
  const page = protocol['campaign/list-emails'];

  it('accept a list id and an opaque cursor, and nothing that could leave the list path', () => {
    expect(page.request.safeParse({ type: 'campaign/list-emails', listId: '101', after: 'MTAw' }).success).toBe(true);
    expect(page.request.safeParse({ type: 'campaign/list-emails', listId: '../owners' }).success).toBe(false);
    expect(page.request.safeParse({ type: 'campaign/list-emails', listId: '101', after: 'a&b=c' }).success).toBe(false);
    expect(page.request.safeParse({ type: 'campaign/list-emails', listId: '101', extra: 1 }).success).toBe(false);
    expect(lists.request.safeParse({ type: 'campaign/lists', query: 'x'.repeat(201) }).success).toBe(false);
  });

  it('reply with lists or pages, or with why not; never an address that is not one', () => {
    expect(lists.reply.safeParse({ status: 'ok', lists: [{ id: '101', name: 'Fleet', size: 4 }] }).success).toBe(true);
    expect(
      lists.reply.safeParse({
        status: 'unavailable',
        reason: 'missing_scope',
        message: 'Reconnect HubSpot with list access',
      }).success,
    ).toBe(true);
    const ok = { status: 'ok', emails: ['a@b.example'], withoutEmail: 0, unread: 0 };
    expect(page.reply.safeParse(ok).success).toBe(true);
    expect(page.reply.safeParse({ ...ok, emails: ['not an address'] }).success).toBe(false);
  });
});
