import type { Draft } from '../model/draft';

/**
 * SHA-256 of who and what was sent: identifies the draft in the audit log without storing a word of it.
 * Falls back to a non-cryptographic hash where SubtleCrypto is unavailable, rather than failing the send.
 */
export async function draftFingerprint(draft: Draft): Promise<string> {
  const text = JSON.stringify([draft.to, draft.cc, draft.bcc, draft.linkedinRecipients, draft.subject, draft.body]);
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < text.length; i++) {
      h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
      h2 = Math.imul(h2 ^ text.charCodeAt(i), 2246822519) >>> 0;
    }
    return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
  }
}
