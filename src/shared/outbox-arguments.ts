import { err, ok, type Result } from 'neverthrow';
import { type ValidationError, validationError } from './errors';
import { MAX_PAGE_SIZE } from './list-query';
import { type Instant, InstantSchema } from './time/instant';
import { parseWith } from './validation';

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function invalid(path: string, detail: string): ValidationError {
  return validationError([{ path, reason: 'invalid_value', detail }]);
}

/**
 * The checks every `Outbox` implementation applies to its arguments, so that
 * the memory store, the SQL store and a host's own adapter reject the same
 * calls with the same `validation_failed` issues (reason `invalid_value`):
 * `limit` an integer from 1 to {@link MAX_PAGE_SIZE}, `after` a non-negative
 * integer, `sequences` at most {@link MAX_PAGE_SIZE} positive integers, `at`
 * an ISO-8601 UTC instant.
 *
 * @example
 * ```ts
 * const limit = outboxArguments.limit(options.limit);
 * if (limit.isErr()) return errAsync(limit.error);
 * ```
 * @category shared
 * @see X-5
 */
export const outboxArguments = Object.freeze({
  /** The page size of `read` and `pending`. */
  limit(limit: unknown): Result<number, ValidationError> {
    return isCount(limit, 1, MAX_PAGE_SIZE)
      ? ok(limit)
      : err(invalid('limit', `must be an integer from 1 to ${MAX_PAGE_SIZE}`));
  },
  /** The sequence after which `read` starts. */
  after(after: unknown): Result<number, ValidationError> {
    return isCount(after, 0, Number.MAX_SAFE_INTEGER)
      ? ok(after)
      : err(invalid('after', 'must be a non-negative integer'));
  },
  /** The sequences `markDispatched` marks. */
  sequences(sequences: unknown): Result<readonly number[], ValidationError> {
    const valid =
      Array.isArray(sequences) &&
      sequences.length <= MAX_PAGE_SIZE &&
      sequences.every((sequence) => isCount(sequence, 1, Number.MAX_SAFE_INTEGER));
    return valid
      ? ok(sequences)
      : err(invalid('sequences', `must be at most ${MAX_PAGE_SIZE} positive integers`));
  },
  /** The dispatch instant of `markDispatched`. */
  at(at: unknown): Result<Instant, ValidationError> {
    return parseWith(InstantSchema, at).mapErr(() =>
      invalid('at', 'must be an ISO-8601 UTC instant'),
    );
  },
});
