import type { Contact } from '../../model/contact';
import type { Deal } from '../../model/deal';
import type { Outreach } from '../../model/outreach';
import { listPrice } from './catalog';
import { campaignByKey, campaignEmail, NEWSLETTER_13, NEWSLETTER_14, WEBINAR_FUEL } from './campaigns';
import type { Clock } from './clock';
import { demoId } from './ids';
import { RILEY_ID, TAYLOR_ID } from './people';
import { appendRecords, emptyRecords, type DemoRecords } from './records';

/**
 * The two do-not-contact stories. Dana opted out of all email (a sales email to her must be blocked);
 * Dr. Jones only unsubscribed from marketing (a 1:1 sales email is allowed, a promo blast is not).
 * Their marketing history ends with the unsubscribe, so the data tells the same story as the flag.
 */
export const DANA_ID = demoId('contact', 'dana-whitfield');
export const JONES_ID = demoId('contact', 'daniel-jones');

const DANA_OPT_OUT_DAYS_AGO = 30;
/** Jones unsubscribed from the issue-14 newsletter (sent 16 days ago) about five hours after it arrived. */
const JONES_UNSUBSCRIBE_MINUTES = 300;

function danaRecords(clock: Clock): DemoRecords {
  const dana: Contact = {
    id: DANA_ID,
    source: 'demo',
    crmIds: { hubspot: { portalId: '4455667', id: '98765430077' }, salesforce: { id: '003Dn00000LmPq7AAB' } },
    emails: ['dana.whitfield@contoso.io'],
    linkedinUrl: 'https://www.linkedin.com/in/dana-whitfield-3e8d21/',
    name: 'Dana Whitfield',
    title: 'VP Logistics',
    company: { name: 'Contoso', domain: 'contoso.io' },
    ownerId: TAYLOR_ID,
    updatedAt: clock.daysAgo(DANA_OPT_OUT_DAYS_AGO),
  };
  const seats = 85;
  const renewal: Deal = {
    id: demoId('deal', 'contoso-renewal-2025'),
    name: 'Contoso — 2025 renewal',
    stage: 'Closed won',
    isClosed: true,
    amount: seats * listPrice('annual', 'USD'),
    currency: 'USD',
    ownerId: TAYLOR_ID,
    closeDate: clock.daysAgo(48),
    contactIds: [DANA_ID],
    companyDomain: 'contoso.io',
  };
  const outreach: Outreach[] = [
    {
      id: demoId('outreach', 'dana-whitfield:1'),
      contactId: DANA_ID,
      channel: 'email',
      direction: 'outbound',
      at: clock.daysAgo(63),
      byUserId: TAYLOR_ID,
      subject: 'Contoso renewal: updated order form',
    },
    {
      id: demoId('outreach', 'dana-whitfield:2'),
      contactId: DANA_ID,
      channel: 'call',
      direction: 'outbound',
      at: clock.daysAgo(55),
      byUserId: TAYLOR_ID,
      subject: 'Renewal terms call',
    },
    {
      id: demoId('outreach', 'dana-whitfield:3'),
      contactId: DANA_ID,
      channel: 'email',
      direction: 'inbound',
      at: clock.daysAgo(DANA_OPT_OUT_DAYS_AGO + 0.5),
      byUserId: TAYLOR_ID,
      subject: 'Please stop emailing me',
    },
  ];
  // Her last marketing email is where she clicked "unsubscribe from all" — exactly when the flag starts.
  const lastNewsletter = campaignByKey(NEWSLETTER_13);
  const unsubscribeMinutes = (lastNewsletter.sentDaysAgo - DANA_OPT_OUT_DAYS_AGO) * 24 * 60;
  const marketing = [
    campaignEmail(clock, campaignByKey('spring-addon'), DANA_ID, 'dana-whitfield', { openAfterMinutes: 180 }),
    campaignEmail(clock, lastNewsletter, DANA_ID, 'dana-whitfield', {
      openAfterMinutes: unsubscribeMinutes - 2,
      unsubscribeAfterMinutes: unsubscribeMinutes,
    }),
  ];
  return {
    contacts: [dana],
    policies: [
      {
        contactId: DANA_ID,
        flags: [
          {
            kind: 'email_opt_out',
            channel: 'email',
            source: 'Unsubscribe from all email (preference center)',
            since: clock.daysAgo(DANA_OPT_OUT_DAYS_AGO),
            note: 'Asked to stop all email after the 2025 renewal',
          },
        ],
      },
    ],
    forms: [],
    marketing,
    quotes: [],
    deals: [renewal],
    outreach,
  };
}

