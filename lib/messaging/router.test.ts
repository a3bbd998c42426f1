import { describe, expect, it, vi } from 'vitest';
import type { PageContext } from '../model/page-context';
import { routeMessage, type Handlers } from './router';
import type { MessageSenderLike, SenderPolicy } from './sender';

const policy: SenderPolicy = {
  extensionId: 'ext-id',
  extensionBaseUrl: 'chrome-extension://ext-id/',
  contentHosts: ['mail.google.com', '*.linkedin.com'],
};

const fromGmail: MessageSenderLike = {
  id: 'ext-id',
  url: 'https://mail.google.com/mail/u/0/#inbox',
  frameId: 0,
  tab: { id: 7 },
};
const fromSidebar: MessageSenderLike = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };

const context: PageContext = {
  site: 'gmail',
  view: 'thread',
  people: [{ email: 'priya.raman@northwind-traders.com', name: 'Priya Raman', role: 'sender' }],
  observedAt: '2026-11-23T10:00:00.000Z',
};

function spyHandlers() {
  const calls: string[] = [];
  const handlers: Handlers = {
    'page/context': vi.fn(async () => {
      calls.push('page/context');
      return { accepted: true };
    }),
    'tab/context': vi.fn(async () => {
      calls.push('tab/context');
      return { context: null };
    }),
    'brief/lookup': vi.fn(async () => {
      calls.push('brief/lookup');
      return { status: 'not_in_crm' as const, checkedAt: '2026-11-23T10:00:00.000Z' };
    }),
    'workspace/status': vi.fn(async () => {
      calls.push('workspace/status');
      return { workspace: null };
    }),
    'workspace/reset-demo': vi.fn(async () => {
      calls.push('workspace/reset-demo');
      throw new Error('not in this test');
    }),
    'connection/status': vi.fn(async () => {
      calls.push('connection/status');
      return { source: 'demo' as const };
    }),
    'connection/connect-hubspot': vi.fn(async () => {
      calls.push('connection/connect-hubspot');
      return { ok: false as const, message: 'not in this test' };
    }),
    'connection/disconnect': vi.fn(async () => {
      calls.push('connection/disconnect');
      return { source: 'demo' as const };
    }),
    'contact/feedback': vi.fn(async () => {
      calls.push('contact/feedback');
      return { queued: true, message: 'queued' };
    }),
    'identity/link': vi.fn(async () => {
      calls.push('identity/link');
      return { saved: false };
    }),
    'contacts/search': vi.fn(async () => {
      calls.push('contacts/search');
      return { hits: [] };
    }),
    'account/lookup': vi.fn(async () => {
      calls.push('account/lookup');
      return { status: 'not_found' as const, checkedAt: '2026-11-23T10:00:00.000Z' };
    }),
    'campaign/prepare': vi.fn(async () => {
      calls.push('campaign/prepare');
      return { indexed: true, contacts: 0 };
    }),
    'campaign/check': vi.fn(async () => {
      calls.push('campaign/check');
      return { verdicts: [], owners: [] };
    }),
    'campaign/lists': vi.fn(async () => {
      calls.push('campaign/lists');
      return { status: 'ok' as const, lists: [] };
    }),
    'campaign/list-emails': vi.fn(async () => {
      calls.push('campaign/list-emails');
      return { status: 'ok' as const, emails: [], withoutEmail: 0, unread: 0 };
    }),
    'campaign/notify': vi.fn(async () => {
      calls.push('campaign/notify');
      return { id: 'c1' };
    }),
    'outbox/list': vi.fn(async () => {
      calls.push('outbox/list');
      return { items: [] };
    }),
    'outbox/retry': vi.fn(async () => {
      calls.push('outbox/retry');
      return { retried: false };
    }),
    'contact/stop-marketing': vi.fn(async () => {
      calls.push('contact/stop-marketing');
      return { queued: true, message: 'queued' };
    }),
    'draft/check': vi.fn(async () => {
      calls.push('draft/check');
      return { warnings: [], recipients: [], checkedAt: '2026-11-23T10:00:00.000Z', allowBlockOverride: true };
    }),
    'audit/record': vi.fn(async () => {
      calls.push('audit/record');
      return { recorded: true };
    }),
    'sidebar/open': vi.fn(async () => {
      calls.push('sidebar/open');
      return { opened: false };
    }),
    // The audit page's requests are tested with the real handlers (entrypoints/background/audit-handlers.test.ts).
    'audit/rows': vi.fn(async () => {
      throw new Error('not in this test');
    }),
    'audit/summary': vi.fn(async () => {
      throw new Error('not in this test');
    }),
    'audit/team-refresh': vi.fn(async () => {
      throw new Error('not in this test');
    }),
    'audit/purge': vi.fn(async () => {
      calls.push('audit/purge');
      return { retentionDays: 180, deletedLocal: 0, deletedTeam: 0 };
    }),
  };
  return { handlers, calls };
}

