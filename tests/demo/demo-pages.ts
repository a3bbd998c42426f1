import { threadUrl } from '../fixtures/gmail-threads';

export interface DemoPage {
  id: string;
  label: string;
  url: string;
  /** The state the sidebar settles in for this page. */
  expectState: string;
}

/** The look-alike pages the demo opens, each served at its real address inside the demo profile only. */
export function demoPages(): DemoPage[] {
  return [
    {
      id: '1-gmail-priya',
      label: 'Gmail — Priya Raman’s thread',
      url: threadUrl('priya.raman@northwind-traders.com'),
      expectState: 'found',
    },
    {
      id: '2-gmail-dana',
      label: 'Gmail — Dana Whitfield (do not contact)',
      url: threadUrl('dana.whitfield@contoso.io'),
      expectState: 'found',
    },
    {
      id: '3-gmail-sam',
      label: 'Gmail — Sam Patel (not in CRM)',
      url: threadUrl('sam.patel@example.org'),
      expectState: 'not_in_crm',
    },
    {
      id: '4-linkedin',
      label: 'LinkedIn — Priya’s profile',
      url: 'https://www.linkedin.com/in/priya-raman-4b2a1c/',
      expectState: 'found',
    },
    {
      id: '5-hubspot',
      label: 'HubSpot — Priya’s contact record',
      url: 'https://app.hubspot.com/contacts/4455667/record/0-1/98765432101',
      expectState: 'found',
    },
    {
      id: '6-salesforce',
      label: 'Salesforce — Priya’s contact record',
      url: 'https://northwind-demo.lightning.force.com/lightning/r/Contact/003Dn00000QxYzAIAV/view',
      expectState: 'found',
    },
  ];
}
