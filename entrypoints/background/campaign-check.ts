import type { PreflightDb } from '../../lib/cache/db';
import { readCampaignRecords } from '../../lib/cache/read/campaign-records';
import { campaignVerdict, type CampaignCheckContext } from '../../lib/campaign/check-recipient';
import { extractOffers } from '../../lib/conflicts/offers/extract-offers';
import type { CampaignOwner, CampaignVerdict } from '../../lib/model/campaign';
import type { Settings } from '../../lib/model/settings';
import type { User } from '../../lib/model/user';

export interface CampaignCheckDeps {
  db: PreflightDb;
  settings: Settings;
  now: Date;
}

/**
 * Checks one chunk of campaign recipients against the cache: each address gets its reasons to be held back,
 * or is clean, or is "not in CRM" (sent, and marked). Owners named by the reasons come back once per chunk.
 */
export async function checkCampaignChunk(
  emails: readonly string[],
  offer: string | undefined,
  deps: CampaignCheckDeps,
): Promise<{ verdicts: CampaignVerdict[]; owners: CampaignOwner[] }> {
  const [records, users, products] = await Promise.all([
    readCampaignRecords(deps.db, emails),
    deps.db.users.toArray(),
    offer?.trim() ? deps.db.products.toArray() : Promise.resolve([]),
  ]);
  const people: Record<string, User> = Object.fromEntries(users.map((u) => [u.id, u]));
  const ctx: CampaignCheckContext = {
    offers: offer?.trim() ? extractOffers({ subject: '', body: offer }, { products }, deps.now) : [],
    settings: deps.settings,
    now: deps.now,
    people,
  };
  const verdicts = emails.map((email): CampaignVerdict => {
    const found = records.get(email);
    return found ? campaignVerdict(email, found, ctx) : { email, status: 'not_in_crm', reasons: [] };
  });
  const ownerIds = new Set(verdicts.flatMap((v) => (v.ownerId ? [v.ownerId] : [])));
  const owners = [...ownerIds].flatMap((id) => {
    const user = people[id];
    return user ? [{ id, name: user.name, ...(user.email ? { email: user.email } : {}) }] : [];
  });
  return { verdicts, owners };
}
