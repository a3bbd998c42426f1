/** Time source, injectable so tests run on a simulated clock. */
export interface Clock {
  now(): number;
}

/** Waits `ms` milliseconds; injectable so tests never wait for real. */
export type Sleep = (ms: number) => Promise<void>;

export const systemClock: Clock = { now: () => Date.now() };
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TokenBucketOptions {
  /** Most tokens the bucket holds (the largest burst it admits at once). */
  capacity: number;
  /** Tokens added per `refillIntervalMs`, continuously (pro rata). */
  refillTokens: number;
  refillIntervalMs: number;
  clock: Clock;
  sleep: Sleep;
  /** Tokens at start; defaults to `capacity`. */
  initialTokens?: number;
  /**
   * Hard caps: at most `max` takes in any window of `ms`, measured on our clock from a log of admission times.
   * Without them a bucket admits up to `capacity + refillTokens` per `refillIntervalMs`.
   */
  windows?: readonly SlidingWindow[];
}

export interface SlidingWindow {
  max: number;
  ms: number;
}

/**
 * A token bucket with continuous refill. In any window of `refillIntervalMs` it admits at most
 * `capacity + refillTokens` takes, and no window of `windows` ever holds more than its `max` (a sliding-window
 * log on top of the bucket). Waiters are served strictly in arrival order (FIFO) by one pump that
 * sleeps until the next token is due: no busy loop, no timers per waiter.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private pausedUntil = 0;
  private readonly queue: Array<() => void> = [];
  private pumping = false;
  private readonly perMs: number;
  /** Admission times within the longest window, oldest first (only kept when `windows` are set). */
  private readonly admitted: number[] = [];
  private readonly longestWindowMs: number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillTokens > 0) || !(options.refillIntervalMs > 0)) {
      throw new RangeError('TokenBucket needs capacity >= 1 and a positive refill');
    }
    if ((options.windows ?? []).some((w) => !(w.max >= 1) || !(w.ms > 0))) {
      throw new RangeError('TokenBucket windows need max >= 1 and a positive length');
    }
    this.longestWindowMs = Math.max(0, ...(options.windows ?? []).map((w) => w.ms));
    this.tokens = Math.min(options.capacity, options.initialTokens ?? options.capacity);
    this.last = options.clock.now();
    this.perMs = options.refillTokens / options.refillIntervalMs;
  }

  /** Resolves when the caller may send one request. */
  take(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.queue.push(resolve);
      void this.pump();
    });
  }

  /** Holds every waiter until `ms` from now (after a 429, so we do not stampede the portal). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.options.clock.now() + Math.max(0, ms));
  }

  /** Tokens available now (for tests and diagnostics). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** Callers waiting for a token. */
  get waiting(): number {
    return this.queue.length;
  }

  private refill(): void {
    const now = this.options.clock.now();
    if (now > this.last) {
      this.tokens = Math.min(this.options.capacity, this.tokens + (now - this.last) * this.perMs);
      this.last = now;
    }
  }

  /** How long until every window admits one more take (0: now). */
  private windowWait(now: number): number {
    if (this.longestWindowMs === 0) return 0;
    // A take at `t` leaves a window of `ms` at `t + ms`, the same boundary the fake (and HubSpot) use.
    while (this.admitted.length > 0 && (this.admitted[0] as number) <= now - this.longestWindowMs) {
      this.admitted.shift();
    }
    let wait = 0;
    for (const { max, ms } of this.options.windows ?? []) {
      let inWindow = 0;
      for (let i = this.admitted.length - 1; i >= 0 && (this.admitted[i] as number) > now - ms; i--) inWindow++;
      // The take that must leave first is the max-th most recent one.
      if (inWindow >= max) wait = Math.max(wait, (this.admitted[this.admitted.length - max] as number) + ms - now);
    }
    return wait;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const now = this.options.clock.now();
        if (now < this.pausedUntil) {
          await this.options.sleep(this.pausedUntil - now);
          continue;
        }
        this.refill();
        const windowWait = this.windowWait(now);
        if (this.tokens >= 1 - 1e-9 && windowWait === 0) {
          this.tokens = Math.max(0, this.tokens - 1);
          if (this.longestWindowMs > 0) this.admitted.push(now);
          this.queue.shift()?.();
          continue;
        }
        const tokenWait = this.tokens >= 1 - 1e-9 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
        await this.options.sleep(Math.max(1, tokenWait, windowWait));
      }
    } finally {
      this.pumping = false;
    }
  }
}
