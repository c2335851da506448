import { err, type Result, ResultAsync } from 'neverthrow';
import { type Instant, type StorageError, storageFailed } from '../shared/index';

/** One stored entity: its version, its JSON text (the truth) and a private parsed copy for queries. */
export interface StoredRecord {
  readonly version: number;
  readonly json: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** One stored event: the event as JSON text and its mutable dispatch state. */
export interface StoredEventRecord {
  readonly sequence: number;
  readonly json: string;
  dispatchedAt: Instant | null;
}

/**
 * Something the memory store is about to do; `failOn` sees each one and may
 * make it fail with `storage_failed` (reason `injected_fault`). Writes are
 * offered one by one after every check has passed and before anything is
 * applied, which is how tests show that a failure part-way stores nothing.
 *
 * @example
 * ```ts
 * const failOn = (op: MemoryOperation) => op.kind === 'write' && op.collection === 'appointment';
 * ```
 * @category memory
 * @see X-5
 */
export type MemoryOperation =
  | { readonly kind: 'get'; readonly collection: string; readonly id: string }
  | { readonly kind: 'list'; readonly collection: string }
  | { readonly kind: 'write'; readonly collection: string; readonly id: string }
  | { readonly kind: 'append-event'; readonly eventType: string }
  | { readonly kind: 'outbox-read' }
  | { readonly kind: 'outbox-mark' };

/** Per-store state; each `createMemoryStore` call owns one, nothing is global. */
export interface MemoryState {
  readonly collections: Map<string, Map<string, StoredRecord>>;
  /** `events[i].sequence === i + 1`: memory never burns a sequence. */
  readonly events: StoredEventRecord[];
  readonly failOn: (operation: MemoryOperation) => boolean;
}

/** The entities of a collection, created on first use. */
export function collectionOf(state: MemoryState, name: string): Map<string, StoredRecord> {
  let collection = state.collections.get(name);
  if (collection === undefined) {
    collection = new Map();
    state.collections.set(name, collection);
  }
  return collection;
}

/** `storage_failed` when the fault hook asks for it (or throws), `undefined` otherwise. */
export function injectedFault(
  state: MemoryState,
  operation: MemoryOperation,
  name: string,
): StorageError | undefined {
  try {
    return state.failOn(operation) ? storageFailed(name, 'injected_fault') : undefined;
  } catch {
    return storageFailed(name, 'injected_fault');
  }
}

/**
 * Runs an operation on a later microtask, as a real adapter would, so callers
 * cannot come to rely on synchronous writes. The check and the write happen in
 * one synchronous step, which is what makes each operation atomic here.
 */
export function runLater<T, E>(
  name: string,
  operation: () => Result<T, E>,
): ResultAsync<T, E | StorageError> {
  const run = (): Result<T, E | StorageError> => {
    try {
      return operation();
    } catch {
      // An adapter reports its own unexpected failures as storage errors, never as rejections.
      return err(storageFailed(name, 'unexpected_error'));
    }
  };
  return new ResultAsync(Promise.resolve().then(run));
}
