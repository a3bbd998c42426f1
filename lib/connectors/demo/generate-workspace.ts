import type { WorkspaceSnapshot } from '../../model/workspace';
import { DEMO_PRODUCTS } from './catalog';
import { createClock } from './clock';
import { generateActivity } from './generated-activity';
import { generateContacts } from './generated-contacts';
import { CURRENT_USER_ID, DEMO_USERS } from './people';
import { appendRecords, emptyRecords } from './records';
import { storyRecords } from './story-contacts';

/** Fixed seed: the demo must be the same workspace on every machine ("Q-1060" means the same quote). */
export const DEMO_SEED = 0x5eed_2025;

export const DEMO_LABEL = 'Demo workspace (Northwind sample data)';

/**
 * The built-in demo workspace. Pure and deterministic: the same anchor gives a deep-equal snapshot, and
 * every date is an offset from the anchor, so the stories ("emailed yesterday", "expires in 9 days") stay
 * true whenever the extension seeds it. Hand-written story contacts come first, then the generated bulk.
 */
export function generateDemoWorkspace(anchor: Date): WorkspaceSnapshot {
  const clock = createClock(anchor);
  const story = storyRecords(clock);
  const reservedEmails = new Set(story.contacts.flatMap((contact) => contact.emails));
  const people = generateContacts(DEMO_SEED, clock, reservedEmails);
  const records = appendRecords(appendRecords(emptyRecords(), story), generateActivity(DEMO_SEED, clock, people));
  return {
    source: 'demo',
    label: DEMO_LABEL,
    generatedAt: clock.daysAgo(0),
    currentUserId: CURRENT_USER_ID,
    // Copies, so a caller that mutates the snapshot cannot change the next one.
    users: DEMO_USERS.map((user) => ({ ...user })),
    products: DEMO_PRODUCTS.map((product) => ({ ...product, aliases: [...product.aliases] })),
    ...records,
  };
}
