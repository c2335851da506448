import { describe, expect, it } from 'vitest';
import { fixedClock, parseInstant, systemClock } from '../../../src/shared/index';

describe('clocks', () => {
  it('fixedClock always returns its instant', () => {
    const at = parseInstant('2026-11-27T00:00:00Z')._unsafeUnwrap();
    const clock = fixedClock(at);
    expect(clock.now()).toBe('2026-11-27T00:00:00.000Z');
    expect(clock.now()).toBe(clock.now());
  });

  it('systemClock returns the current time as a canonical instant', () => {
    const before = Date.now();
    const now = systemClock.now();
    const after = Date.now();
    expect(parseInstant(now)._unsafeUnwrap()).toBe(now);
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(now)).toBeLessThanOrEqual(after);
  });
});
