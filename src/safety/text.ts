import * as z from 'zod/mini';

/**
 * A trimmed, non-empty string of at most `max` characters; the length is
 * checked before trimming too, so hostile megabyte strings fail fast.
 * Internal to safety.
 *
 * @example
 * ```ts
 * const TitleSchema = boundedText(200);
 * ```
 * @internal
 * @category safety
 */
export function boundedText(max: number) {
  return z.string().check(z.maxLength(max), z.trim(), z.minLength(1));
}

/**
 * Longest free text stored (descriptions, root causes, procedures).
 * Internal to safety.
 *
 * @example
 * ```ts
 * boundedText(MAX_TEXT);
 * ```
 * @internal
 * @category safety
 */
export const MAX_TEXT = 2000;

/**
 * Longest short label stored (titles, checklist items, role duties).
 * Internal to safety.
 *
 * @example
 * ```ts
 * boundedText(MAX_LABEL);
 * ```
 * @internal
 * @category safety
 */
export const MAX_LABEL = 200;

/**
 * A refinement that rejects arrays whose `key` repeats (reason `duplicate`).
 * Internal to safety.
 *
 * @example
 * ```ts
 * z.array(ItemSchema).check(uniqueBy((item) => item.id));
 * ```
 * @internal
 * @category safety
 */
export function uniqueBy<T>(key: (item: T) => unknown) {
  return z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, {
    message: 'must not repeat',
    params: { reason: 'duplicate' },
  });
}
