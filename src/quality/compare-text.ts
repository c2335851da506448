/**
 * Orders strings by UTF-16 code unit, the same in every runtime and locale
 * (unlike `localeCompare`), for stable sorting of ids, dates and periods.
 *
 * @example
 * ```ts
 * ['b', 'a'].sort(compareText); // ['a', 'b']
 * ```
 * @category quality
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
