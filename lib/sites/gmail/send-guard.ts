import { logFailure } from '../../log';
import { isHidden, queryFirst, type SelectorList } from '../dom-query';
import { gmailComposeSelectors as C } from './compose-selectors';
import { findComposeRoot } from './read-compose';

export type GmailSendVia = 'click' | 'keyboard' | 'shortcut' | 'send_archive' | 'schedule';

export interface SendAttempt {
  compose: Element;
  via: GmailSendVia;
  /** Performs the original send exactly once (re-dispatches to Gmail with the guard bypassed). Later calls do nothing. */
  proceed(): void;
}

type ControlKind = 'send' | 'send_archive' | 'schedule';

interface Control {
  element: Element;
  kind: ControlKind;
  compose: Element;
}

/** A second attempt on the same compose this soon after the first (a double click, a held Ctrl+Enter) is the same. */
const DUPLICATE_MS = 500;
/** The click of a mousedown/mouseup/click sequence follows the mouseup at once; this bounds stale bookkeeping. */
const FOLLOW_UP_MS = 1000;

/**
 * Holds every send in Gmail until Preflight has looked at it.
 *
 * Listens in the capture phase on the window (falling back to the document), which runs before any listener Gmail
 * puts on the document or its elements, whatever order the scripts were loaded in. Routes, after InboxSDK's
 * (dom-facts.md §1.4): click on Send, Send & archive or the Schedule send menu item (the mousedown and mouseup of
 * the same press are swallowed too, so Gmail never half-starts a send; the press is one attempt); Enter or Space on
 * a focused send button (and the keyup Gmail's buttons act on for Space); Enter on the send-options menu while
 * "Schedule send" is highlighted; Ctrl+Enter or Cmd+Enter anywhere in a compose.
 *
 * An intercepted event is cancelled only once onAttempt has returned. If onAttempt throws, or the guard itself
 * fails, the event goes on to Gmail untouched (a swallowed mousedown is replayed first): a Preflight fault never
 * blocks a send. Everything is removed when `signal` aborts.
 */
