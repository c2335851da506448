/**
 * A domain failure as a value: a readonly, JSON-safe object with a snake_case
 * `code`, the requirement it enforces (`clause`) where there is one, and the
 * data needed to explain it. Every module's error union is made of these.
 *
 * @typeParam C - the snake_case error code, e.g. `'price_not_disclosed'`
 * @typeParam D - the explanation data; never holds unmasked customer data
 * @example
 * ```ts
 * import type { DomainError } from 'aftersales/shared';
 * type VinInvalid = DomainError<'vin_invalid', { reason: 'length'; length: number }>;
 * ```
 * @category shared
 * @see §1.2(7)
 */
export interface DomainError<C extends string = string, D = unknown> {
  /** Stable, snake_case machine-readable code. */
  readonly code: C;
  /** The requirement ID (`§3.4(2)`, `REG-7`, `X-1`…) this error enforces. */
  readonly clause?: string;
  /** What went wrong, enough to explain it in any locale. */
  readonly data: D;
}

/**
 * Builds a frozen {@link DomainError}. The module error constructors are thin
 * wrappers around it so that every error has the same shape.
 *
 * @example
 * ```ts
 * const error = domainError('not_found', { entity: 'repair-order', id: 'ro_1' });
 * error.code; // 'not_found'
 * ```
 * @category shared
 */
export function domainError<C extends string, D>(
  code: C,
  data: D,
  clause?: string,
): DomainError<C, D> {
  return Object.freeze(clause === undefined ? { code, data } : { code, clause, data });
}

/** One field-level problem inside a {@link ValidationError}. @category shared */
export interface ValidationIssue {
  /** Dotted path to the field, `''` for the value itself (`lines.0.quantity`). */
  readonly path: string;
  /** Machine-readable reason (zod's issue code, or a library reason such as `check_digit`). */
  readonly reason: string;
  /** English detail for developers; it never echoes the rejected value. */
  readonly detail: string;
}

/**
 * Input did not match a schema. Returned by every `parseX(unknown)`.
 *
 * @category shared
 */
export type ValidationError = DomainError<
  'validation_failed',
  { readonly issues: readonly ValidationIssue[] }
>;

/** An entity that was asked for does not exist. @category shared */
export type NotFoundError = DomainError<
  'not_found',
  { readonly entity: string; readonly id: string }
>;

/**
 * A write carried a stale `expectedVersion`: somebody else saved first.
 *
 * @category shared
 * @see X-6
 */
export type ConcurrencyConflictError = DomainError<
  'concurrency_conflict',
  {
    readonly entity: string;
    readonly id: string;
    readonly expectedVersion: number;
    readonly actualVersion: number;
  }
>;

/**
 * The actor lacks the capability that the manual ties to this step.
 *
 * @category shared
 * @see §2.2.1(2)(3)
 */
export type ForbiddenError = DomainError<
  'forbidden',
  { readonly capability: string; readonly actorId: string; readonly roles: readonly string[] }
>;

/** A storage adapter failed (connection closed, constraint, driver error). @category shared */
export type StorageError = DomainError<
  'storage_failed',
  { readonly operation: string; readonly reason: string }
>;

/**
 * Builds a {@link ValidationError} from issues.
 *
 * @example
 * ```ts
 * validationError([{ path: 'odometerKm', reason: 'too_small', detail: 'must be ≥ 0' }]);
 * ```
 * @category shared
 */
export function validationError(
  issues: readonly ValidationIssue[],
  clause?: string,
): ValidationError {
  return domainError('validation_failed', { issues: Object.freeze([...issues]) }, clause);
}

/**
 * Builds a {@link NotFoundError}.
 *
 * @example
 * ```ts
 * notFound('customer', 'cus_42').code; // 'not_found'
 * ```
 * @category shared
 */
export function notFound(entity: string, id: string): NotFoundError {
  return domainError('not_found', { entity, id });
}

/**
 * Builds a {@link ConcurrencyConflictError}.
 *
 * @example
 * ```ts
 * concurrencyConflict('repair-order', 'ro_1', 3, 4).clause; // 'X-6'
 * ```
 * @category shared
 * @see X-6
 */
export function concurrencyConflict(
  entity: string,
  id: string,
  expectedVersion: number,
  actualVersion: number,
): ConcurrencyConflictError {
  return domainError('concurrency_conflict', { entity, id, expectedVersion, actualVersion }, 'X-6');
}

/**
 * Builds a {@link ForbiddenError}; `clause` names the manual's role rule.
 *
 * @example
 * ```ts
 * forbidden('price-list.publish', 'emp_7', ['service-advisor'], '§2.2.1(3)');
 * ```
 * @category shared
 */
export function forbidden(
  capability: string,
  actorId: string,
  roles: readonly string[],
  clause?: string,
): ForbiddenError {
  return domainError(
    'forbidden',
    { capability, actorId, roles: Object.freeze([...roles]) },
    clause,
  );
}

/**
 * Builds a {@link StorageError}. `reason` must not contain customer data;
 * adapters pass the driver's error class or code, not the failing row.
 *
 * @example
 * ```ts
 * storageFailed('save', 'connection closed').code; // 'storage_failed'
 * ```
 * @category shared
 */
export function storageFailed(operation: string, reason: string): StorageError {
  return domainError('storage_failed', { operation, reason });
}

/**
 * Narrows an unknown value to a {@link DomainError}-shaped object.
 *
 * @example
 * ```ts
 * isDomainError({ code: 'not_found', data: {} }); // true
 * ```
 * @category shared
 */
export function isDomainError(value: unknown): value is DomainError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    'data' in value
  );
}
