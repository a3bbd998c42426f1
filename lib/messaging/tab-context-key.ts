/**
 * The storage.session key under which the background keeps who is on screen in a tab. The background writes
 * it; extension pages watch it to follow their tab. One definition, so the writer and the watchers agree.
 */
export function tabContextKey(tabId: number): string {
  return `tabctx:${tabId}`;
}
