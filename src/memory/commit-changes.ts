import { err, ok, type Result } from 'neverthrow';
import {
  type Change,
  type CheckedChange,
  checkChanges,
  concurrencyConflict,
  type DomainEvent,
  type EntityBase,
  type SaveError,
  type StorageError,
} from '../shared/index';
import { collectionOf, injectedFault, type MemoryState, type StoredRecord } from './state';

interface StagedWrite {
  readonly collection: string;
  readonly id: string;
  readonly record: StoredRecord;
}

function findConflict(state: MemoryState, changes: readonly CheckedChange[]) {
  for (const { collection, entity, expectedVersion } of changes) {
    const actualVersion = state.collections.get(collection)?.get(entity.id)?.version ?? 0;
    if (actualVersion !== expectedVersion) {
      return concurrencyConflict(collection, entity.id, expectedVersion, actualVersion);
    }
  }
  return undefined;
}

function stageWrite(change: CheckedChange): StagedWrite {
  const json = JSON.stringify({ ...change.entity, version: change.expectedVersion + 1 });
  const fields = JSON.parse(json) as Readonly<Record<string, unknown>>;
  return {
    collection: change.collection,
    id: change.entity.id,
    record: { version: fields.version as number, json, fields },
  };
}

function findFault(
  state: MemoryState,
  writes: readonly StagedWrite[],
  events: readonly DomainEvent[],
  operation: string,
): StorageError | undefined {
  for (const { collection, id } of writes) {
    const fault = injectedFault(state, { kind: 'write', collection, id }, operation);
    if (fault) return fault;
  }
  for (const event of events) {
    const fault = injectedFault(state, { kind: 'append-event', eventType: event.type }, operation);
    if (fault) return fault;
  }
  return undefined;
}

/**
 * Saves changes all or nothing: checks every change, then the versions,
 * then stages every write and offers each to the fault hook, and only then
 * applies them all in one synchronous step. Returns fresh copies of what was
 * stored, in change order.
 *
 * @param operation - names storage errors; a commit's issue paths start with the change's index
 */
export function commitChanges(
  state: MemoryState,
  changes: readonly Change[],
  operation: 'save' | 'commit',
): Result<EntityBase[], SaveError> {
  const checked = checkChanges(changes, operation === 'commit');
  if (checked.isErr()) return err(checked.error);
  const conflict = findConflict(state, checked.value);
  if (conflict) return err(conflict);

  const writes = checked.value.map(stageWrite);
  const events = checked.value.flatMap((change) => change.events);
  const fault = findFault(state, writes, events, operation);
  if (fault) return err(fault);

  for (const { collection, id, record } of writes) collectionOf(state, collection).set(id, record);
  for (const event of events) {
    state.events.push({
      sequence: state.events.length + 1,
      json: JSON.stringify(event),
      dispatchedAt: null,
    });
  }
  return ok(writes.map(({ record }) => JSON.parse(record.json) as EntityBase));
}
