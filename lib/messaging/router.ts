import { protocol, type Envelope, type ErrorCode, type ReplyOf, type RequestOf, type RequestType } from './protocol';
import { classifySender, type MessageSenderLike, type SenderPolicy } from './sender';

export interface HandlerContext {
  sender: MessageSenderLike;
  /** Set for content-script messages: the tab the message came from (never taken from the payload). */
  tabId?: number;
}

export type Handler<T extends RequestType> = (request: RequestOf<T>, ctx: HandlerContext) => Promise<ReplyOf<T>>;
export type Handlers = { [T in RequestType]: Handler<T> };

const MAX_MESSAGE_BYTES = 1_000_000;

/**
 * Validates and dispatches one raw message. Nothing runs before the message parses and the sender is
 * allowed to send it, so a malformed or foreign message has no side effect. Never throws.
 */
export async function routeMessage(
  raw: unknown,
  sender: MessageSenderLike,
  handlers: Handlers,
  policy: SenderPolicy,
  onInternalError: (type: RequestType, error: unknown) => void = () => {},
): Promise<Envelope> {
  const kind = classifySender(sender, policy);
  if (!kind) return fail('forbidden_sender', 'Message from an untrusted sender.');
  if (!isPlainObject(raw) || typeof raw.type !== 'string') return fail('invalid_message', 'Message has no type.');
  if (!Object.hasOwn(protocol, raw.type))
    return fail('unknown_type', `Unknown message type "${raw.type.slice(0, 60)}".`);
  if (approximateSize(raw) > MAX_MESSAGE_BYTES) return fail('invalid_message', 'Message is too large.');
  const type = raw.type as RequestType;
  const spec = protocol[type];
  if (spec.from !== kind) return fail('forbidden_sender', `"${type}" may not be sent from a ${kind} context.`);
  const parsed = spec.request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      'invalid_message',
      `Invalid "${type}" message at ${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'bad shape'}.`,
    );
  }
  const ctx: HandlerContext =
    kind === 'content' && sender.tab?.id !== undefined ? { sender, tabId: sender.tab.id } : { sender };
  try {
    const handler = handlers[type] as Handler<RequestType>;
    const reply = await handler(parsed.data as RequestOf<RequestType>, ctx);
    // A reply to a content script is cut to its schema here, so nothing beyond it (no token, no other tab's data)
    // reaches a page's world. Extension pages parse every reply themselves (client.ts); parsing it here as well
    // doubled the cost of big replies (a 5,000-verdict campaign chunk: ~35 ms per parse).
    return { ok: true, data: kind === 'content' ? spec.reply.parse(reply) : reply };
  } catch (error) {
    onInternalError(type, error);
    return fail('internal', `Preflight could not handle "${type}".`);
  }
}

function fail(code: ErrorCode, message: string): Envelope {
  return { ok: false, error: { code, message } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function approximateSize(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
