import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type {
  EntityBase,
  NotFoundError,
  Repository,
  StorageError,
  Store,
  ValidationError,
} from '../shared/index';
import {
  type CertificateCounter,
  type CertificateCounterId,
  certificateCounterId,
} from './certificate-number';
import type { CompletionCertificate } from './completion-certificate';
import type { Equipment } from './equipment';
import type { Inspection } from './inspection-schema';

/**
 * The storage collections of the quality module, prefixed so they never
 * clash with another module's names.
 *
 * @example
 * ```ts
 * store.repository<Inspection>(QUALITY_COLLECTIONS.inspections);
 * ```
 * @category quality
 */
export const QUALITY_COLLECTIONS = Object.freeze({
  inspections: 'quality-inspection',
  equipment: 'quality-equipment',
  certificateCounters: 'quality-certificate-counter',
  certificates: 'quality-completion-certificate',
} as const);

/**
 * The storage port of inspections (三级检验).
 *
 * @example
 * ```ts
 * const [current] = (await repositories.inspections.findByRepairOrder('ro_1'))._unsafeUnwrap();
 * ```
 * @category quality
 * @see §3.4(5)
 */
export interface InspectionRepository extends Repository<Inspection> {
  /** Every inspection of an order (normally one), oldest id first. Errors: `storage_failed`, `validation_failed`. */
  findByRepairOrder(
    repairOrderId: string,
  ): ResultAsync<readonly Inspection[], StorageError | ValidationError>;
}

/**
 * The storage port of the equipment register.
 *
 * @example
 * ```ts
 * const register = (await repositories.equipment.listInService())._unsafeUnwrap();
 * ```
 * @category quality
 * @see §4.2(5)
 */
export interface EquipmentRepository extends Repository<Equipment> {
  /** Equipment in service (up to 1,000 entries). Errors: `storage_failed`, `validation_failed`. */
  listInService(): ResultAsync<readonly Equipment[], StorageError | ValidationError>;
}

/**
 * The storage port of certificate counters, one per dealer and year.
 *
 * @example
 * ```ts
 * const counter = (await repositories.certificateCounters.findFor('SH4S01', 2026))._unsafeUnwrap(); // null before the first issue
 * ```
 * @category quality
 * @see §4.1(4)
 * @see X-6
 */
export interface CertificateCounterRepository extends Repository<CertificateCounter> {
  /** The counter of a dealer and year, or `null` before its first certificate. Errors: `storage_failed`. */
  findFor(dealerCode: string, year: number): ResultAsync<CertificateCounter | null, StorageError>;
}

/**
 * The storage port of completion certificates.
 *
 * @example
 * ```ts
 * const existing = (await repositories.certificates.findByRepairOrder('ro_1'))._unsafeUnwrap();
 * ```
 * @category quality
 * @see §4.1(4)
 */
export interface CompletionCertificateRepository extends Repository<CompletionCertificate> {
  /** The order's certificate, or `null`. Errors: `storage_failed`, `validation_failed`. */
  findByRepairOrder(
    repairOrderId: string,
  ): ResultAsync<CompletionCertificate | null, StorageError | ValidationError>;
}

/**
 * Every quality repository, built on one store.
 *
 * @example
 * ```ts
 * const { inspections, equipment, certificateCounters, certificates }: QualityRepositories = createQualityRepositories(store);
 * ```
 * @category quality
 */
export interface QualityRepositories {
  readonly inspections: InspectionRepository;
  readonly equipment: EquipmentRepository;
  readonly certificateCounters: CertificateCounterRepository;
  readonly certificates: CompletionCertificateRepository;
}

function orNull<T>(
  result: ResultAsync<T, NotFoundError | StorageError>,
): ResultAsync<T | null, StorageError> {
  return result.orElse((error) =>
    error.code === 'not_found' ? okAsync<T | null, StorageError>(null) : errAsync(error),
  );
}

/** The base port's methods, called on the adapter's object (which may be a class instance). */
function delegate<T extends EntityBase>(repository: Repository<T>): Repository<T> {
  return {
    get: (id) => repository.get(id),
    save: (entity, options) => repository.save(entity, options),
    list: (query) => repository.list(query),
  };
}

/**
 * Builds the quality repository ports on any shared `Store` (memory, SQL or
 * a host's own adapter); the queries use only `get` and `list`, so every
 * adapter that passes the conformance suite supports them.
 *
 * @param store - the storage adapter
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createQualityRepositories(createMemoryStore());
 * ```
 * @category quality
 * @see §11.1.2
 */
export function createQualityRepositories(store: Store): QualityRepositories {
  const inspections = store.repository<Inspection>(QUALITY_COLLECTIONS.inspections);
  const equipment = store.repository<Equipment>(QUALITY_COLLECTIONS.equipment);
  const counters = store.repository<CertificateCounter>(QUALITY_COLLECTIONS.certificateCounters);
  const certificates = store.repository<CompletionCertificate>(QUALITY_COLLECTIONS.certificates);
  return {
    inspections: {
      ...delegate(inspections),
      findByRepairOrder: (repairOrderId) =>
        inspections
          .list({
            where: { repairOrderId: repairOrderId as Inspection['repairOrderId'] },
            limit: 100,
          })
          .map((page) => page.items),
    },
    equipment: {
      ...delegate(equipment),
      listInService: () =>
        equipment.list({ where: { status: 'in-service' }, limit: 1000 }).map((page) => page.items),
    },
    certificateCounters: {
      ...delegate(counters),
      findFor: (dealerCode, year) =>
        orNull(counters.get(certificateCounterId(dealerCode, year) as CertificateCounterId)),
    },
    certificates: {
      ...delegate(certificates),
      findByRepairOrder: (repairOrderId) =>
        certificates
          .list({
            where: { repairOrderId: repairOrderId as CompletionCertificate['repairOrderId'] },
            limit: 1,
          })
          .map((page) => page.items[0] ?? null),
    },
  };
}
