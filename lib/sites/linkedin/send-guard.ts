import { logFailure } from '../../log';
import { queryFirst } from '../dom-query';
import { editableText } from '../gmail/read-compose';
import {
  cancel,
  dispatchKey,
  dispatchMouseClick,
  elementOf,
  isEnter,
  isOwnEvent,
  listenUntilAborted,
  withBypass,
} from '../gmail/send-guard';
import { findMessageForm, linkedinMessageSelectors as S } from './read-message';

export interface LinkedInSendAttempt {
  /** The conversation's composer form (form.msg-form); pass it to readLinkedInDraft. */
  compose: Element;
  via: 'click' | 'keyboard';
  /** Performs the original send exactly once (with the guard bypassed). Later calls do nothing. */
  proceed(): void;
}

export interface LinkedInSendGuardOptions {
  /**
   * Whether Enter sends in this composer. LinkedIn lets each member choose "Press Enter to Send" or "Click Send",
   * and the choice is not reliably readable from the page [unverified]. Default: Enter sends (LinkedIn's
   * "Press Enter to Send"); a member who uses "Click Send" needs this to return false, or every Enter (a new line
   * for them) is held as a send.
   */
  enterSends?: (form: Element) => boolean;
}

const DUPLICATE_MS = 500;
const FOLLOW_UP_MS = 1000;

/**
 * Holds every LinkedIn message send until Preflight has looked at it: a click on the composer's Send button, and
 * Enter (without Shift, outside IME composition) in a composer that holds text. Capture phase on the window, so it
 * runs before LinkedIn's own listeners. The same fault rules as the Gmail guard: the event is cancelled only once
 * onAttempt has returned, and a fault in Preflight lets it through. Everything is removed when `signal` aborts.
 */
export function installLinkedInSendGuard(
  doc: Document,
  signal: AbortSignal,
  onAttempt: (attempt: LinkedInSendAttempt) => void,
  options: LinkedInSendGuardOptions = {},
): void {
  if (signal.aborted) return;
  const enterSends = options.enterSends ?? (() => true);
  let lastAttempt: { form: Element; at: number } | undefined;
  let afterKeyDown: { target: Element; swallow: boolean; at: number } | undefined;

  const intercept = (event: Event, form: Element, via: LinkedInSendAttempt['via'], control: Element): boolean => {
    const now = Date.now();
    if (lastAttempt && lastAttempt.form === form && now - lastAttempt.at < DUPLICATE_MS) {
      lastAttempt.at = now;
      cancel(event);
      return true;
    }
    let done = false;
    const attempt: LinkedInSendAttempt = {
      compose: form,
      via,
      proceed() {
        if (done) return;
        done = true;
        try {
          if (via === 'click') resendByClick(form, control);
          else resendByEnter(form, control);
        } catch (error) {
          logFailure('linkedin send hand-back', error);
        }
      },
    };
    try {
      onAttempt(attempt);
    } catch (error) {
      logFailure('linkedin send check (the send goes through)', error);
      if (!done) return false;
    }
    lastAttempt = { form, at: now };
    cancel(event);
    return true;
  };

  const onClick = (event: Event) => {
    if (isOwnEvent(event)) return;
    const target = elementOf(event.target);
    const button = target ? sendButtonAt(target) : undefined;
    if (!button || isDisabled(button)) return;
    const form = findMessageForm(button);
    if (form) intercept(event, form, 'click', button);
  };

  const onKeyDown = (event: Event) => {
    if (isOwnEvent(event)) return;
    const key = event as KeyboardEvent;
    if (!isEnter(key) || key.shiftKey || key.isComposing || key.keyCode === 229) return;
    const target = elementOf(event.target);
    const composer = target ? composerAt(target) : undefined;
    const form = composer ? findMessageForm(composer) : undefined;
    if (!target || !composer || !form) return;
    // LinkedIn sends nothing from an empty composer, and Enter may not send at all for this member.
    if (editableText(composer).trim() === '' || !enterSends(form)) return;
    const cancelled = intercept(event, form, 'keyboard', composer);
    afterKeyDown = { target, swallow: cancelled, at: Date.now() };
  };

  /** The keypress and keyup of an Enter we handled: swallowed with it, or let through with it. */
  const onKeyUpOrPress = (event: Event) => {
    if (isOwnEvent(event) || !isEnter(event as KeyboardEvent)) return;
    const follow = afterKeyDown;
    if (!follow || Date.now() - follow.at >= FOLLOW_UP_MS || follow.target !== elementOf(event.target)) return;
    if (event.type === 'keyup') afterKeyDown = undefined;
    if (follow.swallow) cancel(event);
  };

  listenUntilAborted(doc, signal, [
    ['click', onClick],
    ['keydown', onKeyDown],
    ['keypress', onKeyUpOrPress],
    ['keyup', onKeyUpOrPress],
  ]);
}

function sendButtonAt(target: Element): Element | undefined {
  for (const selector of S.sendButton) {
    const button = target.closest(selector);
    if (button && findMessageForm(button)) return button;
  }
  return undefined;
}

function composerAt(target: Element): Element | undefined {
  for (const selector of S.composer) {
    const composer = target.closest(selector);
    if (composer) return composer;
  }
  return undefined;
}

function isDisabled(button: Element): boolean {
  return button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true';
}

/** Clicks Send again (the same button, or the form's current one if LinkedIn re-rendered it). */
function resendByClick(form: Element, button: Element): void {
  if (!form.isConnected) return;
  const target = button.isConnected && form.contains(button) ? button : queryFirst(form, S.sendButton);
  if (!target || isDisabled(target)) return;
  withBypass(() => dispatchMouseClick(target));
}

/**
 * Presses Enter again in the composer. LinkedIn reads `event.key` [unverified]; keyCode is set where the browser
 * allows it. keypress follows only if the page did not take the keydown, as with a real key.
 */
function resendByEnter(form: Element, composer: Element): void {
  if (!form.isConnected) return;
  const target = composer.isConnected && form.contains(composer) ? composer : queryFirst(form, S.composer);
  if (!target) return;
  (target as Partial<HTMLElement>).focus?.();
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 };
  withBypass(() => {
    const down = dispatchKey(target, 'keydown', init);
    if (!down.defaultPrevented) dispatchKey(target, 'keypress', { ...init, charCode: 13 });
    dispatchKey(target, 'keyup', init);
  });
}
