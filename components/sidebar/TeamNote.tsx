import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { request } from '../../lib/messaging/client';
import type { Brief } from '../../lib/model/brief';

/**
 * Lead feedback for the team ("asked for a call in January", "budget moved to Q3") written to the contact's CRM
 * timeline through the outbox. The text stays in the field until the background has queued it.
 */
export function TeamNote({ brief }: { brief: Brief }) {
  const fieldId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const email = brief.contact.emails[0];
  const add = useMutation({
    mutationFn: (note: string) => request({ type: 'contact/feedback', email: email!, text: note, requestId }),
    onSuccess: () => {
      setText('');
      setRequestId(crypto.randomUUID()); // the next note is a new one; a retry of this one is not
      setOpen(false);
    },
  });
  if (!email) return null;
  if (!open) {
    return (
      <div className="team-note">
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Add a note for the team…
        </button>
        {add.isSuccess ? (
          <span role="status" className="muted">
            {' '}
            {add.data.message}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <form
      className="team-note"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) add.mutate(text.trim());
      }}
    >
      <label htmlFor={fieldId}>Note for the team (goes on the CRM timeline)</label>
      <textarea id={fieldId} value={text} maxLength={2000} rows={3} onChange={(e) => setText(e.target.value)} />
      <button type="submit" disabled={add.isPending || !text.trim()}>
        {add.isPending ? 'Adding…' : 'Add note'}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {add.isError ? <p role="alert">Not added: {add.error.message}</p> : null}
    </form>
  );
}
