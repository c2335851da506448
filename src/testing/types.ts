import type { EntityBase, Store } from '../shared/index';

/**
 * A store under test and how to release it. The suite calls the factory
 * once per test and `close` when that test ends, pass or fail.
 *
 * @example
 * ```ts
 * const handle: StoreHandle = { store: createMemoryStore() };
 * ```
 * @category testing
 * @see §11.1.2
 */
export interface StoreHandle {
  readonly store: Store;
  /** Releases the store (closes connections, drops a per-test schema). */
  readonly close?: () => Promise<void>;
}

/**
 * Makes a fresh, empty store for one test.
 *
 * @example
 * ```ts
 * const makeStore: StoreFactory = async () => ({ store: createMemoryStore() });
 * ```
 * @category testing
 * @see §11.1.2
 */
export type StoreFactory = () => Promise<StoreHandle>;

/**
 * One storage operation that a deliberately faulty store must fail with
 * `storage_failed`: writing the entity `(collection, id)`, or appending an
 * event of `eventType`, inside a save or a commit.
 *
 * @example
 * ```ts
 * const fault: StoreFault = { kind: 'entity-write', collection: 'gadget', id: 'g1' };
 * ```
 * @category testing
 * @see X-5
 */
export type StoreFault =
  | { readonly kind: 'entity-write'; readonly collection: string; readonly id: string }
  | { readonly kind: 'event-append'; readonly eventType: string };

/**
 * An aggregate the round-trip test saves and reads back unchanged: module
 * authors and adapter authors add their own beside the built-in samples.
 *
 * @example
 * ```ts
 * const sample: AggregateSample = { collection: 'bay', entity: { id: 'bay_1', version: 0, createdAt: at, updatedAt: at } };
 * ```
 * @category testing
 * @see §11.1.2
 */
export interface AggregateSample {
  /** The collection, kebab-case, as the module's repository names it. */
  readonly collection: string;
  /** A JSON-safe entity with `version: 0`, never stored before. */
  readonly entity: EntityBase;
}

/**
 * Options of {@link runStoreConformanceSuite}.
 *
 * @example
 * ```ts
 * const options: StoreConformanceOptions = { concurrentWriters: 16, timeoutMs: 60_000 };
 * ```
 * @category testing
 * @see §11.1.2
 */
export interface StoreConformanceOptions {
  /**
   * Makes a fresh store whose given operation fails with `storage_failed`,
   * for the tests that a unit of work failing part-way stores nothing.
   * Without it those tests are skipped (and reported as skipped).
   */
  readonly makeFailingStore?: (fault: StoreFault) => Promise<StoreHandle>;
  /** How many writers race on one aggregate, 2–64; default 8. */
  readonly concurrentWriters?: number;
  /** Time limit of each test in milliseconds; default 30,000. */
  readonly timeoutMs?: number;
  /** More aggregates for the round-trip test, beside {@link aggregateSamples}. */
  readonly samples?: readonly AggregateSample[];
}
