import { z } from 'zod';
import { BriefLookup } from '../model/brief';
import { PageContext, PersonOnPage } from '../model/page-context';
import { Draft } from '../model/draft';
import { DecisionAction, DraftFingerprint, Warning } from '../model/warning';
import { WorkspaceMeta } from '../model/workspace';
import { ConnectionStatus, HubSpotToken } from '../model/connection';
import { AccountLookup } from '../model/account';
import { LeadVerdict, OutboxView } from '../model/audit';
import { EmailAddress } from '../model/common';
import {
  ContactListSummary,
  ListCursor,
  ListEmailsPage,
  ListsUnavailable,
  MAX_LISTS_SHOWN,
} from '../model/contact-list';
import { CAMPAIGN_CHUNK, CampaignOwner, CampaignVerdict, MAX_CAMPAIGN_OFFER } from '../model/campaign';
import {
  AuditPurgeReply,
  AuditPurgeRequest,
  AuditRowsReply,
  AuditRowsRequest,
  AuditSummaryReply,
  AuditSummaryRequest,
  AuditTeamRefreshReply,
  AuditTeamRefreshRequest,
} from '../audit/messages';

/**
 * The one message protocol of Preflight. Every request names its type, its payload schema, its reply
 * schema and who may send it. Requests are `.strict()`: an unexpected key is a malformed message.
 *
 * - `content`: a content script in the top frame of a tab on a site Preflight works on.
 * - `extension`: an extension page (sidebar, options, campaign, audit) — never a content script.
 */
export type SenderKind = 'content' | 'extension';

const AttemptId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/**
 * What a content script may say about a send attempt. Who the rep is, when, and on which site are filled in
 * by the background (from settings and the sender), never taken from the page.
 */
export const AuditReport = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('warnings_shown'),
      attemptId: AttemptId,
      recipients: z.array(z.string().max(2048)).max(500),
      warnings: z.array(Warning).min(1).max(2000),
      draftFingerprint: DraftFingerprint,
    })
    .strict(),
  z
    .object({
      kind: z.literal('decision'),
      attemptId: AttemptId,
      recipients: z.array(z.string().max(2048)).max(500),
      warnings: z.array(Warning).max(2000),
      action: DecisionAction,
      reason: z.string().max(2000).optional(),
      draftFingerprint: DraftFingerprint,
    })
    .strict(),
]);
export type AuditReport = z.infer<typeof AuditReport>;

const TabId = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31);

