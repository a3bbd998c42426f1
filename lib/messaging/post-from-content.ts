import { browser } from 'wxt/browser';
import type { RequestOf } from './protocol';

/**
 * The content scripts' side of the protocol. Types only are imported from protocol.ts, so zod stays out of
 * the host page's bundle; the background validates every message anyway.
 */
export async function postPageContext(message: RequestOf<'page/context'>): Promise<void> {
  await browser.runtime.sendMessage(message);
}
