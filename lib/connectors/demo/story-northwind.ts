import type { Contact } from '../../model/contact';
import type { Deal } from '../../model/deal';
import type { FormSubmission } from '../../model/form-submission';
import type { Outreach } from '../../model/outreach';
import type { Quote } from '../../model/quote';
import { discountedTotal, listPrice, PRODUCT_NAMES, productId } from './catalog';
import { AUTUMN_ANNUAL, campaignByKey, campaignEmail, NEWSLETTER_14, SAP_LAUNCH, WEBINAR_FUEL } from './campaigns';
import type { Clock } from './clock';
import { demoId } from './ids';
import { ALEX_ID, RILEY_ID } from './people';
import type { DemoRecords } from './records';

/**
 * Northwind Traders: the demo's main story. Priya has an open 10% quote and just got a 25% campaign email,
 * which is exactly the conflict Preflight exists to catch; her colleague Jordan was emailed by the SDR
 * yesterday, which is the duplicate-outreach case. Tests and the guided demo rely on these exact facts.
 */
const DOMAIN = 'northwind-traders.com';
const COMPANY = { name: 'Northwind Traders', domain: DOMAIN };
const HUBSPOT_PORTAL = '4455667';

export const PRIYA_ID = demoId('contact', 'priya-raman');
export const JORDAN_ID = demoId('contact', 'jordan-lee');
export const Q1042_ID = demoId('quote', 'q-1042');

const SEATS = 40;
const QUOTE_DISCOUNT = 10;

