import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { browser } from 'wxt/browser';
import { workspaceQueryOptions } from '../../lib/query/options';
import { ALL_SITE_HOSTS, hostMatches, SITE_LABELS } from '../../lib/sites/hosts';
import { BriefError, BriefLoading } from '../brief/LookupStates';
import { useSettings } from '../providers/use-settings';
import { AccountBrief, accountKindOf } from './AccountBrief';
import { ConnectionBanner } from './ConnectionBanner';
import { EmptyView } from './EmptyView';
import { externalPeople } from './external-people';
import { PersonBrief } from './PersonBrief';
import { PersonSwitcher } from './PersonSwitcher';
import { ToolsFooter } from './ToolsFooter';
import { UnsupportedPage, WaitingForPage } from './UnsupportedPage';
import { useSidebarTab } from './use-sidebar-tab';
import { useTabContext } from './use-tab-context';
import { WorkspaceBar } from './WorkspaceBar';

/** The sidebar: follows its tab, shows which page and person it describes, and that person's brief. */
export function SidebarApp() {
  const tab = useSidebarTab();
  const context = useTabContext(tab.tabId);
  const workspace = useQuery(workspaceQueryOptions());
  const settings = useSettings().data ?? DEFAULT_SETTINGS;
  const [selected, setSelected] = useState(0);

  const people = context.data ? externalPeople(context.data, settings.sellerDomains) : [];
  const peopleKey = people.map((p) => p.email ?? p.linkedinUrl ?? p.crmRecord?.id).join('|');
  useEffect(() => setSelected(0), [peopleKey]);
  const person = people[Math.min(selected, Math.max(people.length - 1, 0))];

  return (
    <div className="sidebar" data-tab-id={tab.tabId ?? ''}>
      <header className="topbar">
        <span className="brand" aria-hidden="true">
          ✈
        </span>
        <h1>Preflight</h1>
        {context.data ? (
          <span className="page-label" title={context.data.title}>
            {SITE_LABELS[context.data.site]}
            {context.data.title ? ` · ${context.data.title}` : ''}
          </span>
        ) : null}
        <button
          type="button"
          className="link-button settings-link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </header>
      <WorkspaceBar workspace={workspace.data} />
      <ConnectionBanner />
      <main className="content">{renderBody()}</main>
      <ToolsFooter site={context.data?.site} />
    </div>
  );

  function renderBody() {
    if (tab.tabId === undefined || context.isPending) return <BriefLoading />;
    if (context.isError) return <BriefError message={context.error.message} onRetry={() => void context.refetch()} />;
    if (!context.data) return isSupportedUrl(tab.url) ? <WaitingForPage /> : <UnsupportedPage />;
    if (!person) return <EmptyView context={context.data} onlyInternal={context.data.people.length > 0} />;
    return (
      <>
        <PersonSwitcher people={people} selected={selected} onSelect={setSelected} />
        {accountKindOf(person) ? (
          <AccountBrief
            key={peopleKey + selected}
            kind={accountKindOf(person)!}
            name={person.name}
            hubspotRecordId={person.crmRecord?.crm === 'hubspot' ? person.crmRecord.id : undefined}
          />
        ) : (
          <PersonBrief key={peopleKey + selected} person={person} currentUserId={workspace.data?.currentUserId} />
        )}
      </>
    );
  }
}

function isSupportedUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && ALL_SITE_HOSTS.some((host) => hostMatches(url.hostname, host));
  } catch {
    return false;
  }
}
