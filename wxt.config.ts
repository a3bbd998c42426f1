import { defineConfig } from 'wxt';

/**
 * Hosts Preflight reads (content scripts) and calls (CRM APIs from the background only).
 * Kept to the exact products we integrate with: no <all_urls>, no http://.
 */
const PAGE_HOSTS = {
  gmail: ['https://mail.google.com/*'],
  // Localised subdomains (de.linkedin.com) serve the same profile pages.
  linkedin: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  hubspot: [
    'https://app.hubspot.com/*',
    'https://app-eu1.hubspot.com/*',
    'https://app-na2.hubspot.com/*',
    'https://app-na3.hubspot.com/*',
    'https://app-ap1.hubspot.com/*',
  ],
  salesforce: ['https://*.lightning.force.com/*'],
} as const;

const API_HOSTS = ['https://api.hubapi.com/*', 'https://*.my.salesforce.com/*'];

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
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: [...Object.values(PAGE_HOSTS).flat(), ...API_HOSTS],
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
