/** Tiny DOM builder for the in-page guard UI: text only (never HTML), so CRM data cannot inject markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/**
 * A host element with an open shadow root. Open, not closed: tests and assistive tooling must reach the
 * dialog by its role, and a closed root protects nothing from a page that can patch attachShadow first.
 * The styles live inside the root so the host page's CSS cannot restyle (or hide) our UI.
 */
export function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
