import { describe, it } from 'vitest';
import { concurrencyChecks } from './concurrency-checks';
import type { ConformanceCheck } from './fixtures';
import { listChecks } from './list-checks';
import { outboxChecks } from './outbox-checks';
import { repositoryChecks } from './repository-checks';
import type { StoreConformanceOptions, StoreFactory } from './types';
import { unitOfWorkChecks } from './unit-of-work-checks';

/** The suite's checks by group, in the order they run. */
export const conformanceGroups: readonly (readonly [string, readonly ConformanceCheck[]])[] = [
  ['repository', repositoryChecks],
  ['list', listChecks],
  ['optimistic concurrency', concurrencyChecks],
  ['unit of work', unitOfWorkChecks],
  ['outbox', outboxChecks],
];

function clampWriters(writers: number | undefined): number {
  if (writers === undefined || !Number.isSafeInteger(writers)) return 8;
  return Math.min(64, Math.max(2, writers));
}

/**
 * Registers the storage adapter conformance suite (适配器一致性测试) with
 * vitest: every behaviour of the shared `Store` ports that the reference
 * memory store has, so that domain code runs unchanged on any adapter.
 * Call it at the top level of a test file; `makeStore` must return a fresh,
 * empty store each time (a new database, schema or file per call).
 *
 * It checks: round trips of every aggregate sample (JSON-safe data, money
 * strings unchanged to the last digit), `not_found`, input validation, list
 * filters, the total order and keyset pagination, optimistic concurrency
 * (a stale `expectedVersion` is rejected; N concurrent writers on one
 * aggregate → exactly one wins per version; no lost update), unit-of-work
 * atomicity (a conflict, an invalid change or — with `makeFailingStore` — a
 * storage failure part-way stores nothing, events included), and the outbox
 * (events stored with their aggregate in the same transaction, read back in
 * sequence order without skips, idempotent `markDispatched`).
 *
 * A failing test names the clause it checks (§11.1.2, X-5 or X-6). Needs
 * vitest (an optional peer dependency) and registers no global hooks.
 *
 * @param name - names the adapter in the test report, e.g. `'SQLite :memory:'`
 * @param makeStore - returns a fresh store and, optionally, how to close it
 * @param options - fault injection, writer count, time limit, extra samples
 * @example
 * ```ts
 * // test/store.conformance.test.ts
 * import { runStoreConformanceSuite } from 'aftersales/testing';
 * import { createMyStore } from '../src/index';
 *
 * runStoreConformanceSuite('my adapter', async () => {
 *   const store = await createMyStore({ database: `test_${crypto.randomUUID()}` });
 *   return { store, close: () => store.dispose() };
 * });
 * ```
 * @category testing
 * @see §11.1.2
 * @see X-5
 * @see X-6
 */
export function runStoreConformanceSuite(
  name: string,
  makeStore: StoreFactory,
  options: StoreConformanceOptions = {},
): void {
  const context = { makeStore, options, writers: clampWriters(options.concurrentWriters) };
  const timeout = options.timeoutMs ?? 30_000;
  describe(`${name}: storage adapter conformance (§11.1.2)`, () => {
    for (const [group, checks] of conformanceGroups) {
      describe(group, () => {
        for (const check of checks) {
          const skip = check.needsFaults === true && options.makeFailingStore === undefined;
          it.skipIf(skip)(check.name, () => check.run(context), timeout);
        }
      });
    }
  });
}
