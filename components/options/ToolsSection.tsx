import { useId } from 'react';
import { ToolPageLink } from '../ui/ToolPageLink';

/** The full-page tools, for the marketer and the manager who come to the settings looking for them. */
export function ToolsSection() {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="panel tools">
      <h2 id={headingId}>Tools</h2>
      <ul>
        <li>
          <ToolPageLink page="campaign" />
          <span className="hint">Before a campaign goes out: which recipients to leave off, and why.</span>
        </li>
        <li>
          <ToolPageLink page="audit" />
          <span className="hint">Every warning shown before a send, and what the rep decided.</span>
        </li>
      </ul>
    </section>
  );
}
