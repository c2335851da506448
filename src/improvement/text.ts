import * as z from 'zod/mini';

/**
 * A trimmed, non-empty string of at most `max` characters. Internal to improvement.
 *
 * @example
 * ```ts
 * boundedText(200).safeParse('  ').success; // false
 * ```
 * @internal
 * @category improvement
 */
export function boundedText(max: number) {
  return z.string().check(z.maxLength(max), z.trim(), z.minLength(1));
}

/** Longest free text (descriptions, analyses, plans). @internal @category improvement */
export const MAX_FREE_TEXT = 4000;

/** Longest title or note. @internal @category improvement */
export const MAX_TITLE = 200;