function jonesRecords(clock: Clock): DemoRecords {
  const jones: Contact = {
    id: JONES_ID,
    source: 'demo',
    crmIds: { hubspot: { portalId: '4455667', id: '98765431342' } },
    emails: ['d.jones@riverside-clinic.example'],
    name: 'Dr. Daniel Jones',
    title: 'Medical Director',
    company: { name: 'Riverside Clinic', domain: 'riverside-clinic.example' },
    ownerId: RILEY_ID,
    updatedAt: clock.daysAgo(16),
  };
  const newsletter14 = campaignByKey(NEWSLETTER_14);
  const unsubscribedAt = clock.minutesAfter(clock.daysAgo(newsletter14.sentDaysAgo), JONES_UNSUBSCRIBE_MINUTES);
  const marketing = [
    campaignEmail(clock, campaignByKey(NEWSLETTER_13), JONES_ID, 'daniel-jones', {
      openAfterMinutes: 95,
      clicks: [{ afterMinutes: 97, url: 'https://www.example.com/safety/crash-detection?utm_campaign=newsletter-13' }],
    }),
    campaignEmail(clock, campaignByKey(WEBINAR_FUEL), JONES_ID, 'daniel-jones', {
      openAfterMinutes: 40,
      clicks: [{ afterMinutes: 43, url: 'https://www.example.com/safety/driver-fatigue?utm_campaign=webinar-fuel' }],
    }),
    campaignEmail(clock, newsletter14, JONES_ID, 'daniel-jones', {
      openAfterMinutes: JONES_UNSUBSCRIBE_MINUTES - 10,
      clicks: [
        {
          afterMinutes: JONES_UNSUBSCRIBE_MINUTES - 8,
          url: 'https://www.example.com/safety/driver-safety-module?utm_campaign=newsletter-14',
        },
      ],
      unsubscribeAfterMinutes: JONES_UNSUBSCRIBE_MINUTES,
    }),
  ];
  return {
    contacts: [jones],
    policies: [
      {
        contactId: JONES_ID,
        flags: [
          {
            kind: 'marketing_unsubscribed',
            channel: 'email',
            source: 'Unsubscribe link (marketing emails)',
            since: unsubscribedAt,
            note: 'Does not want unsolicited marketing email; sales contact allowed',
          },
        ],
      },
    ],
    marketing,
    forms: [
      {
        id: demoId('form', 'daniel-jones:safety-data-sheet'),
        contactId: JONES_ID,
        formName: 'Download safety data sheet',
        pageUrl: 'https://www.example.com/safety/data-sheet',
        pageTitle: 'Driver safety module — safety data sheet',
        submittedAt: clock.daysAgo(44),
        fields: [
          { label: 'Organisation', value: 'Riverside Clinic' },
          { label: 'Organisation type', value: 'Outpatient clinic with its own patient transport' },
          { label: 'Number of vehicles', value: '6 patient transport vans' },
          {
            label: 'What are you looking for?',
            value:
              'Evidence on fatigue alerts and crash detection for our patient transport drivers. ' +
              'Our board asks how the data is stored and who can see it.',
          },
        ],
      },
    ],
    quotes: [],
    deals: [],
    outreach: [
      {
        id: demoId('outreach', 'daniel-jones:1'),
        contactId: JONES_ID,
        channel: 'email',
        direction: 'outbound',
        at: clock.daysAgo(43),
        byUserId: RILEY_ID,
        subject: 'Your safety data sheet, and a question about your vans',
      },
    ],
  };
}

export function policyStoryRecords(clock: Clock): DemoRecords {
  return appendRecords(appendRecords(emptyRecords(), danaRecords(clock)), jonesRecords(clock));
}
