import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { CampaignPage } from './pages/campaign-page';

// A marketer's export: BOM, CRLF, a quoted name with a comma, a display-name address, a duplicate in other case,
// an internal address, a broken one, and people from the demo workspace with every reason to hold them back.
const CSV =
  '\uFEFFFirst name,Last name,E-mail address,Segment\r\n' +
  'Priya,Raman,priya.raman@northwind-traders.com,fleet\r\n' +
  'Jordan,Lee,jordan.lee@northwind-traders.com,fleet\r\n' +
  'Dana,Whitfield,dana.whitfield@contoso.io,renewal\r\n' +
  'D.,Jones,d.jones@riverside-clinic.example,clinic\r\n' +
  '"Smith, Jr.",Sam,"Sam Smith <sam.smith@new-prospect.example>",new\r\n' +
  'Priya,again,PRIYA.RAMAN@northwind-traders.com,dup\r\n' +
  'Alex,Morgan,alex.morgan@example.com,internal\r\n' +
  'Bad,Row,not-an-address,broken\r\n';

function rows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

test('campaign check: upload a CSV, see the counts, download both lists', async ({ xb }) => {
  const campaign = await CampaignPage.open(xb);
  await campaign.upload('winter-promo.csv', CSV);
  await campaign.check();
  await campaign.page.waitForText(/Checked 5 recipients/);

  // Priya (quote + deal), Jordan (rep wrote yesterday), Dana (opted out), D. Jones (unsubscribed from marketing).
  expect(await campaign.count('held')).toBe('4');
  expect(await campaign.count('not-in-crm')).toBe('1');
  const problems = await campaign.page.textOf('[data-testid="row-problems"]');
  expect(problems).toContain('3 rows of winter-promo.csv not checked');
  expect(problems).toMatch(/1 duplicate.*1 internal address.*1 not an address|1 not an address.*1 duplicate/);

  const suppression = rows(await campaign.download('Download suppression list'));
  expect(Object.keys(suppression[0] ?? {})[0]).toBe('email');
  const reasons = Object.fromEntries(suppression.map((r) => [r['email'], r['reasons']?.split(';') ?? []]));
  expect(Object.keys(reasons).sort()).toEqual([
    'd.jones@riverside-clinic.example',
    'dana.whitfield@contoso.io',
    'jordan.lee@northwind-traders.com',
    'priya.raman@northwind-traders.com',
  ]);
  expect(reasons['priya.raman@northwind-traders.com']).toEqual(expect.arrayContaining(['open-quote', 'active-deal']));
  expect(reasons['jordan.lee@northwind-traders.com']).toContain('duplicate-outreach');
  expect(reasons['dana.whitfield@contoso.io']).toContain('do-not-contact');
  expect(reasons['d.jones@riverside-clinic.example']).toContain('do-not-contact');
  // The marketer's own columns come back.
  expect(suppression.find((r) => r['email']?.startsWith('priya'))?.['Segment']).toBe('fleet');

  const clean = rows(await campaign.download('Download clean list'));
  expect(clean.map((r) => [r['email'], r['reasons'], r['note']])).toEqual([
    ['sam.smith@new-prospect.example', '', 'not in CRM'],
  ]);
  expect(clean[0]?.['First name']).toBe('Smith, Jr.');
  await campaign.page.close();
});

test('campaign check: pasted addresses and a campaign offer that clashes with an open quote', async ({ xb }) => {
  const campaign = await CampaignPage.open(xb);
  await campaign.page.evaluate(() => {
    const set = (label: string, value: string) => {
      const l = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
      const field = document.getElementById(l?.htmlFor ?? '') as HTMLInputElement | HTMLTextAreaElement;
      const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('Recipients', '"Raman, Priya" <priya.raman@northwind-traders.com>; nobody@new-prospect.example');
    set('Campaign offer', '20% off annual plans');
  }, undefined);
  await campaign.check();
  await campaign.page.waitForText(/Checked 2 recipients/);
  const priya = await campaign.page.textOf('[data-email="priya.raman@northwind-traders.com"]');
  expect(priya).toContain('Offer conflicts with a quote');
  const suppression = rows(await campaign.download('Download suppression list'));
  expect(suppression[0]?.['reasons']?.split(';')).toEqual(expect.arrayContaining(['quote-offer-conflict']));
  await campaign.page.close();
});

test('campaign check: choose a HubSpot list (the demo’s), check it, and see who is held back', async ({ xb }) => {
  const campaign = await CampaignPage.open(xb);
  await campaign.chooseList('Q4 webinar attendees');
  const ready = await campaign.page.textOf('[data-testid="list-ready"]');
  const listed = Number(/: ([\d,]+) recipients will be checked/.exec(ready)?.[1]?.replace(/,/g, ''));
  expect(listed).toBeGreaterThan(4);
  await campaign.check();
  await campaign.page.waitForText(new RegExp(`Checked ${listed} recipients`));

  // Priya (quote + deal), Jordan (rep wrote yesterday), Dana (opted out) and Dr. Jones (unsubscribed) are on the list.
  expect(Number(await campaign.count('held'))).toBeGreaterThanOrEqual(4);
  expect(await campaign.count('not-in-crm')).toBe('0');
  const held = rows(await campaign.download('Download suppression list')).map((r) => r['email']);
  expect(held).toEqual(
    expect.arrayContaining([
      'priya.raman@northwind-traders.com',
      'jordan.lee@northwind-traders.com',
      'dana.whitfield@contoso.io',
      'd.jones@riverside-clinic.example',
    ]),
  );
  expect(held).toHaveLength(Number(await campaign.count('held')));
  await campaign.page.close();
});
