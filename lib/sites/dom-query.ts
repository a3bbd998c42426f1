/**
 * Small DOM helpers shared by the site readers. Pure functions of the DOM they are given: they never use
 * `window`, layout (offsetParent, getComputedStyle) or `instanceof` against global classes, so they behave the
 * same in a content script's isolated world and in a happy-dom test window.
 */

/** Fallback selectors for one thing on the page, most stable first. */
export type SelectorList = readonly string[];

export interface QueryOptions {
  /** Matches inside any of these containers are skipped (overlays, asides, cached pages). */
  exclude?: SelectorList;
  /** Also skip elements under a hidden ancestor. Default true: hidden tabs and cached pages stay in the DOM. */
  visibleOnly?: boolean;
}

/**
 * The first acceptable match of the first selector that has one. The list is tried in order rather than joined
 * with commas, because a comma list returns whichever match comes first in document order, not the most stable one.
 */
export function queryFirst(root: ParentNode, list: SelectorList, options: QueryOptions = {}): Element | undefined {
  for (const selector of list) {
    for (const element of Array.from(root.querySelectorAll(selector))) {
      if (isAcceptable(element, options)) return element;
    }
  }
  return undefined;
}

/** Every acceptable match of the first selector in the list that has any. */
export function queryAllFirst(root: ParentNode, list: SelectorList, options: QueryOptions = {}): Element[] {
  for (const selector of list) {
    const found = Array.from(root.querySelectorAll(selector)).filter((element) => isAcceptable(element, options));
    if (found.length > 0) return found;
  }
  return [];
}

function isAcceptable(element: Element, options: QueryOptions): boolean {
  if ((options.visibleOnly ?? true) && isHidden(element)) return false;
  return !(options.exclude ?? []).some((selector) => element.closest(selector) !== null);
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True when the element or an ancestor is hidden by markup: the `hidden` attribute or an inline
 * `display:none` / `visibility:hidden`. Layout is not available in tests (happy-dom) and is costly on
 * busy pages, so stylesheet rules are not considered; callers pick active containers by class instead.
 * `aria-hidden` is deliberately ignored: LinkedIn puts its visible text in `span[aria-hidden="true"]`.
 */
export function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = node.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
  }
  return false;
}

/**
 * Text of an element with whitespace collapsed, or undefined when empty. Descendants matching `skip`
 * are left out (LinkedIn repeats every label in a `.visually-hidden` span for screen readers).
 */
export function textOf(element: Element | null | undefined, skip: SelectorList = []): string | undefined {
  if (!element) return undefined;
  let source: Node = element;
  if (skip.length > 0 && skip.some((selector) => element.querySelector(selector) !== null)) {
    const copy = element.cloneNode(true) as Element;
    for (const selector of skip) copy.querySelectorAll(selector).forEach((node) => node.remove());
    source = copy;
  }
  const text = (source.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** Longest name PersonOnPage accepts; longer text is not a name we could use anyway. */
export const MAX_NAME_LENGTH = 300;

/** A display name fit for PersonOnPage, or undefined. */
export function cleanName(raw: string | null | undefined): string | undefined {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > MAX_NAME_LENGTH ? text.slice(0, MAX_NAME_LENGTH).trimEnd() : text;
}

/** Pulls the single address out of a text such as "priya@x.com" or "Email priya@x.com Copy". */
export function findEmailToken(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const match = /[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+/.exec(text);
  // A sentence may end right after the address: "write to priya@x.com."
  return match?.[0].replace(/\.+$/, '');
}
