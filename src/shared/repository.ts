import type { ResultAsync } from 'neverthrow';
import type { EntityBase } from './entity';
import type {
  ConcurrencyConflictError,
  NotFoundError,
  StorageError,
  ValidationError,
} from './errors';
import type { DomainEvent, StoredEvent } from './events';
import type { ListQuery, Page } from './list-query';
import type { Instant } from './time/instant';

/**
 * Every error a storage port can return; the codes are the shared ones
 * (`not_found`, `concurrency_conflict`, `storage_failed`, `validation_failed`).
 *
 * @example
 * ```ts
 * type LoadAndSaveError = RepositoryError | RepairOrderError;
 * ```
 * @category shared
 * @see X-6
 */
export type RepositoryError = NotFoundError | SaveError;

/**
 * What a save or a unit-of-work commit can fail with: a stale
 * `expectedVersion` (`concurrency_conflict`), an adapter failure
 * (`storage_failed`) or input that is not a storable change
 * (`validation_failed`).
 *
 * @example
 * ```ts
 * function retryable(error: SaveError): boolean { return error.code === 'concurrency_conflict'; }
 * ```
 * @category shared
 * @see X-6
 */
export type SaveError = ConcurrencyConflictError | StorageError | ValidationError;

/**
 * How a save is checked and what it records with the entity.
 *
 * @example
 * ```ts
 * const options: SaveOptions = { expectedVersion: order.version, events };
 * ```
 * @category shared
 * @see X-5
 * @see X-6
 */
export interface SaveOptions {
  /**
   * The version the caller read: `0` for an entity that must not exist yet,
   * otherwise the stored version it was loaded at (a non-negative integer).
   */
  readonly expectedVersion: number;
  /** Events caused by this change, appended to the outbox in the same transaction, in order. */
  readonly events?: readonly DomainEvent[];
}

/**
 * The storage port of one collection of aggregates (仓储). Storage-agnostic:
 * the memory adapter, the SQL adapter and third-party adapters implement it
 * with identical semantics, checked by the adapter conformance suite.
 *
 * Every method returns a fresh copy: mutating a returned (or saved) object
 * never changes what is stored. Entities must be JSON-safe.
 *
 * @typeParam T - the aggregate's entity type
 * @example
 * ```ts
 * const orders = store.repository<RepairOrder>('repair-order');
 * const saved = await orders
 *   .get(id)
 *   .andThen((order) => orders.save(deliver(order), { expectedVersion: order.version, events }));
 * ```
 * @category shared
 * @see §11.1.2
 * @see X-5
 * @see X-6
 */
export interface Repository<T extends EntityBase> {
  /**
   * Loads one entity. Errors: `not_found` when no entity has this id,
   * `storage_failed`.
   */
  get(id: T['id']): ResultAsync<T, NotFoundError | StorageError>;
  /**
   * Stores `entity` if and only if the stored version still equals
   * `options.expectedVersion` (none stored counts as `0`), together with
   * `options.events`, atomically. The stored entity is `entity` with
   * `version = expectedVersion + 1` (the entity's own `version` field is
   * ignored); that stored copy is returned. `createdAt`/`updatedAt` are kept
   * as given: storage never reads a clock.
   *
   * Errors: `concurrency_conflict` (clause X-6) when the stored version
   * differs — a stale write is rejected, nothing is written and no event is
   * recorded; `validation_failed` when the entity's base fields are invalid,
   * `expectedVersion` is not a non-negative integer, or the entity or an
   * event is not JSON-safe or well-formed; `storage_failed`.
   */
  save(entity: T, options: SaveOptions): ResultAsync<T, SaveError>;
  /**
   * Lists entities matching a {@link ListQuery}, one page at a time.
   * Errors: `validation_failed` for a malformed query or a cursor from a
   * different `orderBy` (reason `cursor_invalid`) or an `orderBy` field holding
   * objects or arrays (reason `field_not_scalar`); `storage_failed`.
   */
  list(query: ListQuery<T>): ResultAsync<Page<T>, StorageError | ValidationError>;
}

/**
 * One entity write inside a {@link UnitOfWork} commit.
 *
 * @example
 * ```ts
 * const change: Change = { collection: 'repair-order', entity: order, expectedVersion: 3, events };
 * ```
 * @category shared
 * @see X-5
 * @see X-6
 */
export interface Change<T extends EntityBase = EntityBase> extends SaveOptions {
  /** The collection, kebab-case, as passed to `Store.repository`. */
  readonly collection: string;
  readonly entity: T;
}

