import { describe, expect, it } from 'vitest';
import { decodeReply, encodeReply } from './wire';

describe('reply wire format', () => {
  it('carries an envelope as one string and back, unchanged', () => {
    const envelope = { ok: true, data: { verdicts: [{ email: 'a@b.example', status: 'clean', reasons: [] }] } };
    const wire = encodeReply(envelope);
    expect(typeof wire).toBe('string');
    expect(decodeReply(wire)).toEqual(envelope);
  });

  it('drops undefined fields exactly as Chrome’s JSON messaging does', () => {
    expect(decodeReply(encodeReply({ ok: true, data: { note: undefined, n: 1 } }))).toEqual({
      ok: true,
      data: { n: 1 },
    });
  });

  it('reads anything that is not its string as no reply', () => {
    expect(decodeReply(undefined)).toBeUndefined();
    expect(decodeReply({ ok: true, data: 1 })).toBeUndefined();
    expect(decodeReply('{not json')).toBeUndefined();
  });
});
