import { TOAST_CSS } from './dialog-styles';
import { el, shadowHost } from './dom';

/** A short notice at the bottom of the page (role=status), e.g. "sent without a check". */
export function showToast(doc: Document, message: string, durationMs = 6000): void {
  const { host, root } = shadowHost(doc, 'preflight-toast', TOAST_CSS);
  host.setAttribute('data-preflight', 'toast');
  root.append(el(doc, 'div', { class: 'toast', role: 'status' }, `Preflight: ${message}`));
  doc.body.append(host);
  setTimeout(() => host.remove(), durationMs);
}
