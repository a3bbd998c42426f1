import type { RowProblem, RowProblemKind } from '../../lib/campaign/input/types';

const KIND_LABELS: Record<RowProblemKind, string> = {
  invalid: 'not an address',
  duplicate: 'duplicate (checked once)',
  internal: 'internal address',
  empty: 'no address',
};

const SHOWN = 200;

/** The rows that were not checked, and why: counts per kind, then the rows themselves (the first 200). */
export function RowProblems({ problems, label }: { problems: readonly RowProblem[]; label: string }) {
  if (problems.length === 0) return null;
  const counts = new Map<RowProblemKind, number>();
  for (const p of problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const number = new Intl.NumberFormat();
  return (
    <section className="row-problems" aria-label="Rows not checked" data-testid="row-problems">
      <h2>
        {number.format(problems.length)} {problems.length === 1 ? 'row' : 'rows'} of {label} not checked
      </h2>
      <p>
        {[...counts].map(([kind, n]) => `${number.format(n)} ${KIND_LABELS[kind]}`).join(' · ')}. Invalid and internal
        rows go to neither list; duplicates are checked once.
      </p>
      <details>
        <summary>Show the rows</summary>
        <ul>
          {problems.slice(0, SHOWN).map((p) => (
            <li key={`${p.line}-${p.kind}-${p.raw}`} data-kind={p.kind}>
              Line {p.line}: {p.message}
            </li>
          ))}
        </ul>
        {problems.length > SHOWN ? <p>…and {number.format(problems.length - SHOWN)} more.</p> : null}
      </details>
    </section>
  );
}
