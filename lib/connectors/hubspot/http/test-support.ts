import type { Timers } from './client';
import type { Clock, Sleep } from './token-bucket';

/**
 * Simulated time for tests: `sleep` and `timers` register events on a virtual clock, and `drive(promise)` runs
 * them in time order (letting real microtasks and I/O settle between events) until the promise settles.
 */
export class FakeTime {
  now = 0;
  readonly sleeps: number[] = [];
  private seq = 0;
  private events: Array<{ at: number; seq: number; fire: () => void; id: number }> = [];

  readonly clock: Clock = { now: () => this.now };

  readonly sleep: Sleep = (ms) => {
    this.sleeps.push(ms);
    return new Promise<void>((resolve) => this.schedule(ms, resolve));
  };

  readonly timers: Timers = {
    setTimeout: (fn, ms) => this.schedule(ms, fn),
    clearTimeout: (handle) => {
      this.events = this.events.filter((e) => e.id !== handle);
    },
  };

  private schedule(ms: number, fire: () => void): number {
    const id = ++this.seq;
    this.events.push({ at: this.now + Math.max(0, ms), seq: id, fire, id });
    return id;
  }

  /** Runs simulated time until `promise` settles. */
  async drive<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let idle = 0; ;) {
      await new Promise((r) => setImmediate(r));
      if (settled) return promise;
      if (this.events.length === 0) {
        if (++idle > 200) throw new Error('FakeTime: promise never settled and nothing is scheduled');
        continue;
      }
      idle = 0;
      this.events.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.events.shift();
      if (!next) continue;
      this.now = Math.max(this.now, next.at);
      next.fire();
    }
  }
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
