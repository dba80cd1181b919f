/** Time as the ephemeral-tables sweep sees it: injected so tests can move it forward without sleeping. */
export interface Clock {
  /** Milliseconds since the epoch (expiry times are shown to browsers, so wall-clock time). */
  now(): number;
  /** Calls `fn` every `ms` milliseconds until cleared; must not keep the process alive on its own. */
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setInterval(fn, ms) {
    const handle = setInterval(fn, ms);
    // A server that forgot to close should still let the process exit.
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};
