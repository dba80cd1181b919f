import type { Clock } from "../../../src/plugins/ephemeral/clock.js";

/** A clock that only moves when told to; intervals fire in time order as it passes them. */
export class FakeClock implements Clock {
  private nextId = 1;
  private readonly timers = new Map<number, { fn: () => void; ms: number; due: number }>();

  /** What "the work a timer started has settled" means; by default one turn of the event loop. */
  settle: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve));

  constructor(private time = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.time;
  }

  setInterval(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { fn, ms, due: this.time + ms });
    return id;
  }

  clearInterval(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get activeTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing each due interval and letting the work it started settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, t]) => t.due <= end)
        .sort((a, b) => a[1].due - b[1].due)[0];
      if (!due) break;
      const [, timer] = due;
      this.time = timer.due;
      timer.due += timer.ms;
      timer.fn();
      await this.settle();
    }
    this.time = end;
  }
}
