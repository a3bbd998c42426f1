import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { request } from '../../lib/messaging/client';
import { HubSpotToken, type ConnectionStatus } from '../../lib/model/connection';
import { formatDateTime } from '../../lib/format/time';
import { queryKeys } from '../../lib/query/keys';
import { connectionQueryOptions } from '../../lib/query/options';

/**
 * Connect, check and disconnect HubSpot. The token goes to the background once and never comes back:
 * this page only ever sees the portal, the scopes and the token's last four characters.
 */
export function HubSpotConnection() {
  const headingId = useId();
  const client = useQueryClient();
  const status = useQuery(connectionQueryOptions());
  const refreshAll = () => client.invalidateQueries({ queryKey: queryKeys.all });

  return (
    <section aria-labelledby={headingId} className="panel" data-testid="hubspot-connection">
      <h2 id={headingId}>CRM connection</h2>
      {status.isPending ? <p role="status">Checking the connection…</p> : null}
      {status.isError ? <p role="alert">The connection could not be read: {status.error.message}</p> : null}
      {status.data?.source === 'hubspot' ? (
        <Connected status={status.data} onChanged={refreshAll} />
      ) : status.data ? (
        <>
          <p>
            Preflight is showing the built-in <strong>demo workspace</strong>. Connect your HubSpot portal to see your
            own contacts, quotes and deals.
          </p>
          <TokenForm submitLabel="Connect HubSpot" onConnected={refreshAll} />
        </>
      ) : null}
    </section>
  );
}

function Connected({
  status,
  onChanged,
}: {
  status: Extract<ConnectionStatus, { source: 'hubspot' }>;
  onChanged: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const disconnect = useMutation({
    mutationFn: () => request({ type: 'connection/disconnect' }),
    onSuccess: () => {
      setConfirming(false);
      onChanged();
    },
  });
  return (
    <div className="connection" data-state={status.state}>
      <p role="status">
        Connected to HubSpot portal <strong>{status.portalId}</strong>
        {status.uiDomain ? ` (${status.uiDomain})` : ''} with a {status.tokenKind === 'oauth' ? 'OAuth' : 'private app'}{' '}
        token ending …{status.tokenHint}, since {formatDateTime(status.connectedAt)}.
      </p>
      {status.state === 'reconnect' ? (
        <div role="alert" className="error">
          <p>{status.stateReason ?? 'HubSpot needs to be reconnected.'} Your cached briefs are kept meanwhile.</p>
          <TokenForm submitLabel="Reconnect HubSpot" onConnected={onChanged} />
        </div>
      ) : null}
      {status.owner ? (
        <p>
          You are <strong>{status.owner.name}</strong> ({status.owner.email}) in HubSpot: your deals and emails are told
          apart from your colleagues’.
        </p>
      ) : (
        <p className="warning-text">
          No HubSpot owner has your work email (see “You and your company” below), so Preflight cannot tell your deals
          and emails from your colleagues’.
        </p>
      )}
      {!status.scopesKnown ? (
        <p className="warning-text">
          HubSpot did not say which scopes this token has. Sections the token cannot read will show as partial.
        </p>
      ) : status.missingScopes.length > 0 ? (
        <div className="warning-text" data-testid="missing-scopes">
          <p>This token is missing scopes; add them to the private app and paste the new token:</p>
          <ul>
            {status.missingScopes.map((need) => (
              <li key={need.scope}>
                <code>{need.scope}</code> — to {need.purpose}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>The token has every scope Preflight needs.</p>
      )}
      {confirming ? (
        <p className="confirm">
          Disconnect HubSpot? The token and every cached HubSpot record are removed from this browser; the demo comes
          back.{' '}
          <button type="button" onClick={() => disconnect.mutate()} disabled={disconnect.isPending}>
            {disconnect.isPending ? 'Disconnecting…' : 'Disconnect'}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep connected
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Disconnect
        </button>
      )}
      {disconnect.isError ? <p role="alert">Disconnect failed: {disconnect.error.message}</p> : null}
    </div>
  );
}

function TokenForm({ submitLabel, onConnected }: { submitLabel: string; onConnected: () => void }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const connect = useMutation({
    mutationFn: (value: string) => request({ type: 'connection/connect-hubspot', token: value }),
    onSuccess: (outcome) => {
      if (!outcome.ok) return setProblem(outcome.message);
      setToken('');
      setProblem(null);
      onConnected();
    },
    onError: (error) => setProblem(error.message),
  });
  const submit = () => {
    const parsed = HubSpotToken.safeParse(token);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'That is not a HubSpot access token.');
    setProblem(null);
    connect.mutate(parsed.data);
  };
  return (
    <form
      className="token-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        HubSpot access token
        <input
          type="password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          placeholder="pat-na1-…"
        />
        <span className="hint">
          A private app or service key token (HubSpot → Development → Legacy apps / Service keys). It stays in this
          browser’s extension storage and is only ever sent to api.hubapi.com.
        </span>
      </label>
      <button type="submit" disabled={connect.isPending}>
        {connect.isPending ? 'Checking the token…' : submitLabel}
      </button>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
