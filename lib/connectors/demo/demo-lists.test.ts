import { describe, expect, it } from 'vitest';
import { DANA_EMAIL, DEMO_ANCHOR, JONES_EMAIL, JORDAN_EMAIL, PRIYA_EMAIL } from '../../../tests/helpers/demo-db';
import { ContactListSummary, LIST_PAGE_MEMBERS, ListEmailsPage } from '../../model/contact-list';
import { demoConnector } from './demo-connector';
import { generateDemoWorkspace } from './generate-workspace';

async function allEmails(listId: string): Promise<string[]> {
  const out: string[] = [];
  let after: string | undefined;
  do {
    const page = ListEmailsPage.parse(await demoConnector.readListEmails!(listId, after));
    out.push(...page.emails);
    after = page.next;
  } while (after);
  return out;
}

describe('demo lists', () => {
  it('offers realistic lists with their sizes, searchable by name', async () => {
    const lists = await demoConnector.listContactLists!();
    expect(lists.map((l) => ContactListSummary.parse(l).name)).toEqual([
      'Q4 webinar attendees',
      'Trial sign-ups (last 30 days)',
      'Fleet newsletter subscribers',
    ]);
    expect(lists.every((l) => (l.size ?? 0) > 10)).toBe(true);
    expect((await demoConnector.listContactLists!('TRIAL')).map((l) => l.id)).toEqual(['demo-trial-30d']);
  });

  it('every member is a contact of the demo workspace, and the webinar list holds the held-back stories', async () => {
    const known = new Set(generateDemoWorkspace(DEMO_ANCHOR).contacts.flatMap((c) => c.emails));
    const lists = await demoConnector.listContactLists!();
    for (const list of lists) {
      const emails = await allEmails(list.id);
      expect(emails).toHaveLength(list.size ?? -1);
      expect(new Set(emails).size).toBe(emails.length);
      expect(emails.filter((e) => !known.has(e))).toEqual([]);
    }
    const webinar = await allEmails('demo-q4-webinar');
    expect(webinar).toEqual(expect.arrayContaining([PRIYA_EMAIL, JORDAN_EMAIL, DANA_EMAIL, JONES_EMAIL]));
  });

  it('pages by an offset cursor: one page holds a demo list, a cursor reads on from where it points', async () => {
    const first = await demoConnector.readListEmails!('demo-newsletter');
    const total = first.total ?? 0;
    expect(total).toBeGreaterThan(300);
    expect(total).toBeLessThanOrEqual(LIST_PAGE_MEMBERS);
    expect(first.next).toBeUndefined();
    const rest = await demoConnector.readListEmails!('demo-newsletter', '300');
    expect(rest.emails).toEqual(first.emails.slice(300));
    expect(rest.next).toBeUndefined();
  });

  it('an unknown list is an error, not an empty list', async () => {
    await expect(demoConnector.readListEmails!('demo-nope')).rejects.toThrow();
  });
});
