import type { CrmSource } from '../model/common';
import type { ContactMatchCandidate } from './types';
import type { PersonOnPage } from '../model/page-context';
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
}
