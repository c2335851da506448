import { err, ok, type Result } from 'neverthrow';
import {
  AggregateTypeSchema,
  type Change,
  type ConcurrencyConflictError,
  concurrencyConflict,
  type DomainEvent,
  DomainEventSchema,
  type EntityBase,
  EntityBaseSchema,
  isJsonSafe,
  parseWith,
  type StorageError,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from '../shared/index';
import { collectionOf, injectedFault, type MemoryState, type StoredRecord } from './state';

/** What a save or a commit can fail with. */
export type CommitError = ConcurrencyConflictError | StorageError | ValidationError;

/** A change whose every field has been checked. */
interface CheckedChange {
  readonly collection: string;
  readonly entity: EntityBase;
  readonly expectedVersion: number;
  readonly events: readonly DomainEvent[];
}

interface StagedWrite {
  readonly collection: string;
  readonly id: string;
  readonly record: StoredRecord;
}

function issue(path: string, reason: string, detail: string): ValidationIssue {
  return { path, reason, detail };
}

/** Joins issue-path segments, skipping empty ones. */
function at(prefix: string, field: string): string {
  return prefix === '' || field === '' ? prefix + field : `${prefix}.${field}`;
}

/** The issues of a failed parse, moved under `prefix`. */
function issuesAt(prefix: string, result: Result<unknown, ValidationError>): ValidationIssue[] {
  if (result.isOk()) return [];
  return result.error.data.issues.map((found) => ({ ...found, path: at(prefix, found.path) }));
}

function checkEvents(events: unknown, prefix: string): Result<DomainEvent[], ValidationIssue[]> {
  if (!Array.isArray(events)) return err([issue(prefix, 'invalid_type', 'must be an array')]);
  const parsed = events.map((event: unknown) => parseWith(DomainEventSchema, event));
  const issues = parsed.flatMap((result, index) => issuesAt(at(prefix, String(index)), result));
  return issues.length > 0 ? err(issues) : ok(parsed.map((result) => result._unsafeUnwrap()));
}

/** Checks one change without looking at stored state; `prefix` locates it in the issue paths. */
function checkChange(change: Change, prefix: string): Result<CheckedChange, ValidationIssue[]> {
  if (typeof change !== 'object' || change === null) {
    return err([issue(prefix, 'invalid_type', 'a change must be an object')]);
  }
  const { collection, entity, expectedVersion, events = [] } = change;
  const checkedEvents = checkEvents(events, at(prefix, 'events'));
  const issues = [
    ...issuesAt(at(prefix, 'collection'), parseWith(AggregateTypeSchema, collection)),
    ...issuesAt(at(prefix, 'entity'), parseWith(EntityBaseSchema, entity)),
    ...(checkedEvents.isErr() ? checkedEvents.error : []),
  ];
  if (!isJsonSafe(entity)) {
    issues.push(issue(at(prefix, 'entity'), 'not_json_safe', 'must be JSON-safe data'));
  }
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    const detail = 'must be a non-negative integer';
    issues.push(issue(at(prefix, 'expectedVersion'), 'invalid_version', detail));
  }
  if (checkedEvents.isErr() || issues.length > 0) return err(issues);
  return ok({ collection, entity, expectedVersion, events: checkedEvents.value });
}

function checkAll(
  changes: readonly Change[],
  indexed: boolean,
): Result<CheckedChange[], ValidationError> {
  if (!Array.isArray(changes)) {
    return err(validationError([issue('', 'invalid_type', 'changes must be an array')]));
  }
  const issues: ValidationIssue[] = [];
  const checked: CheckedChange[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const prefix = indexed ? String(index) : '';
    const result = checkChange(change, prefix);
    if (result.isErr()) {
      issues.push(...result.error);
      return;
    }
    // JSON text of the pair cannot collide the way a joined string could.
    const key = JSON.stringify([result.value.collection, result.value.entity.id]);
    if (seen.has(key)) {
      issues.push(issue(prefix, 'duplicate_change', 'the same entity appears twice in one commit'));
    }
    seen.add(key);
    checked.push(result.value);
  });
  return issues.length > 0 ? err(validationError(issues)) : ok(checked);
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
): Result<EntityBase[], CommitError> {
  const checked = checkAll(changes, operation === 'commit');
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
