import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Settings } from '../../lib/model/settings';
import { queryKeys } from '../../lib/query/keys';
import { workspaceQueryOptions } from '../../lib/query/options';
import { settingsItem } from '../../lib/settings/settings-store';
import { useSettings } from '../providers/use-settings';
import { WorkspaceBar } from '../sidebar/WorkspaceBar';
import { HubSpotConnection } from './HubSpotConnection';
import { HubSpotFlagsForm } from './HubSpotFlagsForm';
import { IdentityForm } from './IdentityForm';
import { RulesForm } from './RulesForm';
import { TemperatureForm } from './TemperatureForm';
import { ToolsSection } from './ToolsSection';

/** The options page: workspace, the full-page tools, the rep's identity, and how each pre-send check behaves. */
export function OptionsApp() {
  const client = useQueryClient();
  const settings = useSettings();
  const workspace = useQuery(workspaceQueryOptions());
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const save = useMutation({
    mutationFn: (next: Settings) => settingsItem.setValue(next),
    onSuccess: (_result, next) => {
      client.setQueryData(queryKeys.settings(), next);
      setSavedAt(new Date());
    },
  });

  return (
    <main className="options">
      <h1>Preflight settings</h1>
      <WorkspaceBar workspace={workspace.data} />
      <ToolsSection />
      <HubSpotConnection />
      {settings.isPending ? <p role="status">Loading settings…</p> : null}
      {settings.isError ? <p role="alert">Settings could not be read: {settings.error.message}</p> : null}
      {settings.data ? (
        <>
          <IdentityForm
            key={settings.data.currentUserEmail}
            settings={settings.data}
            onChange={(next) => save.mutate(next)}
          />
          <RulesForm settings={settings.data} onChange={(next) => save.mutate(next)} />
          <TemperatureForm settings={settings.data} onChange={(next) => save.mutate(next)} />
          <HubSpotFlagsForm settings={settings.data} onChange={(next) => save.mutate(next)} />
        </>
      ) : null}
      <p role="status" aria-live="polite" className="saved">
        {save.isError ? `Not saved: ${save.error.message}` : savedAt ? `Saved at ${savedAt.toLocaleTimeString()}.` : ''}
      </p>
    </main>
  );
}
