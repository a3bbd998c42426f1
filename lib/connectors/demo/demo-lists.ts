import type { ContactListSummary, ListEmailsPage } from '../../model/contact-list';
import { LIST_PAGE_MEMBERS } from '../../model/contact-list';
import { DEMO_SEED } from './generate-workspace';
import { createClock } from './clock';
import { generateContacts } from './generated-contacts';
import { storyRecords } from './story-contacts';

interface DemoList extends Omit<ContactListSummary, 'size'> {
  emails: readonly string[];
}

/**
 * A few lists a marketer would have in HubSpot, built from the demo's own contacts so a check against one shows
 * people held back for every reason (the story contacts) among a crowd of ordinary ones. Members are picked by
 * fixed strides, so every machine sees the same lists; addresses do not depend on the date, so any anchor works.
 */
function buildDemoLists(): DemoList[] {
  const clock = createClock(new Date(0));
  const story = storyRecords(clock).contacts;
  const storyEmail = (name: string) => story.find((c) => c.emails[0]?.startsWith(name))?.emails[0] ?? '';
  const generated = generateContacts(DEMO_SEED, clock, new Set(story.flatMap((c) => c.emails))).flatMap(
    (person) => person.contact.emails[0] ?? [],
  );
  const every = (step: number, offset: number) => generated.filter((_, i) => i % step === offset);
  return [
    {
      id: 'demo-q4-webinar',
      name: 'Q4 webinar attendees',
      processingType: 'MANUAL',
      // Priya (open quote, active deal), Jordan (a rep wrote yesterday), Dana (opted out), Dr. Jones (unsubscribed).
      emails: [
        storyEmail('priya.raman'),
        ...every(8, 0),
        storyEmail('jordan.lee'),
        storyEmail('dana.whitfield'),
        storyEmail('d.jones'),
      ],
    },
    {
      id: 'demo-trial-30d',
      name: 'Trial sign-ups (last 30 days)',
      processingType: 'DYNAMIC',
      emails: [storyEmail('oleh.petrenko'), ...every(11, 3), storyEmail('m.ivanova')],
    },
    {
      id: 'demo-newsletter',
      name: 'Fleet newsletter subscribers',
      processingType: 'DYNAMIC',
      emails: [...generated, storyEmail('priya.raman'), storyEmail('d.jones')],
    },
  ].map((list) => ({ ...list, emails: list.emails.filter(Boolean) }));
}

let built: DemoList[] | undefined;
const demoLists = () => (built ??= buildDemoLists());

/** The demo lists whose name contains `query` (all of them without one). */
export function demoContactLists(query = ''): ContactListSummary[] {
  const wanted = query.trim().toLowerCase();
  return demoLists()
    .filter((list) => list.name.toLowerCase().includes(wanted))
    .map(({ emails, ...list }) => ({ ...list, size: emails.length }));
}

/** One page of a demo list; the cursor is the offset of the next member. A list that is not there throws. */
export function demoListEmails(listId: string, after?: string): ListEmailsPage {
  const list = demoLists().find((l) => l.id === listId);
  if (!list) throw new Error('No such demo list');
  const start = after && /^\d{1,7}$/.test(after) ? Number(after) : 0;
  const end = start + LIST_PAGE_MEMBERS;
  return {
    emails: list.emails.slice(start, end),
    withoutEmail: 0,
    unread: 0,
    total: list.emails.length,
    ...(end < list.emails.length ? { next: String(end) } : {}),
  };
}
