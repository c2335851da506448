/**
 * Freezes a plain-data value and everything inside it, so a default
 * configuration or a report can be shared without becoming mutable state.
 * Already-frozen parts are left as they are (and not descended into).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
