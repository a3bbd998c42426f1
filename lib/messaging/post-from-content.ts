import { browser } from 'wxt/browser';
import { decodeReply } from './wire';
import type { AuditReport, ReplyOf, RequestOf } from './protocol';

/**
 * The content scripts' side of the protocol. Types only are imported from protocol.ts, so zod stays out of
 * the host page's bundle; the background validates every message, and validates its replies before sending.
 */
async function post<T extends 'page/context' | 'draft/check' | 'audit/record' | 'sidebar/open'>(
  message: RequestOf<T>,
): Promise<ReplyOf<T>> {
  const envelope = decodeReply(await browser.runtime.sendMessage(message)) as
    { ok: true; data: ReplyOf<T> } | { ok: false; error: { code: string; message: string } } | undefined;
  if (!envelope || typeof envelope !== 'object') throw new Error('Preflight background did not answer');
  if (!envelope.ok) throw new Error(`Preflight background refused: ${envelope.error.code}`);
  return envelope.data;
}

export async function postPageContext(message: RequestOf<'page/context'>): Promise<void> {
  await post<'page/context'>(message);
}

export function postDraftCheck(draft: RequestOf<'draft/check'>['draft']): Promise<ReplyOf<'draft/check'>> {
  return post<'draft/check'>({ type: 'draft/check', draft });
}

export function postAuditReport(report: AuditReport): Promise<ReplyOf<'audit/record'>> {
  return post<'audit/record'>({ type: 'audit/record', report });
}

export function postOpenSidebar(): Promise<ReplyOf<'sidebar/open'>> {
  return post<'sidebar/open'>({ type: 'sidebar/open' });
}
