import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { WorkspaceMeta } from '../../lib/model/workspace';
import { queryKeys } from '../../lib/query/keys';
import { formatDateTime } from '../../lib/format/time';

/** Which data the brief comes from; the demo is labelled as such and can be reset to its starting state. */
export function WorkspaceBar({ workspace }: { workspace: WorkspaceMeta | null | undefined }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const reset = useMutation({
    mutationFn: () => request({ type: 'workspace/reset-demo' }),
    onSuccess: () => {
      setConfirming(false);
      void client.invalidateQueries({ queryKey: queryKeys.all });
    },
  });

  if (!workspace) return null;
  return (
    <div className={workspace.isDemo ? 'workspace workspace-demo' : 'workspace'} data-workspace={workspace.source}>
      <span>
        {workspace.isDemo ? <strong className="demo-label">DEMO DATA</strong> : null} {workspace.label}
        <span className="muted"> · loaded {formatDateTime(workspace.seededAt)}</span>
      </span>
      {workspace.isDemo ? (
        confirming ? (
          <span className="confirm">
            Reset all demo data?{' '}
            <button type="button" onClick={() => reset.mutate()} disabled={reset.isPending}>
              {reset.isPending ? 'Resetting…' : 'Reset'}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            Reset demo data
          </button>
        )
      ) : null}
      {reset.isError ? <span role="alert"> Reset failed: {reset.error.message}</span> : null}
    </div>
  );
}
