/**
 * The part of a draft the rep wrote now: quoted history and the signature removed. An offer quoted from the
 * customer's or a colleague's earlier mail is not something this rep is offering, and a signature's banner ("Save
 * 20% with our partner") is boilerplate. Sign-offs ("Best regards, Anna") are kept: only explicit signature
 * delimiters and quote markers cut, since guessing where a signature starts would cut real text.
 */

/** "On Tue, Nov 3, 2026 at 10:30 AM Anna <anna@x.com> wrote:" and its translations (Gmail, Apple Mail, Outlook). */
const REPLY_HEADERS: readonly RegExp[] = [
  /^on\s.{0,300}\swrote:$/,
  /^am\s.{0,300}\sschrieb\s.{0,300}:$/,
  /^le\s.{0,300}\sa écrit ?:$/,
  /^el\s.{0,300}\sescribió:$/,
  /^(?:.{0,300}[\s,])?написал(?:\(а\)|а)?:$/,
  /^(?:.{0,300}[\s,])?написав(?:\(ла\)|ла)?:$/,
  /^(?:.{0,300}\s)?نوشت:$/,
];

/** Forward and "original message" separators in the languages our users' mail clients run in. */
const SEPARATOR =
  /^(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original|пересылаемое сообщение|пересланное сообщение|исходное сообщение|переслане повідомлення|пересилане повідомлення|оригінальне повідомлення|вихідне повідомлення|پیام (?:ارسال|هدایت|باز ?ارسال)[\s\u200C]?شده|پیام اصلی)\s*-{2,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|début du message réexpédié ?:|inicio del mensaje reenviado:)$/;

/** Outlook's header block: "From: …" followed within a few lines by "Sent: …" (or its translation). */
const OUTLOOK_FROM = /^(?:from|von|de|от|від|از)\s?:\s*\S/;
const OUTLOOK_SENT =
  /^(?:sent|date|gesendet|datum|envoyé|enviado(?: el)?|fecha|отправлено|дата|надіслано|تاریخ|ارسال شده|فرستاده شده)\s?:/;
const OUTLOOK_LOOKAHEAD = 5;

/** "-- " (RFC 3676) and the "--" mail clients leave after trimming trailing spaces. */
const SIGNATURE_DELIMITER = /^--$/;

/** One line lower-cased, NBSPs as spaces and runs of whitespace folded, for the (lower-case) patterns. */
function tidy(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase();
}

function isReplyHeader(line: string): boolean {
  // Every header ends with a colon: a cheap test before seven patterns.
  return line.endsWith(':') && REPLY_HEADERS.some((pattern) => pattern.test(line));
}

/** Cheap pre-test: every marker line ends with ':', starts with '-', or is Outlook's "From:" line. */
function mayStartHistory(raw: string): boolean {
  const line = raw.trim();
  return line.endsWith(':') || line.startsWith('-') || OUTLOOK_FROM.test(line.toLowerCase());
}

/** Index of the first line where quoted history or the signature begins, or lines.length. */
function cutIndex(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (SIGNATURE_DELIMITER.test(raw.trimEnd())) return i;
    if (!mayStartHistory(raw) && !mayStartHistory(lines[i + 1] ?? '')) continue;
    const line = tidy(raw);
    if (((line.startsWith('-') || line.endsWith(':')) && SEPARATOR.test(line)) || isReplyHeader(line)) return i;
    // Gmail wraps long headers after the address: "On …, Anna Schmidt <anna@example.com>" / "wrote:".
    const next = tidy(lines[i + 1] ?? '');
    if (line.includes('@') && !line.startsWith('>') && next && !isReplyHeader(next)) {
      if (isReplyHeader(`${line} ${next}`)) return i;
    }
    if (OUTLOOK_FROM.test(line)) {
      for (let j = i + 1; j <= i + OUTLOOK_LOOKAHEAD && j < lines.length; j++) {
        if (OUTLOOK_SENT.test(tidy(lines[j] ?? ''))) return i;
      }
    }
  }
  return lines.length;
}

export function cleanBody(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  return (
    lines
      .slice(0, cutIndex(lines))
      // Inline replies interleave quoted lines with new text: drop the quoted lines, keep the rest.
      .filter((line) => !line.trimStart().startsWith('>'))
      .join('\n')
  );
}
