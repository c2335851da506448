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
import { injectedFault, type MemoryState, runLater, type StoredEventRecord } from './state';

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

function invalid(path: string, detail: string): ValidationError {
  return validationError([{ path, reason: 'invalid_value', detail }]);
}

function toStoredEvent(record: StoredEventRecord): StoredEvent {
  const event = JSON.parse(record.json) as DomainEvent;
  return { ...event, sequence: record.sequence, dispatchedAt: record.dispatchedAt };
}

function checkLimit(limit: unknown): Result<number, ValidationError> {
  return isCount(limit, 1, MAX_PAGE_SIZE)
    ? ok(limit)
    : err(invalid('limit', `must be an integer from 1 to ${MAX_PAGE_SIZE}`));
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

function checkAfter(after: unknown): Result<number, ValidationError> {
  return isCount(after, 0, Number.MAX_SAFE_INTEGER)
    ? ok(after)
    : err(invalid('after', 'must be a non-negative integer'));
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
        Result.combine([checkAfter(options?.after ?? 0), checkLimit(options?.limit)]).andThen(
          // Sequences are dense here (`events[i].sequence === i + 1`), so `after` is an index.
          ([after, limit]) =>
            readEvents('outbox.read', () => state.events.slice(after, after + limit)),
        ),
      ),
    pending: (limit) =>
      runLater('outbox.pending', () =>
        checkLimit(limit).andThen((max) =>
          readEvents('outbox.pending', () =>
            state.events.filter((record) => record.dispatchedAt === null).slice(0, max),
          ),
        ),
      ),
    markDispatched: (sequences, at) =>
      runLater('outbox.markDispatched', () =>
        Result.combine([checkSequences(sequences), checkInstant(at)]).andThen(
          ([checked, instant]) => {
            const fault = injectedFault(state, { kind: 'outbox-mark' }, 'outbox.markDispatched');
            return fault ? err(fault) : ok(markAll(state, checked, instant));
          },
        ),
      ),
  };
}
