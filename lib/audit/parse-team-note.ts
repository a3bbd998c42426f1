import type { TeamNote } from '../model/team-decisions';
import { EMAIL_PATTERN } from '../model/patterns';
import { type DecisionAction, type RuleId, Severity } from '../model/warning';
import { attemptRows, type AuditDecision, type AuditRow, type AuditRuleId, type RowContext } from './row';
import { decodeDecisionData } from './team-note-data';

const MARKER_LINE = /^\[preflight-decision:([^\]\s]{1,200})\]$/;
const TITLE_LINE = /^Preflight: (\S+) (went back to edit|cancelled the send|sent anyway)$/;
const BULLET_LINE = /^• \[(block|confirm|notice)\] (.*?)(?: \(([^()\s]+@[^()\s]+)\))?$/;

const ACTION_OF_WORDS: Record<string, DecisionAction> = {
  'went back to edit': 'edited',
  'cancelled the send': 'cancelled',
  'sent anyway': 'sent_anyway',
};

/**
 * The rule of an old note's bullet, from the guard's own title wording (lib/conflicts/rules). Order matters:
 * "Differs from campaign offer" before the duplicate-outreach verbs. `unknown` rather than a guess.
 */
const RULE_BY_TITLE: readonly (readonly [RegExp, RuleId])[] = [
  [/^(Legal hold|Email-only flag)|unsubscribed|opted out|do not (contact|call|email)|bounced/i, 'do-not-contact'],
  [/campaign offer/i, 'campaign-offer-conflict'],
  [/open quote|than quote/i, 'quote-offer-conflict'],
  [/^Deal owned by/i, 'deal-owner'],
  [/^Not in CRM|^Could not load|CRM data for .* is missing|could not run this check/i, 'unknown-recipient'],
  [/\b(emailed|called|met|messaged|contacted|wrote to|booked)\b/i, 'duplicate-outreach'],
];

export function ruleFromTitle(title: string): AuditRuleId {
  return RULE_BY_TITLE.find(([pattern]) => pattern.test(title))?.[1] ?? 'unknown';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The note's lines as text. The guard writes `<strong>title</strong><br>line<br>…`; the CRM may rewrap it in
 * paragraphs or divs. Parsed as text with patterns, never as DOM: no innerHTML, nothing from the CRM is rendered.
 */
export function noteLines(html: string): string[] {
  const text = html
    .replace(/<br\s*\/?>|<\/(p|div|li)>|<(p|div|li)(\s[^>]*)?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The rows of one decision note, or `undefined` for a note that is not a guard decision (no marker line).
 * With a data line the rows are rebuilt whole; an older note (bullets and marker only) gives what it says:
 * rep and decision from the title, severity, title and recipient per bullet, the rule from the title's wording,
 * the reason; no site, detail or evidence, and the note's time as the decision's.
 */
export function parseTeamNote(note: TeamNote, ctx: RowContext = {}): AuditRow[] | undefined {
  const lines = noteLines(note.body);
  const attemptId = lines.map((l) => MARKER_LINE.exec(l)?.[1]).find((id) => id !== undefined);
  if (!attemptId) return undefined;

  const data = lines.map(decodeDecisionData).find((d) => d !== undefined);
  if (data && data.a === attemptId) {
    return attemptRows(
      {
        attemptId,
        at: data.t,
        decidedAt: data.t,
        repEmail: data.u,
        ...(data.site ? { site: data.site } : {}),
        recipients: data.r,
        warnings: data.w.map((w) => ({
          ruleId: w.r,
          severity: w.s,
          ...(w.to ? { recipient: w.to } : {}),
          title: w.ti,
          detail: w.de ?? '',
          evidence: w.ev ?? [],
        })),
        decision: data.d,
        ...(data.why ? { reason: data.why } : {}),
      },
      'team',
      ctx,
    );
  }

  const title = lines.map((l) => TITLE_LINE.exec(l)).find((m) => m !== null);
  const repEmail = title?.[1]?.toLowerCase();
  if (!repEmail || !EMAIL_PATTERN.test(repEmail)) return undefined;
  const decision: AuditDecision = ACTION_OF_WORDS[title![2]!] ?? 'none';
  const reason = lines.find((l) => l.startsWith('Reason: '))?.slice('Reason: '.length);
  const warnings = lines.flatMap((l) => {
    const bullet = BULLET_LINE.exec(l);
    if (!bullet) return [];
    const recipient = bullet[3]?.toLowerCase();
    return [
      {
        ruleId: ruleFromTitle(bullet[2]!),
        severity: Severity.parse(bullet[1]),
        ...(recipient ? { recipient } : {}),
        title: bullet[2]!.slice(0, 300),
        detail: '',
        evidence: [],
      },
    ];
  });
  if (warnings.length === 0) return [];
  return attemptRows(
    {
      attemptId,
      at: note.timestamp,
      decidedAt: note.timestamp,
      repEmail,
      recipients: [...new Set(warnings.flatMap((w) => (w.recipient ? [w.recipient] : [])))],
      warnings,
      decision,
      ...(reason ? { reason: reason.slice(0, 2000) } : {}),
    },
    'team',
    ctx,
  );
}
