/**
 * Freezes a plain-data value and everything inside it, so a default
 * configuration can be shared without becoming global mutable state.
 * Internal to crm.
 *
 * @example
 * ```ts
 * const defaults = deepFreeze({ days: [1, 2] });
 * ```
 * @internal
 * @category crm
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
