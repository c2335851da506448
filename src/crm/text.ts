import * as z from 'zod/mini';

/**
 * A trimmed, non-empty string of at most `max` characters. The length is
 * checked before trimming too, so hostile megabyte strings fail fast.
 * Internal to crm.
 *
 * @example
 * ```ts
 * const TitleSchema = boundedText(200);
 * ```
 * @internal
 * @category crm
 */
export function boundedText(max: number) {
  return z.string().check(z.maxLength(max), z.trim(), z.minLength(1));
}

/**
 * Longest free text the module stores (complaint summaries, resolutions,
 * survey comments).
 *
 * @example
 * ```ts
 * boundedText(MAX_FREE_TEXT);
 * ```
 * @internal
 * @category crm
 */
export const MAX_FREE_TEXT = 2000;

/**
 * Longest note on a follow-up attempt or a complaint step.
 *
 * @example
 * ```ts
 * boundedText(MAX_NOTE);
 * ```
 * @internal
 * @category crm
 */
export const MAX_NOTE = 500;
