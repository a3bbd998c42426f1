import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { connectionQueryOptions } from '../../lib/query/options';
import { useOnline } from './use-online';

/** Says when briefs come only from the cache: the browser is offline, or HubSpot must be reconnected. */
export function ConnectionBanner() {
  const online = useOnline();
  const connection = useQuery(connectionQueryOptions());
  if (!online) {
    return (
      <p role="status" className="banner banner-offline" data-testid="offline-banner">
        You are offline. Briefs come from this browser’s cache and may be out of date; the pre-send check still runs on
        what is cached.
      </p>
    );
  }
  if (connection.data?.source === 'hubspot' && connection.data.state === 'reconnect') {
    return (
      <p role="alert" className="banner banner-reconnect" data-testid="reconnect-banner">
        {connection.data.stateReason ?? 'HubSpot needs to be reconnected.'}{' '}
        <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open settings
        </button>
      </p>
    );
  }
  return null;
}
