import { useRef, type KeyboardEvent } from 'react';
import type { PersonOnPage } from '../../lib/model/page-context';

interface PersonSwitcherProps {
  people: PersonOnPage[];
  selected: number;
  onSelect: (index: number) => void;
}

const ROLE_LABELS = {
  sender: 'sender',
  participant: 'on thread',
  recipient: 'recipient',
  profile: 'profile',
  record: 'record',
} as const;

/** Lets the rep switch between the external people on screen; arrow keys move like any tab list. */
export function PersonSwitcher({ people, selected, onSelect }: PersonSwitcherProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  if (people.length < 2) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (selected + step + people.length) % people.length;
    onSelect(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="switcher" role="tablist" aria-label="People on this page" onKeyDown={onKeyDown}>
      {people.map((person, index) => (
        <button
          key={person.email ?? person.linkedinUrl ?? person.crmRecord?.id ?? index}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          role="tab"
          aria-selected={index === selected}
          tabIndex={index === selected ? 0 : -1}
          onClick={() => onSelect(index)}
          className="switcher-tab"
        >
          <span className="switcher-name">{person.name ?? person.email ?? 'Unknown'}</span>
          <span className="switcher-role">{ROLE_LABELS[person.role]}</span>
        </button>
      ))}
    </div>
  );
}
