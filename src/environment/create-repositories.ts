import { delegateRepository, listAllMatching, type Store } from '../shared/index';
import type { Meter, MeterReading } from './meter-schema';
import type { EnvironmentRepositories } from './repository';
import type { WasteHandler } from './waste-handler';
import type { WasteLot } from './waste-lot-schema';

/**
 * The storage collection of each environment aggregate (kebab-case, as
 * `Store.repository` takes them).
 *
 * @example
 * ```ts
 * store.repository<WasteLot>(ENVIRONMENT_COLLECTIONS.wasteLots);
 * ```
 * @category environment
 * @see §11.1.2
 */
export const ENVIRONMENT_COLLECTIONS = Object.freeze({
  wasteLots: 'environment-waste-lot',
  wasteHandlers: 'environment-waste-handler',
  meters: 'environment-meter',
  meterReadings: 'environment-meter-reading',
} as const);

/**
 * Builds the environment repository ports on any shared `Store` — memory,
 * SQL or a third-party adapter — using only the generic `list` query, so
 * every adapter that passes the conformance suite works (§11.1.2). Lookups
 * page through all matches; stale writes are `concurrency_conflict`.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createEnvironmentRepositories(createMemoryStore());
 * await repositories.wasteLots.save(lot, { expectedVersion: 0, events });
 * ```
 * @category environment
 * @see §10.3(5)
 * @see §10.2(1)
 * @see X-6
 */
export function createEnvironmentRepositories(store: Store): EnvironmentRepositories {
  const wasteLots = store.repository<WasteLot>(ENVIRONMENT_COLLECTIONS.wasteLots);
  const wasteHandlers = store.repository<WasteHandler>(ENVIRONMENT_COLLECTIONS.wasteHandlers);
  const meters = store.repository<Meter>(ENVIRONMENT_COLLECTIONS.meters);
  const readings = store.repository<MeterReading>(ENVIRONMENT_COLLECTIONS.meterReadings);
  return {
    wasteLots: {
      ...delegateRepository(wasteLots),
      listByStatus: (status) => listAllMatching(wasteLots, { status }, { field: 'generatedAt' }),
    },
    wasteHandlers: delegateRepository(wasteHandlers),
    meters: {
      ...delegateRepository(meters),
      listByKind: (kind) => listAllMatching(meters, { kind }, { field: 'createdAt' }),
    },
    meterReadings: {
      ...delegateRepository(readings),
      listByMeter: (meterId) => listAllMatching(readings, { meterId }, { field: 'readAt' }),
      findLatest: (meterId) =>
        readings
          .list({ where: { meterId }, orderBy: { field: 'readAt', direction: 'desc' }, limit: 1 })
          .map((page) => page.items[0] ?? null),
    },
  };
}
