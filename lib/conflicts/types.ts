import type { BriefLookup } from '../model/brief';
import type { Draft } from '../model/draft';
import type { Outreach } from '../model/outreach';
import type { Settings } from '../model/settings';
import type { User } from '../model/user';
import type { RuleId, Severity, Warning } from '../model/warning';
import type { ExtractedOffer } from './offers/types';

/** Everything the rules know about one external recipient of the draft. */
export interface RecipientFacts {
  /** Normalised email address, or the canonical LinkedIn profile URL for LinkedIn messages. */
  recipient: string;
  lookup: BriefLookup;
  /** Recent 1:1 touches with other contacts at the same company (for the weaker duplicate-outreach warning). */
  companyOutreach: Outreach[];
}

export interface RuleContext {
  draft: Draft;
  /** External recipients only (internal addresses are removed before rules run). */
  recipients: RecipientFacts[];
  /** Offers extracted from the draft's subject and body (quoted history and signature removed). */
  offers: ExtractedOffer[];
  settings: Settings;
  /** The signed-in rep, matched by settings.currentUserEmail; undefined when the CRM does not know them. */
  currentUser: User | undefined;
  /** Seller-side people by user id, for "who" in evidence. */
  people: Record<string, User>;
  now: Date;
}

/** A rule is a pure function of the draft and what we know; one rule per file in rules/. */
export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  evaluate(ctx: RuleContext): Warning[];
}