describe('routeMessage: valid traffic', () => {
  it('dispatches a content-script report with the tab id taken from the sender', async () => {
    const { handlers } = spyHandlers();
    const reply = await routeMessage({ type: 'page/context', context }, fromGmail, handlers, policy);
    expect(reply).toEqual({ ok: true, data: { accepted: true } });
    expect(handlers['page/context']).toHaveBeenCalledWith(
      expect.objectContaining({ context }),
      expect.objectContaining({ tabId: 7 }),
    );
  });

  it('dispatches an extension-page request', async () => {
    const { handlers } = spyHandlers();
    const reply = await routeMessage({ type: 'tab/context', tabId: 7 }, fromSidebar, handlers, policy);
    expect(reply).toEqual({ ok: true, data: { context: null } });
  });

  it('cuts a reply to a content script to its schema, so nothing beyond it leaves the background', async () => {
    const { handlers } = spyHandlers();
    vi.mocked(handlers['page/context']).mockResolvedValueOnce({ accepted: true, token: 'pat-secret' } as never);
    const reply = await routeMessage({ type: 'page/context', context }, fromGmail, handlers, policy);
    expect(reply).toEqual({ ok: true, data: { accepted: true } });
  });

  it('turns a handler exception into a typed internal error', async () => {
    const { handlers } = spyHandlers();
    const onError = vi.fn();
    const reply = await routeMessage({ type: 'workspace/reset-demo' }, fromSidebar, handlers, policy, onError);
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('routeMessage: malformed messages are rejected with no side effect', () => {
  const huge = 'x'.repeat(1_100_000);
  const cases: [string, unknown, string][] = [
    ['null', null, 'invalid_message'],
    ['a string', 'page/context', 'invalid_message'],
    ['an array', [{ type: 'tab/context' }], 'invalid_message'],
    ['no type', { tabId: 1 }, 'invalid_message'],
    ['unknown type', { type: 'crm/fetch', url: 'https://evil.example/' }, 'unknown_type'],
    ['prototype key as type', { type: '__proto__' }, 'unknown_type'],
    ['wrong field type', { type: 'tab/context', tabId: '7' }, 'invalid_message'],
    ['negative tab id', { type: 'tab/context', tabId: -1 }, 'invalid_message'],
    ['extra key', { type: 'workspace/status', token: 'x' }, 'invalid_message'],
    ['lookup without any key', { type: 'brief/lookup', person: { role: 'sender' } }, 'invalid_message'],
    [
      'lookup with a bad email',
      { type: 'brief/lookup', person: { email: 'not-an-email', role: 'sender' } },
      'invalid_message',
    ],
    [
      '1 MB payload',
      { type: 'brief/lookup', person: { email: 'a@b.co', name: huge, role: 'sender' } },
      'invalid_message',
    ],
  ];

  it.each(cases)('%s', async (_label, raw, code) => {
    const { handlers, calls } = spyHandlers();
    const reply = await routeMessage(raw, fromSidebar, handlers, policy);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe(code);
    expect(calls).toEqual([]);
  });

  it('rejects 10,001 people from a content script as malformed', async () => {
    const { handlers, calls } = spyHandlers();
    const raw = {
      type: 'page/context',
      context: { ...context, people: Array.from({ length: 10_001 }, () => context.people[0]) },
    };
    const reply = await routeMessage(raw, fromGmail, handlers, policy);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect(calls).toEqual([]);
  });
});

describe('routeMessage: sender checks', () => {
  const senders: [string, MessageSenderLike][] = [
    ['another extension', { ...fromGmail, id: 'other-ext' }],
    ['no sender url', { id: 'ext-id', frameId: 0, tab: { id: 7 } }],
    ['a page we do not read', { ...fromGmail, url: 'https://evil.example/' }],
    ['a look-alike host', { ...fromGmail, url: 'https://mail.google.com.evil.example/' }],
    ['plain http', { ...fromGmail, url: 'http://mail.google.com/mail/u/0/' }],
    ['a sub-frame', { ...fromGmail, frameId: 3 }],
    ['no tab', { id: 'ext-id', url: 'https://mail.google.com/mail/u/0/', frameId: 0 }],
  ];

  it.each(senders)('refuses %s', async (_label, sender) => {
    const { handlers, calls } = spyHandlers();
    const reply = await routeMessage({ type: 'page/context', context }, sender, handlers, policy);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(calls).toEqual([]);
  });

  it('refuses extension-only requests from a content script', async () => {
    const { handlers, calls } = spyHandlers();
    for (const raw of [
      { type: 'workspace/reset-demo' },
      { type: 'tab/context', tabId: 1 },
      { type: 'workspace/status' },
    ]) {
      const reply = await routeMessage(raw, fromGmail, handlers, policy);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses content reports from an extension page (the tab id would be forged)', async () => {
    const { handlers, calls } = spyHandlers();
    const reply = await routeMessage({ type: 'page/context', context }, fromSidebar, handlers, policy);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(calls).toEqual([]);
  });

  it('accepts a LinkedIn locale subdomain for content scripts', async () => {
    const { handlers } = spyHandlers();
    const reply = await routeMessage(
      { type: 'page/context', context: { ...context, site: 'linkedin', view: 'profile', people: [] } },
      { ...fromGmail, url: 'https://de.linkedin.com/in/priya-raman-4b2a1c/' },
      handlers,
      policy,
    );
    expect(reply.ok).toBe(true);
  });
});