export function northwindRecords(clock: Clock): DemoRecords {
  const priya: Contact = {
    id: PRIYA_ID,
    source: 'demo',
    crmIds: { hubspot: { portalId: HUBSPOT_PORTAL, id: '98765432101' }, salesforce: { id: '003Dn00000QxYzAIAV' } },
    emails: ['priya.raman@northwind-traders.com'],
    linkedinUrl: 'https://www.linkedin.com/in/priya-raman-4b2a1c/',
    name: 'Priya Raman',
    title: 'Head of Operations',
    company: COMPANY,
    ownerId: ALEX_ID,
    updatedAt: clock.daysAgo(2),
  };
  const jordan: Contact = {
    id: JORDAN_ID,
    source: 'demo',
    crmIds: { hubspot: { portalId: HUBSPOT_PORTAL, id: '98765432188' } },
    emails: ['jordan.lee@northwind-traders.com'],
    linkedinUrl: 'https://www.linkedin.com/in/jordan-lee-procurement-7c91e0/',
    name: 'Jordan Lee',
    title: 'Procurement Manager',
    company: COMPANY,
    ownerId: RILEY_ID,
    updatedAt: clock.daysAgo(1),
  };

  const demoRequest: FormSubmission = {
    id: demoId('form', 'priya-raman:request-demo'),
    contactId: PRIYA_ID,
    formName: 'Request a demo',
    pageUrl: 'https://www.example.com/demo',
    pageTitle: 'Request a demo — Fleet Platform',
    submittedAt: clock.daysAgo(12),
    fields: [
      { label: 'Company', value: 'Northwind Traders' },
      { label: 'Fleet size', value: '40 vehicles' },
      { label: 'Current systems', value: 'SAP S/4HANA for finance; we need the telematics data to flow into SAP' },
      { label: 'Budget', value: 'Budget approved for Q3' },
      { label: 'Timeline', value: 'Roll out before the end of Q3' },
      {
        label: 'What would you like to see in the demo?',
        value:
          'How trip and fuel data gets into SAP without manual exports. ' +
          'We also want to see driver behaviour reports our depot managers could use weekly.',
      },
    ],
  };

  const unitPrice = listPrice('annual', 'USD');
  const quoteAmount = discountedTotal(SEATS, unitPrice, QUOTE_DISCOUNT);
  const quote: Quote = {
    id: Q1042_ID,
    number: 'Q-1042',
    title: 'Northwind Traders — Fleet Platform annual plan',
    status: 'sent',
    amount: quoteAmount,
    currency: 'USD',
    discountPercent: QUOTE_DISCOUNT,
    lineItems: [
      {
        product: PRODUCT_NAMES.annual,
        productId: productId('annual'),
        quantity: SEATS,
        unitPrice,
        discountPercent: QUOTE_DISCOUNT,
      },
    ],
    expiresAt: clock.daysAhead(9),
    ownerId: ALEX_ID,
    url: `https://app.hubspot.com/quotes/${HUBSPOT_PORTAL}/1042`,
    contactIds: [PRIYA_ID],
    companyDomain: DOMAIN,
  };

  const deal: Deal = {
    id: demoId('deal', 'northwind-fleet-rollout'),
    name: 'Northwind Traders — Fleet rollout',
    stage: 'Proposal',
    isClosed: false,
    amount: quoteAmount,
    currency: 'USD',
    ownerId: ALEX_ID,
    closeDate: clock.daysAhead(30),
    contactIds: [PRIYA_ID, JORDAN_ID],
    companyDomain: DOMAIN,
  };

  const quoteSubject = 'Quote Q-1042 for the annual plan';
  const outreach: Outreach[] = [
    {
      id: demoId('outreach', 'priya-raman:1'),
      contactId: PRIYA_ID,
      channel: 'email',
      direction: 'outbound',
      at: clock.daysAgo(11.8),
      byUserId: RILEY_ID,
      subject: 'Your Fleet Platform demo request',
    },
    {
      id: demoId('outreach', 'priya-raman:2'),
      contactId: PRIYA_ID,
      channel: 'meeting',
      direction: 'outbound',
      at: clock.daysAgo(8),
      byUserId: ALEX_ID,
      subject: 'Fleet Platform demo — Northwind Traders',
    },
    {
      id: demoId('outreach', 'priya-raman:3'),
      contactId: PRIYA_ID,
      channel: 'email',
      direction: 'outbound',
      at: clock.daysAgo(5),
      byUserId: ALEX_ID,
      subject: quoteSubject,
    },
    {
      id: demoId('outreach', 'priya-raman:4'),
      contactId: PRIYA_ID,
      channel: 'email',
      direction: 'inbound',
      at: clock.daysAgo(4),
      byUserId: ALEX_ID,
      subject: `Re: ${quoteSubject}`,
    },
    {
      id: demoId('outreach', 'jordan-lee:1'),
      contactId: JORDAN_ID,
      channel: 'email',
      direction: 'outbound',
      at: clock.daysAgo(1),
      byUserId: RILEY_ID,
      subject: "Telematics add-on for Northwind's 40 vehicles",
    },
  ];

  const marketing = [
    campaignEmail(clock, campaignByKey(AUTUMN_ANNUAL), PRIYA_ID, 'priya-raman', {
      openAfterMinutes: 95,
      clicks: [{ afterMinutes: 97 }],
    }),
    campaignEmail(clock, campaignByKey(NEWSLETTER_14), PRIYA_ID, 'priya-raman', { openAfterMinutes: 300 }),
    campaignEmail(clock, campaignByKey(SAP_LAUNCH), PRIYA_ID, 'priya-raman', {
      openAfterMinutes: 42,
      clicks: [{ afterMinutes: 44 }],
    }),
    campaignEmail(clock, campaignByKey(WEBINAR_FUEL), PRIYA_ID, 'priya-raman', { openAfterMinutes: 1_500 }),
    campaignEmail(clock, campaignByKey(NEWSLETTER_14), JORDAN_ID, 'jordan-lee', { sendDelayMinutes: 3 }),
    campaignEmail(clock, campaignByKey(AUTUMN_ANNUAL), JORDAN_ID, 'jordan-lee', {
      sendDelayMinutes: 2,
      openAfterMinutes: 600,
    }),
  ];

  return {
    contacts: [priya, jordan],
    policies: [
      { contactId: PRIYA_ID, flags: [] },
      { contactId: JORDAN_ID, flags: [] },
    ],
    forms: [demoRequest],
    marketing,
    quotes: [quote],
    deals: [deal],
    outreach,
  };
}
