import type { Connector } from '../connector';
import { demoContactLists, demoListEmails } from './demo-lists';
import { generateDemoWorkspace } from './generate-workspace';
import { demoTeamDecisions } from './team-decisions';

/**
 * The built-in workspace. It is small enough to be cached whole when Preflight first starts, so a person
 * the cache does not know is truly not in the demo CRM: findPerson answers "not there" without guessing.
 */
export const demoConnector: Connector = {
  source: 'demo',
  snapshot: (now) => generateDemoWorkspace(now),
  findPerson: () => Promise.resolve(undefined),
  listContactLists: (query) => Promise.resolve(demoContactLists(query)),
  readListEmails: (listId, after) => Promise.resolve().then(() => demoListEmails(listId, after)),
  fetchTeamDecisions: (since, now) => Promise.resolve(demoTeamDecisions(since, now)),
};
