import { z } from 'zod';
import { BriefLookup } from '../model/brief';
import { PageContext, PersonOnPage } from '../model/page-context';
import { WorkspaceMeta } from '../model/workspace';

/**
 * The one message protocol of Preflight. Every request names its type, its payload schema, its reply
 * schema and who may send it. Requests are `.strict()`: an unexpected key is a malformed message.
 *
 * - `content`: a content script in the top frame of a tab on a site Preflight works on.
 * - `extension`: an extension page (sidebar, options, campaign, audit) — never a content script.
 */
export type SenderKind = 'content' | 'extension';

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
    request: z.object({ type: z.literal('brief/lookup'), person: PersonOnPage }).strict(),
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
