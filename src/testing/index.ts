/**
 * The storage adapter conformance suite: one call registers, with vitest,
 * every test that a `Store` implementation must pass to behave exactly like
 * the reference memory store — round trips, lists, optimistic concurrency,
 * atomic units of work and the outbox. The library's own adapters run it;
 * third-party adapter authors run it in their repositories.
 *
 * ```ts
 * import { runStoreConformanceSuite } from 'aftersales/testing';
 * import { createMemoryStore } from 'aftersales/memory';
 * runStoreConformanceSuite('memory', async () => ({ store: createMemoryStore() }));
 * ```
 *
 * @packageDocumentation
 * @module testing
 */
export { aggregateSamples } from './aggregate-samples';
export { runStoreConformanceSuite } from './run-store-conformance-suite';
export type {
  AggregateSample,
  StoreConformanceOptions,
  StoreFactory,
  StoreFault,
  StoreHandle,
} from './types';
