import type { Brief } from '../../lib/model/brief';
import { formatDate, formatRelative } from '../../lib/format/time';
import { SafeLink } from '../ui/SafeLink';
import { useNow } from '../ui/use-now';
import { Section } from './Section';

const LONG_ANSWER = 160;

/** What the contact told us: each form's actual answers, newest first. */
export function FormsSection({ brief }: { brief: Brief }) {
  const now = useNow();
  return (
    <Section
      title="What they told us"
      count={brief.forms.length}
      freshness={brief.freshness.forms}
      empty="No form submissions."
      isEmpty={brief.forms.length === 0}
      testId="forms"
    >
      <ul className="cards">
        {brief.forms.map((form) => (
          <li key={form.id} className="card">
            <div className="card-title">
              <SafeLink href={form.pageUrl}>{form.formName}</SafeLink>
            </div>
            <div className="card-meta">
              {formatDate(form.submittedAt)} · {formatRelative(form.submittedAt, now)}
              {form.pageTitle ? ` · ${form.pageTitle}` : ''}
            </div>
            <dl className="answers">
              {form.fields.map((field, index) => (
                <div key={`${field.label}-${index}`} className="answer">
                  <dt>{field.label}</dt>
                  <dd>{field.value.length > LONG_ANSWER ? <LongAnswer text={field.value} /> : field.value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function LongAnswer({ text }: { text: string }) {
  return (
    <details className="long-answer">
      <summary>{text.slice(0, LONG_ANSWER).trimEnd()}… (show all)</summary>
      <p>{text}</p>
    </details>
  );
}