export function installGmailSendGuard(
  doc: Document,
  signal: AbortSignal,
  onAttempt: (attempt: SendAttempt) => void,
): void {
  if (signal.aborted) return;

  /** The mousedown swallowed on a send control, waiting for its mouseup. */
  let press: { element: Element; at: number } | undefined;
  /** The click that follows a mouseup we already handled: swallowed (attempt made) or let through (failed open). */
  let afterMouseUp: { element: Element; swallow: boolean; at: number } | undefined;
  /** The keypress/keyup that follow a keydown we already handled. */
  let afterKeyDown: { target: Element; key: 'Enter' | ' '; swallow: boolean; at: number } | undefined;
  let lastAttempt: { compose: Element; at: number } | undefined;
  /** The compose whose send-options arrow was used last, for a menu Gmail renders outside the compose. */
  let menuCompose: Element | undefined;

  const controlAt = (target: Element): Control | undefined => {
    const kinds: [ControlKind, SelectorList][] = [
      ['schedule', C.scheduleSendItem],
      ['send_archive', C.sendAndArchiveButton],
      ['send', C.sendButton],
    ];
    for (const [kind, selectors] of kinds) {
      for (const selector of selectors) {
        const element = target.closest(selector);
        if (!element || element.getAttribute('aria-disabled') === 'true') continue;
        const compose = findComposeRoot(element) ?? (kind === 'schedule' ? menuCompose : undefined);
        if (compose) return { element, kind, compose };
      }
    }
    return undefined;
  };

  /** Closure menus keep focus on the menu and highlight an item: Enter acts on the highlighted one. */
  const highlightedScheduleItem = (target: Element): Control | undefined => {
    const menu = C.menu.map((selector) => target.closest(selector)).find((m) => m !== null);
    if (!menu) return undefined;
    const activeId = menu.getAttribute('aria-activedescendant');
    const item = (activeId ? doc.getElementById(activeId) : null) ?? queryFirst(menu, C.highlightedMenuItem);
    return item ? controlAt(item) : undefined;
  };

  /**
   * Reports an attempt and cancels `event`, unless onAttempt throws before the send was re-performed: then
   * `event` goes on to Gmail. Returns whether the event was cancelled.
   */
  const intercept = (event: Event, compose: Element, via: GmailSendVia, control: Element | undefined): boolean => {
    const now = Date.now();
    if (lastAttempt && lastAttempt.compose === compose && now - lastAttempt.at < DUPLICATE_MS) {
      lastAttempt.at = now;
      cancel(event);
      return true;
    }
    const attempt = createAttempt(doc, compose, via, control);
    try {
      onAttempt(attempt);
    } catch (error) {
      logFailure('gmail send check (the send goes through)', error);
      if (!attempt.proceeded()) return false;
    }
    lastAttempt = { compose, at: now };
    cancel(event);
    return true;
  };

  const onMouseDown = (event: Event) => {
    if (isOwnEvent(event) || (event as MouseEvent).button !== 0) return;
    const target = elementOf(event.target);
    if (!target) return;
    for (const selector of C.moreSendOptions) {
      const arrow = target.closest(selector);
      if (arrow) menuCompose = findComposeRoot(arrow) ?? menuCompose;
    }
    const control = controlAt(target);
    if (!control) return;
    press = { element: control.element, at: Date.now() };
    afterMouseUp = undefined;
    cancel(event);
  };

  const onMouseUp = (event: Event) => {
    if (isOwnEvent(event) || (event as MouseEvent).button !== 0) return;
    const pressed = press && fresh(press.at) ? press.element : undefined;
    press = undefined;
    try {
      const target = elementOf(event.target);
      const control = target ? controlAt(target) : undefined;
      if (!control) return;
      // Gmail's buttons never act on a release they did not see pressed; its menu items do (press, drag, release).
      if (pressed !== control.element && control.kind !== 'schedule') return;
      const via = control.kind === 'send' ? 'click' : control.kind;
      const cancelled = intercept(event, control.compose, via, control.element);
      if (!cancelled && pressed) replay(pressed, 'mousedown');
      afterMouseUp = { element: control.element, swallow: cancelled, at: Date.now() };
    } catch (error) {
      // Our own fault: give Gmail back the press it missed; this mouseup and its click pass untouched.
      if (pressed) {
        replay(pressed, 'mousedown');
        afterMouseUp = { element: pressed, swallow: false, at: Date.now() };
      }
      throw error;
    }
  };

  const onClick = (event: Event) => {
    if (isOwnEvent(event)) return;
    const target = elementOf(event.target);
    if (!target) return;
    const follow = afterMouseUp;
    if (follow && fresh(follow.at) && (follow.element === target || follow.element.contains(target))) {
      afterMouseUp = undefined;
      if (follow.swallow) cancel(event);
      return;
    }
    afterMouseUp = undefined;
    const control = controlAt(target);
    if (!control) return;
    intercept(event, control.compose, control.kind === 'send' ? 'click' : control.kind, control.element);
  };

  const onKeyDown = (event: Event) => {
    if (isOwnEvent(event)) return;
    const key = event as KeyboardEvent;
    if (key.isComposing || key.keyCode === 229) return;
    const target = elementOf(event.target);
    if (!target) return;
    const enter = isEnter(key);
    const space = isSpace(key);
    if (!enter && !space) return;

    if (enter && (key.ctrlKey || key.metaKey)) {
      const compose = findComposeRoot(target);
      if (!compose) return;
      const cancelled = intercept(event, compose, 'shortcut', undefined);
      afterKeyDown = { target, key: 'Enter', swallow: cancelled, at: Date.now() };
      return;
    }
    if (key.ctrlKey || key.metaKey || key.altKey) return;

    const control = controlAt(target) ?? (enter ? highlightedScheduleItem(target) : undefined);
    if (!control) return;
    const via = control.kind === 'send' ? 'keyboard' : control.kind;
    const cancelled = intercept(event, control.compose, via, control.element);
    afterKeyDown = { target, key: enter ? 'Enter' : ' ', swallow: cancelled, at: Date.now() };
  };

  /** keypress and keyup of a key we handled on keydown; an unannounced Space keyup on a send button is an attempt. */
  const onKeyUpOrPress = (event: Event) => {
    if (isOwnEvent(event)) return;
    const key = event as KeyboardEvent;
    const enter = isEnter(key);
    const space = isSpace(key);
    if (!enter && !space) return;
    const target = elementOf(event.target);
    if (!target) return;
    const follow = afterKeyDown;
    if (follow && fresh(follow.at) && follow.target === target && (follow.key === 'Enter') === enter) {
      if (event.type === 'keyup') afterKeyDown = undefined;
      if (follow.swallow) cancel(event);
      return;
    }
    if (event.type !== 'keyup' || !space || key.ctrlKey || key.metaKey || key.altKey) return;
    // Gmail's (Closure) buttons act on the Space keyup: one whose keydown we never saw is still a send.
    const control = controlAt(target);
    if (control && control.kind !== 'schedule') {
      intercept(event, control.compose, control.kind === 'send' ? 'keyboard' : control.kind, control.element);
    }
  };

  const listeners: [string, (event: Event) => void][] = [
    ['mousedown', onMouseDown],
    ['mouseup', onMouseUp],
    ['click', onClick],
    ['keydown', onKeyDown],
    ['keypress', onKeyUpOrPress],
    ['keyup', onKeyUpOrPress],
  ];
  listenUntilAborted(doc, signal, listeners);
}

