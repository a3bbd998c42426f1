/** What every HubSpot HTTP call resolves to. Errors carry no PII, no token and no response body. */
export type HttpErrorKind =
  'unauthorized' | 'rate_limited' | 'server' | 'network' | 'timeout' | 'bad_response' | 'not_found' | 'client';

export interface HttpError {
  kind: HttpErrorKind;
  status?: number;
  /** Fixed wording chosen by us; never the response body, the URL, the token or a value from the payload. */
  message: string;
  /** How long HubSpot asked us to wait (rate_limited only). */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; data: T; status: number } | { ok: false; error: HttpError };

export function failure(kind: HttpErrorKind, message: string, extra: Omit<HttpError, 'kind' | 'message'> = {}) {
  return { ok: false as const, error: { kind, message, ...extra } };
}
