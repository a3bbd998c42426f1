import type { DriverPage } from '../harness/types';

export interface AuditSeedArgs {
  /** Send attempts to write: one warnings_shown each, and a decision for all but every 8th (tab closed). */
  count: number;
  /** Entries are spread over the 90 days before this instant. */
  nowMs: number;
  /** The extension's database; tests pass their own. */
  dbName?: string;
}

/**
 * Writes `count` synthetic send attempts into the audit table of the extension's IndexedDB, raw (no Dexie), in one
 * transaction: every attempt gives exactly one audit row, so `count` = 100,000 is the "first render with 100,000
 * entries" case. Six reps, every rule, the three decisions and no decision, reasons on overrides, 5,000 contacts
 * at 700 companies. Self-contained (it runs inside the page through `evaluate`): no imports, no closures.
 * The database must already be at the extension's schema (open the extension page once before seeding).
 */
export async function seedAuditInPage({ count, nowMs, dbName = 'preflight' }: AuditSeedArgs): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const reps = ['alex.morgan', 'riley.chen', 'taylor.brooks', 'casey.nguyen', 'noah.fischer', 'jamie.ortiz'];
  const rules = [
    ['do-not-contact', 'block', 'Legal hold: do not contact'],
    ['quote-offer-conflict', 'confirm', 'Offer differs from open quote Q-'],
    ['campaign-offer-conflict', 'confirm', 'Differs from campaign offer for'],
    ['duplicate-outreach', 'confirm', 'Riley Chen emailed'],
    ['deal-owner', 'notice', 'Deal owned by Noah Fischer for'],
    ['unknown-recipient', 'notice', 'Not in CRM —'],
  ] as const;
  const actions = ['edited', 'cancelled', 'sent_anyway'] as const;
  const span = 90 * 86_400_000;
  const tx = db.transaction(['audit'], 'readwrite');
  const store = tx.objectStore('audit');
  for (let i = 0; i < count; i++) {
    const [ruleId, severity, words] = rules[i % rules.length]!;
    const contact = `buyer${i % 5000}@bench-${i % 700}.example`;
    const at = new Date(nowMs - ((i * 7919) % span) - 60_000);
    const attemptId = `bench-attempt-${i}`;
    const base = {
      attemptId,
      userEmail: `${reps[(i * 7) % reps.length]}@example.com`,
      site: i % 5 === 0 ? 'linkedin' : 'gmail',
      recipients: [contact],
      warnings: [
        {
          ruleId,
          severity,
          recipient: contact,
          title: `${words} ${i}`,
          detail: `Synthetic warning ${i} for the audit page benchmark.`,
          fix: 'Check before sending.',
          evidence: [{ kind: 'lookup', label: `Bench evidence ${i}` }],
        },
      ],
      draftFingerprint: 'be9c'.repeat(4),
    };
    store.put({ ...base, type: 'warnings_shown', id: `bench:shown:${i}`, at: at.toISOString() });
    if (i % 8 !== 7) {
      const action = actions[(i * 31) % 3]!;
      store.put({
        ...base,
        type: 'decision',
        id: `bench:decision:${i}`,
        at: new Date(at.getTime() + 30_000).toISOString(),
        action,
        ...(action === 'sent_anyway' ? { reason: `Customer asked for it (${i})` } : {}),
      });
    }
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Seeds the extension's audit log from one of its own pages (same origin as its IndexedDB). */
export async function seedAudit(page: DriverPage, count: number): Promise<void> {
  await page.evaluate(seedAuditInPage, { count, nowMs: Date.now() });
}
