import type { Clock } from './clock';
import { appendRecords, emptyRecords, type DemoRecords } from './records';
import { internationalStoryRecords } from './story-international';
import { northwindRecords } from './story-northwind';
import { policyStoryRecords } from './story-policy';

export { JORDAN_ID, PRIYA_ID, Q1042_ID } from './story-northwind';
export { DANA_ID, JONES_ID } from './story-policy';
export { MARIA_ID, OLEH_ID, Q1057_ID } from './story-international';

/**
 * The hand-written contacts the guided demo, the docs and the tests talk about by name. Their emails are
 * reserved: the generator never hands them (or their domains) to a generated contact.
 */
export const STORY_DOMAINS: readonly string[] = [
  'northwind-traders.com',
  'contoso.io',
  'riverside-clinic.example',
  'kyiv-agro.example',
  'sever-logistic.example',
];

export function storyRecords(clock: Clock): DemoRecords {
  const records = emptyRecords();
  appendRecords(records, northwindRecords(clock));
  appendRecords(records, policyStoryRecords(clock));
  appendRecords(records, internationalStoryRecords(clock));
  return records;
}
