import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { AuditPage } from './pages/audit-page';
import { GmailCompose } from './pages/gmail-compose';
import { GuardDialog } from './pages/guard-dialog';

test.describe('manager audit page (demo workspace)', () => {
  test('a decision made in Gmail is on the audit page with its reason and evidence, and in the CSV export', async ({
    xb,
  }) => {
    // A reason no demo decision uses, so the search finds this rep's decision only.
    const reason = `Dana asked for this renewal reply on the phone ${Date.now()}`;
    const compose = await GmailCompose.open(xb);
    await compose.fill({
      to: ['dana.whitfield@contoso.io'],
      subject: 'Contract renewal',
      body: 'Hi Dana, as promised on the phone, the renewal terms.',
    });
    await compose.clickSend();
    const dialog = new GuardDialog(compose.page);
    await dialog.waitOpen();
    await dialog.typeReason(reason);
    await dialog.press('Send anyway');
    await expect.poll(async () => (await compose.sent()).length).toBe(1);
    await compose.close();

    const audit = await AuditPage.open(xb);
    // The demo's month of team decisions is there before any filter.
    await expect.poll(() => audit.total(), { timeout: 15_000 }).toBeGreaterThan(100);
    const everything = await audit.total();

    await audit.filter('Search', reason);
    await expect.poll(() => audit.total(), { timeout: 15_000 }).toBeLessThan(everything);
    await expect
      .poll(async () => (await audit.rows()).map((r) => `${r.rule}/${r.decision}`))
      .toContain('do-not-contact/sent_anyway');
    const rows = await audit.rows();
    expect(rows.every((r) => r.text.includes('Dana') || r.text.includes('dana.whitfield'))).toBe(true);

    const evidence = await audit.openRow('do-not-contact', 'sent_anyway');
    expect(evidence).toContain(reason);
    expect(evidence).toContain('This browser');
    expect(evidence).toMatch(/opted out|unsubscribed|do not contact/i);

    const csv = await audit.exportCsv();
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['at', 'rep', 'site']);
    expect(parsed.data.length).toBe(await audit.total());
    const ours = parsed.data.find((r) => r['rule'] === 'do-not-contact' && r['decision'] === 'sent_anyway');
    expect(ours?.['reason']).toBe(reason);
    expect(ours?.['origin']).toBe('local');
  });
});
