import type { z } from 'zod';
import { IsoDateTime } from '../../model/common';

/** What a mapper returns: the records it could build and what it could not (ids and field names only, no values). */
export interface MapResult<T> {
  records: T[];
  partial: string[];
}

export type HubSpotObjectKind =
  | 'contact'
  | 'deal'
  | 'quote'
  | 'line_item'
  | 'product'
  | 'owner'
  | 'form'
  | 'mkt'
  | 'campaign'
  | 'email'
  | 'call'
  | 'meeting';

/** Our record id for a HubSpot object: `hubspot:<portalId>:<kind>:<id>`. */
export function hubspotId(portalId: string, kind: HubSpotObjectKind, id: string | number): string {
  return `hubspot:${portalId}:${kind}:${id}`;
}

/** Describes zod issues by path and code only: messages may quote the rejected value. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'} (${issue.code})`)
    .join(', ');
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export function parseWith<S extends z.ZodType>(schema: S, data: unknown, label: string): Parsed<z.infer<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: `${label}: ${describeIssues(result.error)}` };
}

/** The HubSpot id of a raw record, when it has one, for partial reports of records that failed parsing. */
export function rawId(record: unknown): string {
  if (typeof record === 'object' && record !== null && 'id' in record) {
    const id = (record as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id).slice(0, 40);
  }
  return '?';
}

/** Parses each record on its own; failures go to `partial` with the record id and failing paths. */
export function parseEach<S extends z.ZodType>(
  schema: S,
  records: readonly unknown[],
  label: string,
  partial: string[],
): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const record of records) {
    const parsed = parseWith(schema, record, `${label} ${rawId(record)}`);
    if (parsed.ok) out.push(parsed.value);
    else partial.push(parsed.problem);
  }
  return out;
}

// ---------- property value conversion ----------

export function text(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Numeric property ("38400.00"); `undefined` when empty, `NaN` never escapes. */
export function num(value: string | null | undefined): number | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const TRUE_VALUES = new Set(['true', 'yes', '1', 'on', 'y']);
const FALSE_VALUES = new Set(['false', 'no', '0', 'off', 'n']);

/** Boolean-ish property: `undefined` for empty, `'unknown'` for a value that is neither. */
export function bool(value: string | null | undefined): boolean | 'unknown' | undefined {
  const t = text(value)?.toLowerCase();
  if (t === undefined) return undefined;
  if (TRUE_VALUES.has(t)) return true;
  if (FALSE_VALUES.has(t)) return false;
  return 'unknown';
}

/** ISO date-time from an ISO string or epoch milliseconds (both occur); `undefined` if neither. */
export function isoDate(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  let ms: number;
  if (typeof value === 'number') ms = value;
  else {
    const t = value.trim();
    if (t === '') return undefined;
    ms = /^\d+$/.test(t) ? Number(t) : Date.parse(t);
  }
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return IsoDateTime.safeParse(iso).success ? iso : undefined;
}

export function httpsUrl(value: string | null | undefined): string | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  try {
    const url = new URL(t);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
