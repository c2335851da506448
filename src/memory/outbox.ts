import { err, ok, Result } from 'neverthrow';
import {
  type DomainEvent,
  type Instant,
  type Outbox,
  outboxArguments,
  type StoredEvent,
} from '../shared/index';
import { injectedFault, type MemoryState, runLater, type StoredEventRecord } from './state';

function toStoredEvent(record: StoredEventRecord): StoredEvent {
  const event = JSON.parse(record.json) as DomainEvent;
  return { ...event, sequence: record.sequence, dispatchedAt: record.dispatchedAt };
}

function markAll(state: MemoryState, sequences: readonly number[], at: Instant): number {
  let marked = 0;
  for (const sequence of sequences) {
    const record = state.events[sequence - 1];
    if (record !== undefined && record.dispatchedAt === null) {
      record.dispatchedAt = at;
      marked += 1;
    }
  }
  return marked;
}

/** The memory store's outbox: the event log of `state`, read and marked through copies. */
export function createMemoryOutbox(state: MemoryState): Outbox {
  const readEvents = (name: string, select: () => readonly StoredEventRecord[]) => {
    const fault = injectedFault(state, { kind: 'outbox-read' }, name);
    return fault ? err(fault) : ok(select().map(toStoredEvent));
  };
  return {
    read: (options) =>
      runLater('outbox.read', () =>
        Result.combine([
          outboxArguments.after(options?.after ?? 0),
          outboxArguments.limit(options?.limit),
        ]).andThen(
          // Sequences are dense here (`events[i].sequence === i + 1`), so `after` is an index.
          ([after, limit]) =>
            readEvents('outbox.read', () => state.events.slice(after, after + limit)),
        ),
      ),
    pending: (limit) =>
      runLater('outbox.pending', () =>
        outboxArguments
          .limit(limit)
          .andThen((max) =>
            readEvents('outbox.pending', () =>
              state.events.filter((record) => record.dispatchedAt === null).slice(0, max),
            ),
          ),
      ),
    markDispatched: (sequences, at) =>
      runLater('outbox.markDispatched', () =>
        Result.combine([outboxArguments.sequences(sequences), outboxArguments.at(at)]).andThen(
          ([checked, instant]) => {
            const fault = injectedFault(state, { kind: 'outbox-mark' }, 'outbox.markDispatched');
            return fault ? err(fault) : ok(markAll(state, checked, instant));
          },
        ),
      ),
  };
}
