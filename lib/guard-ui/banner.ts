import type { Severity, Warning } from '../model/warning';
import { BANNER_CSS } from './dialog-styles';
import { el, shadowHost } from './dom';

export type BannerState = { kind: 'warnings'; warnings: Warning[] } | { kind: 'clear' } | { kind: 'hidden' };

const ORDER: Severity[] = ['block', 'confirm', 'notice'];

/**
 * The compose banner: a one-line summary of the current draft's warnings, so the send-time dialog is rarely a
 * surprise. It re-renders only when its text changes (no flicker while the rep types), and a click asks for
 * the sidebar.
 */
export class ComposeBanner {
  private readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private text = '';

  constructor(doc: Document, onOpenSidebar: () => void) {
    const { host, root } = shadowHost(doc, 'preflight-banner', BANNER_CSS);
    host.setAttribute('data-preflight', 'banner');
    host.hidden = true;
    this.host = host;
    this.button = el(doc, 'button', { type: 'button' });
    this.button.addEventListener('click', onOpenSidebar);
    root.append(this.button);
  }

  /** Puts the banner at the top of a compose window (once; moving it again is a no-op). */
  attach(anchor: Element): void {
    if (this.host.parentNode !== anchor) anchor.prepend(this.host);
  }

  get element(): HTMLElement {
    return this.host;
  }

  render(state: BannerState): void {
    const { text, level, more } = describe(state);
    if (text === this.text) return;
    this.text = text;
    this.host.hidden = state.kind === 'hidden';
    this.button.setAttribute('data-level', level);
    this.button.setAttribute('aria-label', `${text}. Open the Preflight sidebar.`);
    const doc = this.button.ownerDocument;
    this.button.replaceChildren(
      el(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, '✈ Preflight'),
      el(doc, 'span', {}, text),
      more ? el(doc, 'span', { class: 'more' }, more) : '',
    );
  }

  remove(): void {
    this.host.remove();
  }
}

function describe(state: BannerState): { text: string; level: string; more: string } {
  if (state.kind === 'hidden') return { text: '', level: 'none', more: '' };
  if (state.kind === 'clear') return { text: 'No conflicts found for these recipients.', level: 'none', more: '' };
  const warnings = [...state.warnings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const top = warnings[0];
  const count = warnings.length;
  const text = `${count} ${count === 1 ? 'warning' : 'warnings'} for this draft${top ? ` — ${top.title}` : ''}`;
  return { text, level: top?.severity ?? 'none', more: 'Details' };
}
