import * as z from 'zod/mini';

/**
 * A zod check that no two items share a key (reason `duplicate`).
 * Internal to training.
 *
 * @example
 * ```ts
 * z.array(z.string()).check(uniqueBy((code: string) => code));
 * ```
 * @internal
 * @category training
 */
export function uniqueBy<T>(key: (item: T) => unknown) {
  return z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, {
    message: 'must not repeat an item',
    params: { reason: 'duplicate' },
  });
}

/**
 * A zod check that no item repeats (reason `duplicate`). Internal to training.
 *
 * @example
 * ```ts
 * z.array(TrainingTopicSchema).check(uniqueItems());
 * ```
 * @internal
 * @category training
 */
export function uniqueItems<T>() {
  return uniqueBy<T>((item) => item);
}
