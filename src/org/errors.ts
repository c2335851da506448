import type { ForbiddenError, ValidationError } from '../shared/index';

/**
 * Every error the `org` module returns: `forbidden` from {@link authorize}
 * and `validation_failed` from the parse functions. Both are shared error
 * types with messages in the shared catalog, so `org` has no catalog of its
 * own; validation problems specific to `org` are issue reasons inside
 * `validation_failed` (`leader_not_member`, `duplicate`, `unknown_role`,
 * `reason_required`, `fields_required`, `personal_data`).
 *
 * @example
 * ```ts
 * const result = authorize(actor, 'complaint.close');
 * if (result.isErr()) {
 *   const error: OrgError = result.error; // error.code === 'forbidden'
 * }
 * ```
 * @category org
 * @see §2.2.1(2)(3)
 * @see §2.2.3(1)
 * @see §2.2.5(4)
 */
export type OrgError = ForbiddenError | ValidationError;
