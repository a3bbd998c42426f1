import { defineConfig } from 'wxt';
import { ALL_SITE_HOSTS, API_HOSTS, matchPatterns } from './lib/sites/hosts';

export const GECKO_ID = 'preflight@preflight-extension.dev';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Preflight',
    description:
      'Customer brief beside Gmail, LinkedIn, HubSpot and Salesforce, and a conflict check before every send.',
    // contextMenus: the toolbar button's right-click menu that opens the campaign check and the audit log
    // (Firefox accepts it as its alias of `menus`). Opening a tab needs no "tabs" permission.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'sidePanel', 'contextMenus'],
    // Only the products we integrate with: no <all_urls>, no http://.
    host_permissions: matchPatterns([...ALL_SITE_HOSTS, ...API_HOSTS]),
    action: { default_title: 'Open the Preflight brief' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+P' },
              description: 'Open the Preflight sidebar',
            },
          }
        : {
            'open-sidebar': {
              suggested_key: { default: 'Alt+Shift+P' },
              description: 'Open the Preflight sidebar',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
