import type { ResultAsync } from 'neverthrow';
import type { Repository, StorageError, ValidationError } from '../shared/index';
import type { MeterId } from './ids';
import type { Meter, MeterKind, MeterReading } from './meter-schema';
import type { WasteHandler } from './waste-handler';
import type { WasteLot, WasteLotStatus } from './waste-lot-schema';

/**
 * Errors of the lookup queries of the environment repositories.
 *
 * @example
 * ```ts
 * function report(error: EnvironmentLookupError) { return error.code; } // 'storage_failed' | 'validation_failed'
 * ```
 * @category environment
 * @see §11.1.2
 */
export type EnvironmentLookupError = StorageError | ValidationError;

/**
 * Storage port of the waste ledger (§10.3(5)), with a lookup by status
 * (e.g. every lot still on site for {@link listHazardousStorageDue}).
 *
 * @example
 * ```ts
 * const stored = await repositories.wasteLots.listByStatus('stored');
 * ```
 * @category environment
 * @see §10.3(5)
 * @see REG-6
 */
export interface WasteLotRepository extends Repository<WasteLot> {
  /** Every lot in this status, oldest generated first. */
  listByStatus(status: WasteLotStatus): ResultAsync<readonly WasteLot[], EnvironmentLookupError>;
}

/**
 * Storage port of waste handlers and their licences.
 *
 * @example
 * ```ts
 * const handler = await repositories.wasteHandlers.get(handlerId);
 * ```
 * @category environment
 * @see §10.3(5)
 */
export type WasteHandlerRepository = Repository<WasteHandler>;

/**
 * Storage port of meters, with a lookup by kind.
 *
 * @example
 * ```ts
 * const electricity = await repositories.meters.listByKind('electricity');
 * ```
 * @category environment
 * @see §10.2(1)
 */
export interface MeterRepository extends Repository<Meter> {
  /** Every meter of this kind, oldest first. */
  listByKind(kind: MeterKind): ResultAsync<readonly Meter[], EnvironmentLookupError>;
}

/**
 * Storage port of meter readings, with a meter's history and its latest
 * reading (the `previous` that {@link recordMeterReading} needs).
 *
 * @example
 * ```ts
 * const latest = await repositories.meterReadings.findLatest(meter.id);
 * ```
 * @category environment
 * @see §10.2(1)
 */
export interface MeterReadingRepository extends Repository<MeterReading> {
  /** Every reading of the meter, in reading order. */
  listByMeter(meterId: MeterId): ResultAsync<readonly MeterReading[], EnvironmentLookupError>;
  /** The meter's latest reading, `null` when it has none. */
  findLatest(meterId: MeterId): ResultAsync<MeterReading | null, EnvironmentLookupError>;
}

/**
 * Every repository of the environment module.
 *
 * @example
 * ```ts
 * const repositories: EnvironmentRepositories = createEnvironmentRepositories(store);
 * ```
 * @category environment
 * @see §10.2(1)
 * @see §10.3(5)
 */
export interface EnvironmentRepositories {
  readonly wasteLots: WasteLotRepository;
  readonly wasteHandlers: WasteHandlerRepository;
  readonly meters: MeterRepository;
  readonly meterReadings: MeterReadingRepository;
}