interface TrackedAttempt extends SendAttempt {
  proceeded(): boolean;
}

function createAttempt(doc: Document, compose: Element, via: GmailSendVia, control: Element | undefined) {
  let done = false;
  const attempt: TrackedAttempt = {
    compose,
    via,
    proceed() {
      if (done) return;
      done = true;
      try {
        const target = proceedTarget(doc, compose, via, control);
        if (target) withBypass(() => dispatchMouseClick(target));
      } catch (error) {
        logFailure('gmail send hand-back', error);
      }
    },
    proceeded: () => done,
  };
  return attempt;
}

/**
 * What to press to re-perform an attempt. Button routes press the same button again (or the compose's current
 * one if Gmail re-rendered it). Ctrl+Enter presses the compose's Send button: a synthetic KeyboardEvent reaches
 * the page with keyCode 0 in Chromium and Firefox (keyCode cannot be set from a content script), and Gmail's
 * Closure key handling reads keyCode, whereas the mousedown/mouseup/click sequence is what InboxSDK uses to send.
 * Schedule send reopens the send-options menu first when it closed in the meantime (a click in our dialog is a
 * click outside the menu). A compose that is gone (closed, discarded) is not sent.
 */
function proceedTarget(
  doc: Document,
  compose: Element,
  via: GmailSendVia,
  control: Element | undefined,
): Element | undefined {
  if (!compose.isConnected) return undefined;
  const usable = (element: Element | undefined) => element !== undefined && compose.contains(element);
  if (via === 'schedule') {
    if (control?.isConnected && !isHidden(control)) return control;
    const arrow = queryFirst(compose, C.moreSendOptions, { visibleOnly: false });
    if (arrow) withBypass(() => dispatchMouseClick(arrow));
    return queryFirst(compose, C.scheduleSendItem) ?? queryFirst(doc, C.scheduleSendItem);
  }
  if (via === 'send_archive') {
    return usable(control) ? control : queryFirst(compose, C.sendAndArchiveButton, { visibleOnly: false });
  }
  if (via !== 'shortcut' && usable(control)) return control;
  return queryFirst(compose, C.sendButton, { visibleOnly: false });
}

// ---- Shared with the LinkedIn guard ----

