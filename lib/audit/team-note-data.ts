import { z } from 'zod';
import type { AuditEntry } from '../model/audit';
import { EmailAddress, IsoDateTime, RecordId } from '../model/common';
import { DecisionAction, Evidence, RuleId, Severity } from '../model/warning';

/**
 * The decision in a timeline note, machine-readable: one line `[preflight-data:1:<base64url JSON>]` beside the
 * bullets a person reads. base64url keeps it one token of letters, digits, `-` and `_`: nothing in it is escaped
 * as HTML or broken across lines by the CRM. Versioned, so a later shape can be read next to this one.
 */
export const DATA_LINE = /^\[preflight-data:(\d+):([A-Za-z0-9_-]+)\]$/;
const VERSION = 1;

export const TeamNoteData = z.object({
  v: z.literal(VERSION),
  /** attemptId */
  a: RecordId,
  /** When the rep decided. */
  t: IsoDateTime,
  u: EmailAddress,
  site: z.enum(['gmail', 'linkedin']).optional(),
  r: z.array(z.string().max(2048)).max(500),
  d: DecisionAction,
  why: z.string().max(2000).optional(),
  w: z
    .array(
      z.object({
        r: RuleId,
        s: Severity,
        to: EmailAddress.optional(),
        ti: z.string().max(300),
        de: z.string().max(2000).optional(),
        ev: z.array(Evidence).max(20).optional(),
      }),
    )
    .max(2000),
  /** Set when detail, evidence, recipients or warnings were left out to fit the note. */
  cut: z.literal(true).optional(),
});
export type TeamNoteData = z.infer<typeof TeamNoteData>;

type Decided = Extract<AuditEntry, { type: 'decision' }>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function line(data: TeamNoteData): string {
  return `[preflight-data:${VERSION}:${toBase64Url(JSON.stringify(data))}]`;
}

/**
 * The data line of a decision, at most `maxChars` long. Too long in full, it sheds what the page can live
 * without, in this order: evidence, details, then the later warnings (halving) with the recipients only they were about.
 * `undefined` when not even the first warning fits: the note then carries the readable bullets only.
 */
export function encodeDecisionData(entry: Decided, maxChars: number): string | undefined {
  const full: TeamNoteData = {
    v: VERSION,
    a: entry.attemptId,
    t: entry.at,
    u: entry.userEmail,
    site: entry.site,
    r: entry.recipients,
    d: entry.action,
    ...(entry.reason ? { why: entry.reason } : {}),
    w: entry.warnings.map((w) => ({
      r: w.ruleId,
      s: w.severity,
      ...(w.recipient ? { to: w.recipient } : {}),
      ti: w.title,
      de: w.detail,
      ...(w.evidence.length > 0 ? { ev: w.evidence } : {}),
    })),
  };
  const fits = (data: TeamNoteData) => {
    const text = line(data);
    return text.length <= maxChars ? text : undefined;
  };
  const first = fits(full);
  if (first) return first;
  let cut: TeamNoteData = { ...full, cut: true, w: full.w.map(({ ev: _ev, ...w }) => w) };
  const noEvidence = fits(cut);
  if (noEvidence) return noEvidence;
  cut = { ...cut, w: cut.w.map(({ de: _de, ...w }) => w) };
  const noDetail = fits(cut);
  if (noDetail) return noDetail;
  for (let keep = cut.w.length; keep >= 1; keep = keep === 1 ? 0 : Math.ceil(keep / 2)) {
    const kept = cut.w.slice(0, keep);
    const warned = new Set(kept.flatMap((w) => (w.to ? [w.to] : [])));
    const text = fits({ ...cut, r: cut.r.filter((r) => warned.has(r)), w: kept });
    if (text) return text;
  }
  return undefined;
}

/** The decision of a data line, or `undefined` for anything that is not a valid line of a version we read. */
export function decodeDecisionData(text: string): TeamNoteData | undefined {
  const match = DATA_LINE.exec(text.trim());
  if (!match || Number(match[1]) !== VERSION) return undefined;
  try {
    const parsed = TeamNoteData.safeParse(JSON.parse(fromBase64Url(match[2]!)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Damaged base64 or JSON (a note edited by hand): unreadable, like any other foreign line.
    return undefined;
  }
}
