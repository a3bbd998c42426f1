import { useState } from 'react';
import { isSuppressed, listsAsCsv, noticeText, ownerNotices, type CheckedRecipient } from '../../lib/campaign/results';
import type { CampaignOwner } from '../../lib/model/campaign';
import { request } from '../../lib/messaging/client';
import { downloadText, fileSlug } from '../ui/download';

interface Props {
  campaign: string;
  offer: string;
  columns: string[];
  checked: readonly CheckedRecipient[];
  owners: ReadonlyMap<string, CampaignOwner>;
  byReason: Record<string, number>;
}

/** Downloads of both lists, copying their addresses, and "notify owners" (recorded in the audit log). */
export function CampaignActions({ campaign, offer, columns, checked, owners, byReason }: Props) {
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  const [notices, setNotices] = useState<ReturnType<typeof ownerNotices> | undefined>();
  const slug = fileSlug(campaign);

  function download(which: 'suppression' | 'clean') {
    const lists = listsAsCsv(columns, checked, owners);
    downloadText(`${slug}-${which === 'suppression' ? 'suppression-list' : 'clean-list'}.csv`, lists[which]);
  }

  async function copy(which: 'suppression' | 'clean') {
    const emails = checked
      .filter((c) => isSuppressed(c.verdict) === (which === 'suppression'))
      .map((c) => c.verdict.email);
    try {
      await navigator.clipboard.writeText(emails.join('\n'));
      setMessage({ text: `Copied ${new Intl.NumberFormat().format(emails.length)} addresses.` });
    } catch {
      setMessage({ text: 'The browser did not allow copying. Use the download instead.', error: true });
    }
  }

  async function notify() {
    const list = ownerNotices(checked, owners);
    if (list.length === 0) {
      setMessage({ text: 'No held-back recipient has an owner to notify.' });
      return;
    }
    try {
      await request({
        type: 'campaign/notify',
        campaign,
        ...(offer ? { offer } : {}),
        total: checked.length,
        held: checked.filter((c) => isSuppressed(c.verdict)).length,
        byReason,
        notices: list.slice(0, 500).map((n) => ({
          ownerId: n.owner.id,
          name: n.owner.name,
          ...(n.owner.email ? { email: n.owner.email } : {}),
          count: n.count,
          text: noticeText(n, campaign).slice(0, 2000),
        })),
      });
      setNotices(list);
      setMessage({
        text: `Recorded in the audit log: ${list.length} ${list.length === 1 ? 'owner' : 'owners'} to notify.`,
      });
    } catch (error) {
      setMessage({ text: `Not recorded: ${error instanceof Error ? error.message : 'try again'}.`, error: true });
    }
  }

  return (
    <section className="campaign-actions" aria-label="Lists">
      <div className="button-row">
        <button type="button" className="primary" onClick={() => download('suppression')}>
          Download suppression list
        </button>
        <button type="button" className="primary" onClick={() => download('clean')}>
          Download clean list
        </button>
        <button type="button" onClick={() => void copy('suppression')}>
          Copy held-back addresses
        </button>
        <button type="button" onClick={() => void copy('clean')}>
          Copy clean addresses
        </button>
        <button type="button" onClick={() => void notify()}>
          Notify owners
        </button>
      </div>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : 'muted'}>
          {message.text}
        </p>
      ) : null}
      {notices ? (
        <ul className="notices" aria-label="Summaries for owners">
          {notices.map((n) => {
            const text = noticeText(n, campaign);
            return (
              <li key={n.owner.id} className="card">
                <div className="card-title">
                  {n.owner.name} · {n.count}
                </div>
                <p>{text}</p>
                <div className="button-row">
                  <button type="button" onClick={() => void navigator.clipboard.writeText(text)}>
                    Copy message for {n.owner.name}
                  </button>
                  {n.owner.email ? (
                    <a
                      href={`mailto:${encodeURIComponent(n.owner.email)}?subject=${encodeURIComponent(`Campaign “${campaign}”: your contacts`)}&body=${encodeURIComponent(text)}`}
                    >
                      Email {n.owner.name}
                    </a>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
