import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { request } from '../../lib/messaging/client';
import { LEAD_VERDICT_LABELS, LeadVerdict } from '../../lib/model/audit';
import type { Brief } from '../../lib/model/brief';
import { queryKeys } from '../../lib/query/keys';

/**
 * Lead feedback to marketing — good fit, not ready or bad fit, plus a note — on the contact's CRM timeline, so
 * marketing learns which leads were ready. Queued through the outbox; the text stays until it is queued.
 */
export function LeadFeedback({ brief }: { brief: Brief }) {
  const groupId = useId();
  const noteId = useId();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [verdict, setVerdict] = useState<LeadVerdict | null>(null);
  const [text, setText] = useState('');
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const email = brief.contact.emails[0];
  const send = useMutation({
    mutationFn: (input: { email: string; verdict: LeadVerdict; text: string }) =>
      request({ type: 'contact/feedback', ...input, requestId }),
    onSuccess: () => {
      setText('');
      setVerdict(null);
      setRequestId(crypto.randomUUID()); // the next feedback is a new one; a retry of this one is not
      setOpen(false);
      void client.invalidateQueries({ queryKey: queryKeys.all });
    },
  });
  if (!email) return null;
  if (!open) {
    return (
      <div className="lead-feedback">
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Lead feedback for marketing…
        </button>
        {send.isSuccess ? (
          <span role="status" className="muted">
            {' '}
            {send.data.message}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <form
      className="lead-feedback"
      onSubmit={(event) => {
        event.preventDefault();
        if (verdict) send.mutate({ email, verdict, text: text.trim() });
      }}
    >
      <fieldset aria-labelledby={groupId}>
        <legend id={groupId}>Is this lead ready for sales?</legend>
        {LeadVerdict.options.map((option) => (
          <label key={option} className="inline">
            <input
              type="radio"
              name={`verdict-${groupId}`}
              value={option}
              checked={verdict === option}
              onChange={() => setVerdict(option)}
            />{' '}
            {LEAD_VERDICT_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={noteId}>Note (optional, goes on the CRM timeline)</label>
      <textarea id={noteId} value={text} maxLength={2000} rows={3} onChange={(e) => setText(e.target.value)} />
      <button type="submit" disabled={send.isPending || !verdict}>
        {send.isPending ? 'Sending…' : 'Send feedback'}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {send.isError ? <p role="alert">Not sent: {send.error.message}</p> : null}
    </form>
  );
}