/**
 * Saves several aggregates and their events atomically (one transaction,
 * outbox pattern): a reception that creates a repair order and consumes an
 * appointment, a settlement that touches order, invoice and stock.
 *
 * @example
 * ```ts
 * await store.unitOfWork.commit([
 *   { collection: 'repair-order', entity: order, expectedVersion: 0, events: [opened] },
 *   { collection: 'appointment', entity: arrived, expectedVersion: appointment.version },
 * ]);
 * ```
 * @category shared
 * @see X-5
 * @see X-6
 */
export interface UnitOfWork {
  /**
   * All or nothing. Every change is checked first, with exactly the rules of
   * `Repository.save`; a change list that names the same `(collection, id)`
   * twice is `validation_failed` (reason `duplicate_change`). If every check
   * passes, all entities are stored with `version = expectedVersion + 1` and
   * all events are appended in change order, then event order; otherwise —
   * including a storage failure part-way — nothing is stored, no event is
   * recorded and no sequence becomes visible. Returns the stored copies in
   * change order. An empty list commits nothing and succeeds.
   *
   * Errors: `concurrency_conflict` (the first stale change), `validation_failed`,
   * `storage_failed`.
   */
  commit(changes: readonly Change[]): ResultAsync<readonly EntityBase[], SaveError>;
}

/**
 * Where to start reading the event log.
 *
 * @example
 * ```ts
 * const options: OutboxReadOptions = { after: lastSeenSequence, limit: 100 };
 * ```
 * @category shared
 */
export interface OutboxReadOptions {
  /** Read events whose `sequence` is greater than this; `0` (the default) reads from the start. */
  readonly after?: number;
  /** At most this many events, 1–1000. */
  readonly limit: number;
}

/**
 * The stored event log (outbox, 发件箱) that hosts drain into their own
 * message bus. Events become visible only with the transaction that wrote
 * them, and an adapter must make them visible in `sequence` order (an event
 * is never readable before one with a smaller sequence), so `read` with
 * `after` never skips an event.
 *
 * @example
 * ```ts
 * const batch = (await store.outbox.pending(100))._unsafeUnwrap();
 * await publish(batch);
 * await store.outbox.markDispatched(batch.map((e) => e.sequence), clock.now());
 * ```
 * @category shared
 * @see X-5
 */
export interface Outbox {
  /**
   * Events with `sequence > after`, ascending, dispatched or not: for
   * projections and replays. Errors: `validation_failed` (bad `after` or
   * `limit`), `storage_failed`.
   */
  read(
    options: OutboxReadOptions,
  ): ResultAsync<readonly StoredEvent[], StorageError | ValidationError>;
  /**
   * The oldest `limit` (1–1000) events not yet dispatched, ascending by
   * sequence. Errors: `validation_failed`, `storage_failed`.
   */
  pending(limit: number): ResultAsync<readonly StoredEvent[], StorageError | ValidationError>;
  /**
   * Marks events as dispatched at `at`. Idempotent: an event already marked
   * keeps its first `dispatchedAt`, and unknown sequences are ignored (a
   * dispatcher may retry after a crash). At most 1000 sequences per call.
   * Returns how many events changed from pending to dispatched.
   * Errors: `validation_failed` (sequences not positive integers, `at` not an
   * instant), `storage_failed`.
   */
  markDispatched(
    sequences: readonly number[],
    at: Instant,
  ): ResultAsync<number, StorageError | ValidationError>;
}

/**
 * A storage adapter as a whole: repositories for the collections each module
 * names, a unit of work across them, and the outbox. `aftersales/memory` is
 * the reference implementation; the conformance suite runs against any `Store`.
 *
 * @example
 * ```ts
 * function createServices(store: Store, clock: Clock) {
 *   const orders = store.repository<RepairOrder>('repair-order');
 *   // …
 * }
 * ```
 * @category shared
 * @see §11.1.2
 * @see X-5
 * @see X-6
 */
export interface Store {
  /**
   * The repository of one collection. `collection` is kebab-case, 1–64
   * characters; repositories of the same name share data.
   *
   * @throws TypeError for an invalid name: names are constants in module
   * code, so a bad one is a programmer error
   */
  repository<T extends EntityBase>(collection: string): Repository<T>;
  readonly unitOfWork: UnitOfWork;
  readonly outbox: Outbox;
}
