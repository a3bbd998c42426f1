import { LEAD_VERDICT_LABELS, type OutboxItem, type OutboxView } from '../../model/audit';
import type { PreflightDb } from '../db';

const MAX_ITEMS = 50;

/** Queued CRM writes about one address, newest first, as pages may see them (no note bodies). */
export async function outboxFor(db: PreflightDb, email: string): Promise<OutboxView[]> {
  const address = email.toLowerCase();
  const items = await db.outbox.orderBy('createdAt').reverse().toArray();
  return items
    .filter((item) =>
      item.kind === 'stop_marketing'
        ? item.payload.email === address
        : item.payload.recipients.some((r) => r.toLowerCase() === address),
    )
    .slice(0, MAX_ITEMS)
    .map((item) => ({
      id: item.id,
      kind: item.kind,
      status: item.status,
      createdAt: item.createdAt,
      attempts: item.attempts,
      ...(item.nextAttemptAt ? { nextAttemptAt: item.nextAttemptAt } : {}),
      ...(item.lastError ? { lastError: item.lastError } : {}),
      label: labelOf(item),
    }));
}

function labelOf(item: OutboxItem): string {
  if (item.kind === 'stop_marketing') return 'Stop marketing emails';
  const marker = item.payload.marker;
  if (marker.startsWith('[preflight-decision:')) return 'Override note';
  if (marker.startsWith('[preflight-feedback:')) {
    const verdict = Object.values(LEAD_VERDICT_LABELS).find((label) =>
      item.payload.body.startsWith(`Lead feedback: ${label}`),
    );
    return verdict ? `Lead feedback: ${verdict}` : 'Lead feedback';
  }
  return 'Timeline note';
}
