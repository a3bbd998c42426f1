/**
 * How a reply travels from the background to its sender: as one JSON string, not as an object.
 *
 * Why: Chrome already serialises every extension message as JSON, but Firefox structured-clones the reply
 * object through its messaging layer, and that cost grows with the number of objects, not bytes. A campaign
 * chunk of 5,000 verdicts took about 170 ms per reply to arrive in Firefox as an object, and about 8 ms as one
 * string (measured on the campaign page, 100,000 cached recipients: 5.5 s → 1.8 s end to end). JSON is also what
 * Chrome does, so both browsers now carry exactly the same values (no Date, Map or undefined surprises in one).
 */
export function encodeReply(envelope: unknown): string {
  return JSON.stringify(envelope);
}

/** The envelope inside a reply, or undefined when the reply is not one (no background, a foreign listener). */
export function decodeReply(raw: unknown): unknown {
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
