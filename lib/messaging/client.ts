import { browser } from 'wxt/browser';
import { decodeReply } from './wire';
import { Envelope, protocol, type ErrorCode, type ReplyOf, type RequestOf, type RequestType } from './protocol';

export class PreflightMessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'no_receiver' | 'bad_reply',
    message: string,
  ) {
    super(message);
    this.name = 'PreflightMessageError';
  }
}

/** Sends a typed request to the background and returns its validated reply, or throws PreflightMessageError. */
export async function request<M extends RequestOf<RequestType>>(message: M): Promise<ReplyOf<M['type']>> {
  let raw: unknown;
  try {
    raw = decodeReply(await browser.runtime.sendMessage(message));
  } catch (error) {
    throw new PreflightMessageError(
      'no_receiver',
      error instanceof Error ? error.message : 'The background did not answer.',
    );
  }
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) throw new PreflightMessageError('bad_reply', 'The background sent an unreadable reply.');
  if (!envelope.data.ok) throw new PreflightMessageError(envelope.data.error.code, envelope.data.error.message);
  const type: RequestType = message.type;
  const reply = protocol[type].reply.safeParse(envelope.data.data);
  if (!reply.success) throw new PreflightMessageError('bad_reply', `The reply to "${type}" did not match its schema.`);
  return reply.data as ReplyOf<M['type']>;
}
