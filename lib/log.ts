/**
 * Preflight's only logger. It records where something failed and the error's kind, never its message:
 * messages from storage and network layers can carry addresses or record contents (PII).
 */
export function logFailure(scope: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  console.warn(`[preflight] ${scope} failed (${kind})`);
}
