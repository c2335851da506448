/**
 * The in-memory reference storage adapter: every repository port of
 * `aftersales/shared` with real optimistic concurrency, atomic units of work
 * and an outbox, for tests, demos and single-process hosts. Data lives as
 * long as the store object.
 *
 * @packageDocumentation
 * @module memory
 */
export type { MemoryStore, MemoryStoreOptions } from './create-memory-store';
export { createMemoryStore } from './create-memory-store';
export type { MemoryOperation } from './state';
