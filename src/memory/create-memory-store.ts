import { err, ok } from 'neverthrow';
import {
  AggregateTypeSchema,
  type EntityBase,
  MAX_ID_LENGTH,
  type NotFoundError,
  notFound,
  type Page,
  type Repository,
  type StorageError,
  type Store,
  type UnitOfWork,
  type ValidationError,
} from '../shared/index';
import { commitChanges } from './commit-changes';
import { listEntities } from './list-entities';
import { createMemoryOutbox } from './outbox';
import { injectedFault, type MemoryOperation, type MemoryState, runLater } from './state';

/**
 * Options of {@link createMemoryStore}.
 *
 * @example
 * ```ts
 * const options: MemoryStoreOptions = { failOn: (op) => op.kind === 'append-event' };
 * ```
 * @category memory
 */
export interface MemoryStoreOptions {
  /**
   * Fault injection for tests: return `true` to make that operation fail with
   * `storage_failed` (reason `injected_fault`). Consulted for reads, for each
   * staged entity write and event append of a save or commit (after every
   * check has passed, before anything is applied), and for outbox calls.
   */
  readonly failOn?: (operation: MemoryOperation) => boolean;
}

/**
 * The in-memory reference {@link Store}. It has the same semantics as every
 * other adapter, nothing more, so code tested against it runs unchanged on SQL.
 *
 * @example
 * ```ts
 * const store: MemoryStore = createMemoryStore();
 * ```
 * @category memory
 * @see §11.1.2
 */
export type MemoryStore = Store;

/**
 * Creates an empty in-memory store (the reference adapter): entities are
 * kept as JSON text per collection, so callers can never alias stored state
 * and non-JSON-safe data is rejected; saves use real optimistic concurrency;
 * a unit of work is all or nothing, events included; events get one global,
 * strictly increasing sequence; lists have a total order and keyset
 * pagination. Every operation completes on a later microtask and is atomic.
 * Each call creates an independent store; nothing is shared or global.
 *
 * Errors, as the `Store` ports define them: `not_found`,
 * `concurrency_conflict`, `validation_failed` (including
 * `duplicate_change`, `not_json_safe`, `cursor_invalid`,
 * `field_not_scalar`), `storage_failed` (`injected_fault`).
 *
 * @param options - optional fault injection
 * @returns a {@link MemoryStore}
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const store = createMemoryStore();
 * const bays = store.repository<Bay>('bay');
 * const saved = await bays.save(bay, { expectedVersion: 0 }); // version 1
 * const stale = await bays.save(bay, { expectedVersion: 0 }); // err: concurrency_conflict
 * ```
 * @category memory
 * @see §11.1.2
 * @see X-5
 * @see X-6
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const state: MemoryState = {
    collections: new Map(),
    events: [],
    failOn: options.failOn ?? (() => false),
  };

  function repository<T extends EntityBase>(collection: string): Repository<T> {
    if (!AggregateTypeSchema.safeParse(collection).success) {
      throw new TypeError(
        `collection names are kebab-case, 1–64 characters: ${String(collection)}`,
      );
    }
    return {
      get: (id) =>
        runLater<T, NotFoundError | StorageError>('get', () => {
          // Longer than any storable id yet bounded, so hostile input never bloats the error.
          const key = typeof id === 'string' ? id.slice(0, MAX_ID_LENGTH + 1) : '';
          const fault = injectedFault(state, { kind: 'get', collection, id: key }, 'get');
          if (fault) return err(fault);
          const record = state.collections.get(collection)?.get(key);
          return record ? ok(JSON.parse(record.json) as T) : err(notFound(collection, key));
        }),
      save: (entity, options) =>
        runLater('save', () =>
          commitChanges(state, [{ ...options, collection, entity }], 'save').map(
            ([stored]) => stored as T,
          ),
        ),
      list: (query) =>
        runLater<Page<T>, StorageError | ValidationError>('list', () => {
          const fault = injectedFault(state, { kind: 'list', collection }, 'list');
          if (fault) return err(fault);
          return listEntities<T>(state.collections.get(collection) ?? [], query);
        }),
    };
  }

  return Object.freeze({
    repository,
    unitOfWork: Object.freeze<UnitOfWork>({
      commit: (changes) => runLater('commit', () => commitChanges(state, changes, 'commit')),
    }),
    outbox: Object.freeze(createMemoryOutbox(state)),
  });
}