/** Events Preflight dispatched itself; the guards let them through. */
const ownEvents = new WeakSet<Event>();
let bypassDepth = 0;

export function isOwnEvent(event: Event): boolean {
  return bypassDepth > 0 || ownEvents.has(event);
}

/** Runs `dispatch` with every guard stood aside (dispatchEvent is synchronous, so this covers the whole send). */
export function withBypass(dispatch: () => void): void {
  bypassDepth++;
  try {
    dispatch();
  } finally {
    bypassDepth--;
  }
}

export function cancel(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
  event.stopImmediatePropagation();
}

export function isEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' || event.keyCode === 13;
}

function isSpace(event: KeyboardEvent): boolean {
  return event.key === ' ' || event.key === 'Spacebar' || event.keyCode === 32;
}

function fresh(at: number): boolean {
  return Date.now() - at < FOLLOW_UP_MS;
}

export function elementOf(target: EventTarget | null): Element | undefined {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return undefined;
  if (node.nodeType === 1) return node as Element;
  return node.parentElement ?? undefined;
}

type EventConstructors = { MouseEvent: typeof MouseEvent; KeyboardEvent: typeof KeyboardEvent };

/** The element's own window's event classes (a test window's, or the content script's), else the global ones. */
function constructorsFor(element: Element): EventConstructors & { view: Window | null } {
  const view = element.ownerDocument.defaultView;
  const own = view as unknown as Partial<EventConstructors> | null;
  return {
    MouseEvent: own?.MouseEvent ?? MouseEvent,
    KeyboardEvent: own?.KeyboardEvent ?? KeyboardEvent,
    view,
  };
}

/** A press as a user makes it: mousedown, mouseup, click, at the element's centre, primary button. */
export function dispatchMouseClick(element: Element): void {
  for (const type of ['mousedown', 'mouseup', 'click'] as const) dispatchMouse(element, type);
}

function dispatchMouse(element: Element, type: 'mousedown' | 'mouseup' | 'click'): void {
  const { MouseEvent: Mouse, view } = constructorsFor(element);
  const rect = element.getBoundingClientRect();
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    detail: 1,
    button: 0,
    buttons: type === 'mousedown' ? 1 : 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  let event: MouseEvent;
  try {
    event = new Mouse(type, { ...init, view });
  } catch {
    event = new Mouse(type, init);
  }
  ownEvents.add(event);
  element.dispatchEvent(event);
}

/** Gives Gmail one event of a press the guard swallowed. */
function replay(element: Element, type: 'mousedown'): void {
  try {
    withBypass(() => dispatchMouse(element, type));
  } catch (error) {
    logFailure('send guard press replay', error);
  }
}

/** A key as a user presses it; returns the keydown so callers can see whether the page handled it. */
export function dispatchKey(element: Element, type: 'keydown' | 'keypress' | 'keyup', init: KeyboardEventInit) {
  const { KeyboardEvent: Keyboard } = constructorsFor(element);
  const event = new Keyboard(type, { bubbles: true, cancelable: true, composed: true, ...init });
  ownEvents.add(event);
  element.dispatchEvent(event);
  return event;
}

/**
 * Adds capture-phase listeners on the window (the document when there is none) and removes them when `signal`
 * aborts. A listener that throws is contained: the event carries on as if the guard were not there.
 */
export function listenUntilAborted(
  doc: Document,
  signal: AbortSignal,
  listeners: [string, (event: Event) => void][],
): void {
  const target: EventTarget = doc.defaultView ?? doc;
  const installed = listeners.map(([type, listener]) => {
    const safe = (event: Event) => {
      try {
        listener(event);
      } catch (error) {
        logFailure(`send guard ${type} listener (the event goes on untouched)`, error);
      }
    };
    target.addEventListener(type, safe, true);
    return [type, safe] as const;
  });
  signal.addEventListener(
    'abort',
    () => {
      for (const [type, safe] of installed) target.removeEventListener(type, safe, true);
    },
    { once: true },
  );
}
