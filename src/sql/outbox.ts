import { err, ok, Result } from 'neverthrow';
import {
  type DomainEvent,
  type Instant,
  InstantSchema,
  MAX_PAGE_SIZE,
  type Outbox,
  parseWith,
  type StoredEvent,
  type ValidationError,
  validationError,
} from '../shared/index';
import { runOperation, type SqlContext } from './context';

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function invalid(path: string, detail: string): ValidationError {
  return validationError([{ path, reason: 'invalid_value', detail }]);
}

function checkLimit(limit: unknown): Result<number, ValidationError> {
  return isCount(limit, 1, MAX_PAGE_SIZE)
    ? ok(limit)
    : err(invalid('limit', `must be an integer from 1 to ${MAX_PAGE_SIZE}`));
}

function checkAfter(after: unknown): Result<number, ValidationError> {
  return isCount(after, 0, Number.MAX_SAFE_INTEGER)
    ? ok(after)
    : err(invalid('after', 'must be a non-negative integer'));
}

function checkSequences(sequences: unknown): Result<readonly number[], ValidationError> {
  const valid =
    Array.isArray(sequences) &&
    sequences.length <= MAX_PAGE_SIZE &&
    sequences.every((sequence) => isCount(sequence, 1, Number.MAX_SAFE_INTEGER));
  return valid
    ? ok(sequences)
    : err(invalid('sequences', `must be at most ${MAX_PAGE_SIZE} positive integers`));
}

function checkInstant(at: unknown): Result<Instant, ValidationError> {
  return parseWith(InstantSchema, at).mapErr(() =>
    invalid('at', 'must be an ISO-8601 UTC instant'),
  );
}

interface EventRow {
  readonly sequence: number | string;
  readonly body: string;
  readonly dispatched_at: string | null;
}

function toStoredEvent(row: EventRow): StoredEvent {
  const event = JSON.parse(row.body) as DomainEvent;
  const dispatchedAt = row.dispatched_at as Instant | null;
  // PostgreSQL returns bigint as text; sequences stay below 2^53 by construction.
  return { ...event, sequence: Number(row.sequence), dispatchedAt };
}

/**
 * The SQL store's outbox, with the same checks and results as the memory
 * store's: reads in sequence order, pending events oldest first, and an
 * idempotent `markDispatched` (`… where dispatched_at is null`, so a retry
 * or a second dispatcher never changes the first `dispatchedAt`).
 */
export function createSqlOutbox(context: SqlContext): Outbox {
  const events = () =>
    context.db.selectFrom('aftersales_events').select(['sequence', 'body', 'dispatched_at']);
  return {
    read: (options) =>
      runOperation(context, 'outbox.read', async () => {
        const checked = Result.combine([
          checkAfter(options?.after ?? 0),
          checkLimit(options?.limit),
        ]);
        if (checked.isErr()) return err(checked.error);
        const [after, limit] = checked.value;
        const rows = await events()
          .where('sequence', '>', after)
          .orderBy('sequence')
          .limit(limit)
          .execute();
        return ok(rows.map(toStoredEvent));
      }),
    pending: (limit) =>
      runOperation(context, 'outbox.pending', async () => {
        const checked = checkLimit(limit);
        if (checked.isErr()) return err(checked.error);
        const rows = await events()
          .where('dispatched_at', 'is', null)
          .orderBy('sequence')
          .limit(checked.value)
          .execute();
        return ok(rows.map(toStoredEvent));
      }),
    markDispatched: (sequences, at) =>
      runOperation(context, 'outbox.markDispatched', async () => {
        const checked = Result.combine([checkSequences(sequences), checkInstant(at)]);
        if (checked.isErr()) return err(checked.error);
        const [list, instant] = checked.value;
        if (list.length === 0) return ok(0);
        const updated = await context.db
          .updateTable('aftersales_events')
          .set({ dispatched_at: instant })
          .where('sequence', 'in', [...new Set(list)])
          .where('dispatched_at', 'is', null)
          .executeTakeFirst();
        return ok(Number(updated.numUpdatedRows));
      }),
  };
}
