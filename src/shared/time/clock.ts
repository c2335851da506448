import type { Instant } from './instant';

/**
 * The port through which services learn the current time. The pure core
 * never reads the clock: commands carry `at`, and services take it from a
 * `Clock` so that tests and replays are deterministic.
 *
 * @example
 * ```ts
 * function openRepairOrder(clock: Clock) {
 *   const at = clock.now();
 *   // …build the command with `at`
 * }
 * ```
 * @category shared
 */
export interface Clock {
  /** The current instant, canonical ISO-8601 UTC. */
  now(): Instant;
}

/**
 * The real clock. **This is the only code in the library that reads the
 * system time**; everything else receives instants as arguments or through a
 * {@link Clock}. Hosts pass it to services in production.
 *
 * @example
 * ```ts
 * systemClock.now(); // e.g. '2026-11-27T05:23:45.123Z'
 * ```
 * @category shared
 */
export const systemClock: Clock = Object.freeze({
  // The single sanctioned read of the system clock in src/.
  now: () => new Date().toISOString() as Instant,
});

/**
 * A clock stopped at `instant`, for tests, demos and replays.
 *
 * @example
 * ```ts
 * const clock = fixedClock(parseInstant('2026-11-27T00:00:00Z')._unsafeUnwrap());
 * clock.now(); // '2026-11-27T00:00:00.000Z', every time
 * ```
 * @category shared
 */
export function fixedClock(instant: Instant): Clock {
  return Object.freeze({ now: () => instant });
}
