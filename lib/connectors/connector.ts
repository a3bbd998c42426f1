import type { FoundAccount } from '../model/account';
import type { CrmSource } from '../model/common';
import type { ContactMatchCandidate, ContactsByEmail } from './types';
import type { ContactListSummary, ListEmailsPage } from '../model/contact-list';
import type { PersonOnPage } from '../model/page-context';
import type { TeamDecisions } from '../model/team-decisions';
import type { WorkspaceSnapshot } from '../model/workspace';

/**
 * A source of CRM data. Connectors map vendor payloads into the domain model and know no DOM, no UI and
 * no cache: the background decides what to store. A connector reports what it could not fetch; it never
 * turns missing data into "nothing there".
 */
export interface Connector {
  source: CrmSource;
  /** The whole workspace, for sources small enough to hold at once (the demo). */
  snapshot?(now: Date): WorkspaceSnapshot;
  /**
   * Asks the source about a person the cache does not know. `undefined` means the source answered and the
   * person is not there; a thrown error means we could not tell.
   */
  findPerson(person: PersonOnPage): Promise<ContactMatchCandidate | undefined>;
  /**
   * A company or deal record's account, read live by the record's id (sources too big to cache whole).
   * `undefined`: the source answered that the record does not exist; a thrown error: we could not tell.
   */
  findAccount?(record: { objectType: 'company' | 'deal'; id: string }): Promise<FoundAccount | undefined>;
  /** Many addresses in as few calls as the source allows (a campaign list); absent where the cache is the source. */
  readContactsByEmail?(emails: readonly string[]): Promise<ContactsByEmail>;
  /** Contact lists a campaign can be checked against, by name when `query` is given; a thrown error: not read. */
  listContactLists?(query?: string): Promise<ContactListSummary[]>;
  /**
   * One page of a list's members as primary addresses; pass the page's `next` to read on. Paged by the caller so
   * a big list shows progress and a stopped worker loses one page, not the list. A thrown error: not read.
   */
  readListEmails?(listId: string, after?: string): Promise<ListEmailsPage>;
  /**
   * The team's guard decisions since a date: the timeline notes the guard wrote (marked `[preflight-decision:…]`),
   * for the manager's audit page. `now` anchors a generated source (the demo). Throws when it could not be read.
   */
  fetchTeamDecisions?(since: Date, now: Date): Promise<TeamDecisions>;
}

/** A CRM write's outcome. `retry: false` means trying again cannot help (e.g. the record is gone). */
export type WriteOutcome =
  { ok: true; crmRecordId?: string; note?: string } | { ok: false; retry: boolean; message: string };

export interface TimelineNoteInput {
  /** The CRM's own ids of the contacts the note goes on. */
  contactIds: string[];
  /** The CRM's own id of the rep, when known. */
  ownerId?: string;
  /** When the decision was made: also how a retry finds the note it may already have written. */
  timestamp: string;
  title: string;
  body: string;
  /** Unique line inside the note: a retry looks for it before writing again. */
  marker: string;
}

/** Writes to the CRM. Every write may be retried by the outbox, so each must be safe to repeat. */
export interface CrmWriter {
  /** `mayExist`: an earlier try may have landed (worker died, timeout): look for the marker first. */
  writeNote(input: TimelineNoteInput, mayExist: boolean): Promise<WriteOutcome>;
  /** Unsubscribes the address from every marketing subscription it is still on. */
  stopMarketing(email: string, requestedBy: string): Promise<WriteOutcome>;
}
