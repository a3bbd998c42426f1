/**
 * Record ids follow the model's `<source>:<id in that source>` rule; the demo's "id in source" carries the
 * record kind so a stray id in a log says what it was ("demo:quote:q-1042").
 */
export type DemoRecordKind =
  'user' | 'product' | 'contact' | 'form' | 'campaign' | 'mkt' | 'quote' | 'deal' | 'outreach';

export function demoId(kind: DemoRecordKind, key: string): string {
  return `demo:${kind}:${key}`;
}
