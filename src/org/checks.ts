import * as z from 'zod/mini';

/**
 * A zod check rejecting arrays that repeat an item (reason `duplicate`): a
 * role, capability or member listed twice is always a data-entry mistake.
 *
 * @example
 * ```ts
 * z.array(RoleSchema).check(uniqueItems());
 * ```
 * @category org
 * @internal
 */
export function uniqueItems<T>() {
  return z.refine<T[]>((items) => new Set(items).size === items.length, {
    message: 'must not repeat an item',
    params: { reason: 'duplicate' },
  });
}
