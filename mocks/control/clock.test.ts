// @vitest-environment node
import { manualClock, offsetClock } from './clock';

describe('offsetClock (the emulators\' controllable clock)', () => {
  it('is the base clock plus an offset that advance() grows', () => {
    const base = manualClock(1_000_000);
    const clock = offsetClock(base);
    expect(clock.now()).toBe(1_000_000);
    clock.advance(600_000);
    expect(clock.offset()).toBe(600_000);
    expect(clock.now()).toBe(1_600_000);
    // Base time still flows underneath.
    base.advance(5);
    expect(clock.now()).toBe(1_600_005);
  });

  it('starts from a saved offset (a reload) and never goes backwards', () => {
    const clock = offsetClock(manualClock(0), 42_000);
    expect(clock.now()).toBe(42_000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => clock.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(clock.offset()).toBe(42_000);
  });

  it('ignores a saved offset that is not a positive number', () => {
    expect(offsetClock(manualClock(10), -5).now()).toBe(10);
    expect(offsetClock(manualClock(10), Number.NaN).offset()).toBe(0);
  });
});
