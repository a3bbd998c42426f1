import { DoNotContactKind, type DoNotContactFlag } from '../../model/contact-policy';
import type { Clock } from './clock';
import { createCommercialSequence, generateCommercial } from './generated-commercial';
import type { GeneratedPerson } from './generated-contacts';
import { generateForms } from './generated-forms';
import { buildMarketing, planMarketing } from './generated-marketing';
import { generateOutreach } from './generated-outreach';
import { applyFlag } from './generated-policy';
import { createRng, hashSeed } from './prng';
import { emptyRecords, type DemoRecords } from './records';

/** Share of generated contacts with a do-not-contact flag. */
const FLAG_REACH = 0.08;

/**
 * Everything that happened to the generated contacts. Each contact draws from its own PRNG stream
 * (seeded by its key), so tuning one part of the generator does not reshuffle every other contact.
 */
export function generateActivity(seed: number, clock: Clock, people: readonly GeneratedPerson[]): DemoRecords {
  const records = emptyRecords();
  const sequence = createCommercialSequence();
  // Flag kinds rotate so every kind shows up in the demo, in roughly equal numbers.
  let flagged = 0;

  for (const person of people) {
    const rng = createRng(hashSeed(seed, `activity:${person.key}`));
    records.contacts.push(person.contact);

    const forms = generateForms(clock, rng, person);
    let plan = planMarketing(person, rng);
    const flags: DoNotContactFlag[] = [];
    if (rng.chance(FLAG_REACH)) {
      const kind = DoNotContactKind.options[flagged++ % DoNotContactKind.options.length] as DoNotContactKind;
      const applied = applyFlag(kind, clock, rng, plan);
      flags.push(applied.flag);
      plan = applied.plan;
    }
    const { quotes, deals } = generateCommercial(person, clock, rng, sequence);
    const outreach = generateOutreach(person, clock, rng, { forms, quotes, flags });

    records.policies.push({ contactId: person.contact.id, flags });
    records.forms.push(...forms);
    records.marketing.push(...buildMarketing(clock, person, plan));
    records.quotes.push(...quotes);
    records.deals.push(...deals);
    records.outreach.push(...outreach);
  }
  return records;
}
