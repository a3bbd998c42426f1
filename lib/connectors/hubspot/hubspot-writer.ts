import type { CrmWriter } from '../connector';
import type { HubSpotClient } from './http/client';
import { writeTimelineNote } from './write-note';
import { stopMarketingEmails } from './write-stop-marketing';

/** HubSpot's side of the outbox: timeline notes and marketing unsubscribes, both safe to retry. */
export function createHubSpotWriter(client: HubSpotClient): CrmWriter {
  return {
    writeNote: (input, mayExist) => writeTimelineNote(client, input, mayExist),
    stopMarketing: (email) => stopMarketingEmails(client, email),
  };
}