export const protocol = {
  'page/context': {
    from: 'content',
    request: z.object({ type: z.literal('page/context'), context: PageContext }).strict(),
    reply: z.object({ accepted: z.boolean() }),
  },
  'tab/context': {
    from: 'extension',
    request: z.object({ type: z.literal('tab/context'), tabId: TabId }).strict(),
    reply: z.object({ context: PageContext.nullable() }),
  },
  'brief/lookup': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('brief/lookup'),
        person: PersonOnPage,
        /** The rep pressed "Refresh": re-read the person from the CRM now instead of answering from the cache. */
        refresh: z.boolean().optional(),
      })
      .strict(),
    reply: BriefLookup,
  },
  'workspace/status': {
    from: 'extension',
    request: z.object({ type: z.literal('workspace/status') }).strict(),
    reply: z.object({ workspace: WorkspaceMeta.nullable() }),
  },
  'workspace/reset-demo': {
    from: 'extension',
    request: z.object({ type: z.literal('workspace/reset-demo') }).strict(),
    reply: z.object({ workspace: WorkspaceMeta }),
  },
  'draft/check': {
    from: 'content',
    request: z.object({ type: z.literal('draft/check'), draft: Draft }).strict(),
    reply: z.object({
      warnings: z.array(Warning),
      recipients: z.array(z.string()),
      checkedAt: z.iso.datetime({ offset: true }),
      /** From settings, so the page never reads them itself. */
      allowBlockOverride: z.boolean(),
    }),
  },
  'audit/record': {
    from: 'content',
    request: z.object({ type: z.literal('audit/record'), report: AuditReport }).strict(),
    reply: z.object({ recorded: z.boolean() }),
  },
  'connection/status': {
    from: 'extension',
    request: z.object({ type: z.literal('connection/status') }).strict(),
    reply: ConnectionStatus,
  },
  /** Carries the token from the options page to the background, which verifies and keeps it. Never sent back. */
  'connection/connect-hubspot': {
    from: 'extension',
    request: z.object({ type: z.literal('connection/connect-hubspot'), token: HubSpotToken }).strict(),
    reply: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), status: ConnectionStatus }),
      z.object({ ok: z.literal(false), message: z.string().max(500) }),
    ]),
  },
  'connection/disconnect': {
    from: 'extension',
    request: z.object({ type: z.literal('connection/disconnect') }).strict(),
    reply: ConnectionStatus,
  },
  /** The rep heard "no more marketing email": queue the unsubscribe in the CRM (durable, idempotent). */
  'contact/stop-marketing': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('contact/stop-marketing'),
        email: EmailAddress,
        reason: z.string().trim().min(3, 'Say why, in a few words.').max(1000),
      })
      .strict(),
    reply: z.object({ queued: z.boolean(), message: z.string().max(300) }),
  },
  /** Lead feedback from the rep, as a note on the contact's CRM timeline (durable, idempotent per requestId). */
  'contact/feedback': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('contact/feedback'),
        email: EmailAddress,
        verdict: LeadVerdict,
        text: z.string().trim().max(2000),
        requestId: AttemptId,
      })
      .strict(),
    reply: z.object({ queued: z.boolean(), message: z.string().max(300) }),
  },
  /** Queued CRM writes about one address (pending, failed, done), newest first. */
  'outbox/list': {
    from: 'extension',
    request: z.object({ type: z.literal('outbox/list'), email: EmailAddress }).strict(),
    reply: z.object({ items: z.array(OutboxView).max(200) }),
  },
  /** Sends a failed write again (a rep pressed "Retry"). */
  'outbox/retry': {
    from: 'extension',
    request: z.object({ type: z.literal('outbox/retry'), id: z.string().min(1).max(200) }).strict(),
    reply: z.object({ retried: z.boolean() }),
  },
  /** "This is them" (contactId) or "not this person" (null) for someone on screen; remembered for next time. */
  'identity/link': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('identity/link'),
        person: PersonOnPage,
        contactId: z.string().min(1).max(200).nullable(),
        /** With contactId null: the guessed contact being rejected. */
        rejectedContactId: z.string().min(1).max(200).optional(),
      })
      .strict(),
    reply: z.object({ saved: z.boolean() }),
  },
  /** Cached contacts matching a few words (name, address, company), for linking by hand. */
  'contacts/search': {
    from: 'extension',
    request: z.object({ type: z.literal('contacts/search'), query: z.string().max(200) }).strict(),
    reply: z.object({
      hits: z
        .array(
          z.object({
            id: z.string(),
            name: z.string(),
            email: z.string().optional(),
            company: z.string().optional(),
          }),
        )
        .max(10),
    }),
  },
  /**
   * The campaign page is open: build the in-memory index of the cache now, while the marketer is still choosing
   * the list, so the check itself answers from memory. Also keeps the worker awake while a list is being prepared.
   */
  'campaign/prepare': {
    from: 'extension',
    request: z.object({ type: z.literal('campaign/prepare') }).strict(),
    reply: z.object({ indexed: z.boolean(), contacts: z.number().int().min(0) }),
  },
  /**
   * One chunk of a campaign's recipients (already parsed and de-duplicated by the page) checked against the CRM:
   * a verdict per address, in order, and the owners the reasons name.
   */
  'campaign/check': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('campaign/check'),
        emails: z.array(EmailAddress).max(CAMPAIGN_CHUNK),
        offer: z.string().max(MAX_CAMPAIGN_OFFER).optional(),
      })
      .strict(),
    reply: z.object({
      verdicts: z.array(CampaignVerdict).max(CAMPAIGN_CHUNK),
      owners: z.array(CampaignOwner).max(CAMPAIGN_CHUNK),
    }),
  },
  /** The CRM's contact lists a campaign can be checked against (by name with `query`), or why there are none. */
  'campaign/lists': {
    from: 'extension',
    request: z.object({ type: z.literal('campaign/lists'), query: z.string().max(200).optional() }).strict(),
    reply: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), lists: z.array(ContactListSummary).max(MAX_LISTS_SHOWN) }),
      ListsUnavailable,
    ]),
  },
  /** One page of a list's members as addresses; the page asks again with `after` = `next` until there is none. */
  'campaign/list-emails': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('campaign/list-emails'),
        listId: ContactListSummary.shape.id,
        after: ListCursor.optional(),
      })
      .strict(),
    reply: z.discriminatedUnion('status', [ListEmailsPage.extend({ status: z.literal('ok') }), ListsUnavailable]),
  },
  /** "Notify owners": records the campaign check and the summary each owning rep is sent, in the audit log. */
  'campaign/notify': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('campaign/notify'),
        campaign: z.string().trim().min(1).max(200),
        offer: z.string().max(MAX_CAMPAIGN_OFFER).optional(),
        total: z.number().int().min(0),
        held: z.number().int().min(0),
        byReason: z.record(z.string().max(40), z.number().int().min(0)),
        notices: z
          .array(
            z
              .object({
                ownerId: z.string().min(1).max(200),
                name: z.string().max(300),
                email: EmailAddress.optional(),
                count: z.number().int().min(0),
                text: z.string().max(2000),
              })
              .strict(),
          )
          .max(500),
      })
      .strict(),
    reply: z.object({ id: z.string() }),
  },
  /** The brief of a company/account or deal/opportunity record on screen: live by its id, or cached by its name. */
  'account/lookup': {
    from: 'extension',
    request: z
      .object({
        type: z.literal('account/lookup'),
        kind: z.enum(['company', 'deal']),
        name: z.string().max(300).optional(),
        /** A HubSpot record's id (digits), so a connected portal is read live; never sent for other CRMs. */
        hubspotRecordId: z
          .string()
          .regex(/^\d{1,20}$/)
          .optional(),
      })
      .strict(),
    reply: AccountLookup,
  },
  /** The audit page: one page of the filtered, sorted log (local and team rows merged), see lib/audit/messages.ts. */
  'audit/rows': { from: 'extension', request: AuditRowsRequest, reply: AuditRowsReply },
  /** The audit page's charts and duplicate outreach for the same filters. */
  'audit/summary': { from: 'extension', request: AuditSummaryRequest, reply: AuditSummaryReply },
  /** Re-reads the team's decisions from the CRM (or the demo) for the retention window. */
  'audit/team-refresh': { from: 'extension', request: AuditTeamRefreshRequest, reply: AuditTeamRefreshReply },
  /** Deletes audit rows older than the retention setting now. */
  'audit/purge': { from: 'extension', request: AuditPurgeRequest, reply: AuditPurgeReply },
  'sidebar/open': {
    from: 'content',
    request: z.object({ type: z.literal('sidebar/open') }).strict(),
    reply: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<string, { from: SenderKind; request: z.ZodType; reply: z.ZodType }>;

export type RequestType = keyof typeof protocol;
export type RequestOf<T extends RequestType> = z.infer<(typeof protocol)[T]['request']>;
export type ReplyOf<T extends RequestType> = z.infer<(typeof protocol)[T]['reply']>;

export const REQUEST_TYPES = Object.keys(protocol) as RequestType[];

export const ErrorCode = z.enum(['invalid_message', 'unknown_type', 'forbidden_sender', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Every reply is wrapped, so a failure is a typed value and never an exception across the boundary. */
export const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string().max(500) }) }),
]);
export type Envelope = z.infer<typeof Envelope>;
