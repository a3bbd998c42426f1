import type { PageContext } from '../../lib/model/page-context';

const HINTS: Partial<Record<PageContext['view'], string>> = {
  thread_list: 'Open an email thread to see the brief of its sender.',
  compose: 'Add a recipient to see their brief.',
  profile: 'No one could be read from this profile.',
  record: 'This record has no person Preflight can look up.',
  other: 'Open a person’s page (a thread, a profile or a record) to see their brief.',
};

/** A supported page with no customer on it: says what to do instead of showing nothing. */
export function EmptyView({ context, onlyInternal }: { context: PageContext; onlyInternal: boolean }) {
  return (
    <div className="state" role="status" data-state="empty">
      <p>
        {onlyInternal
          ? 'Everyone on this thread is a colleague: there is no customer brief to show.'
          : (HINTS[context.view] ?? HINTS.other)}
      </p>
    </div>
  );
}
