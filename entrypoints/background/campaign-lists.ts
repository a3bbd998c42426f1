import { lacksListScope, LIST_SCOPE } from '../../lib/connectors/hubspot/scopes';
import type { ReplyOf } from '../../lib/messaging/protocol';
import type { ListsUnavailable } from '../../lib/model/contact-list';
import type { ActiveConnection } from './connection-manager';

const MISSING_SCOPE: ListsUnavailable = {
  status: 'unavailable',
  reason: 'missing_scope',
  message: `Reconnect HubSpot with list access: the token needs the ${LIST_SCOPE} scope.`,
};

/** The contact lists of the active CRM, or why they cannot be offered (never an empty list standing in for an error). */
export async function campaignLists(active: ActiveConnection, query?: string): Promise<ReplyOf<'campaign/lists'>> {
  const refused = refusal(active);
  if (refused) return refused;
  try {
    return { status: 'ok', lists: await active.connector.listContactLists!(query) };
  } catch (error) {
    return unavailable(error, 'lists');
  }
}

/** One page of a list's member addresses, or why it could not be read. */
export async function campaignListEmails(
  active: ActiveConnection,
  listId: string,
  after?: string,
): Promise<ReplyOf<'campaign/list-emails'>> {
  const refused = refusal(active);
  if (refused) return refused;
  try {
    return { status: 'ok', ...(await active.connector.readListEmails!(listId, after)) };
  } catch (error) {
    return unavailable(error, 'members');
  }
}

/** Why lists cannot be read before any call: no list support, or a token HubSpot said lacks the list scope. */
function refusal(active: ActiveConnection): ListsUnavailable | undefined {
  const { connector, connection } = active;
  if (!connector.listContactLists || !connector.readListEmails) {
    return { status: 'unavailable', reason: 'not_supported', message: 'This CRM offers no lists to check.' };
  }
  // Checked before calling: a token without the scope would only earn a 403 per list.
  if (connection && connection.state === 'connected' && lacksListScope(connection)) return MISSING_SCOPE;
  return undefined;
}

/**
 * What a connector's error says about the failure. Read by shape, not class: HubSpotLookupError carries `kind` and
 * `status`, and any other CRM's connector can report the same way.
 */
function failureOf(error: unknown): { kind?: string; status?: number } {
  if (!(error instanceof Error)) return {};
  const { kind, status } = error as { kind?: unknown; status?: unknown };
  return {
    ...(typeof kind === 'string' && /^[a-z_]{1,30}$/.test(kind) ? { kind } : {}),
    ...(typeof status === 'number' && Number.isInteger(status) ? { status } : {}),
  };
}

/** Fixed wording per failure kind: no CRM response text, no address. */
function unavailable(error: unknown, what: 'lists' | 'members'): ListsUnavailable {
  const { kind, status } = failureOf(error);
  // HubSpot answers 403 (MISSING_SCOPES) when the scopes were unknown at connect and list access is missing.
  if (status === 403) return MISSING_SCOPE;
  if (kind === 'unauthorized') {
    return {
      status: 'unavailable',
      reason: 'reconnect',
      message: 'HubSpot needs reconnecting before its lists can be read. Paste a new token on the settings page.',
    };
  }
  if (kind === 'not_found') {
    return { status: 'unavailable', reason: 'error', message: 'That list is no longer in HubSpot. Choose another.' };
  }
  const why = kind ? ` (${status !== undefined ? `${kind} ${status}` : kind})` : '';
  const message =
    what === 'lists' ? `The lists could not be read${why}. Try again.` : `The list's members could not be read${why}.`;
  return { status: 'unavailable', reason: 'error', message };
}
