import { err, ok, Result } from 'neverthrow';
import {
  type DomainEvent,
  type Instant,
  type Outbox,
  outboxArguments,
  type StoredEvent,
} from '../shared/index';
import { runOperation, type SqlContext } from './context';

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
          outboxArguments.after(options?.after ?? 0),
          outboxArguments.limit(options?.limit),
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
        const checked = outboxArguments.limit(limit);
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
        const checked = Result.combine([
          outboxArguments.sequences(sequences),
          outboxArguments.at(at),
        ]);
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
