/** Injected time. Tests use a manual clock; the browser and mock server use the real one. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface ManualClock extends Clock {
  set(ms: number): void;
  advance(ms: number): void;
}

export function manualClock(start = Date.UTC(2026, 10, 23, 8, 0, 0)): ManualClock {
  let current = start;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * The emulators' clock: a base clock (real time in the browser and the mock server, a manual one in tests) plus
 * an offset that only ever grows. `POST /__control/clock {advanceMs}` moves it forward, so a test finishes a
 * 10-minute provider job at once instead of waiting for it. Never backwards: emulator state holds timestamps.
 */
export interface ControllableClock extends Clock {
  /** How far ahead of the base clock this one is (ms, >= 0). */
  offset(): number;
  /** Moves time forward by `ms` (a negative or non-finite value is refused). */
  advance(ms: number): void;
}

export function offsetClock(base: Clock = systemClock, initialOffsetMs = 0): ControllableClock {
  let offset = Number.isFinite(initialOffsetMs) && initialOffsetMs > 0 ? initialOffsetMs : 0;
  return {
    now: () => base.now() + offset,
    offset: () => offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`the clock only moves forward (got ${ms} ms)`);
      offset += ms;
    },
  };
}
