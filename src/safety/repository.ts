import type { ResultAsync } from 'neverthrow';
import type { Repository, StorageError, ValidationError } from '../shared/index';
import type { Drill } from './drill-schema';
import type { Hazard, HazardStatus, SafetyArea } from './hazard-schema';
import type { EmergencyPlanId, SafetyInspectionId } from './ids';
import type { Incident, IncidentStatus } from './incident-schema';
import type { SafetyInspection } from './inspection-schema';
import type { EmergencyPlan } from './plan-schema';
import type { SafetyRecord } from './safety-record';

/**
 * Errors of the lookup queries of safety's repositories.
 *
 * @example
 * ```ts
 * function report(error: SafetyLookupError) { return error.code; } // 'storage_failed' | 'validation_failed'
 * ```
 * @category safety
 * @see §11.1.2
 */
export type SafetyLookupError = StorageError | ValidationError;

/**
 * Storage port of safety inspections (§9.1.2).
 *
 * @example
 * ```ts
 * const workshop = await repositories.inspections.listByArea('workshop');
 * ```
 * @category safety
 * @see §9.1.2
 */
export interface SafetyInspectionRepository extends Repository<SafetyInspection> {
  /** Every inspection of an area, oldest first. */
  listByArea(area: SafetyArea): ResultAsync<readonly SafetyInspection[], SafetyLookupError>;
}

/**
 * Storage port of hazards (§9.1.2), with the open list that
 * {@link findOverdueHazards} reads.
 *
 * @example
 * ```ts
 * const open = (await repositories.hazards.listOpen())._unsafeUnwrap();
 * findOverdueHazards(open, clock.now());
 * ```
 * @category safety
 * @see §9.1.2
 */
export interface HazardRepository extends Repository<Hazard> {
  /** Every hazard in a status, earliest deadline first. */
  listByStatus(status: HazardStatus): ResultAsync<readonly Hazard[], SafetyLookupError>;
  /** Every hazard not yet rectified (`reported` or `rectifying`), earliest deadline first. */
  listOpen(): ResultAsync<readonly Hazard[], SafetyLookupError>;
  /** The hazards one inspection registered. */
  listByInspection(
    inspectionId: SafetyInspectionId,
  ): ResultAsync<readonly Hazard[], SafetyLookupError>;
}

/**
 * Storage port of incidents (§9.3.1).
 *
 * @example
 * ```ts
 * const open = await repositories.incidents.listByStatus('investigating');
 * ```
 * @category safety
 * @see §9.3.1
 */
export interface IncidentRepository extends Repository<Incident> {
  /** Every incident in a status, oldest first. */
  listByStatus(status: IncidentStatus): ResultAsync<readonly Incident[], SafetyLookupError>;
}

/**
 * Storage port of reward and penalty records (§9.1.3).
 *
 * @example
 * ```ts
 * const decided = await repositories.records.listByLink('inc_1');
 * ```
 * @category safety
 * @see §9.1.3
 */
export interface SafetyRecordRepository extends Repository<SafetyRecord> {
  /** The records linked to one incident or inspection, oldest first. */
  listByLink(linkId: string): ResultAsync<readonly SafetyRecord[], SafetyLookupError>;
  /** The records of one employee, team or department, oldest first. */
  listByRecipient(recipientId: string): ResultAsync<readonly SafetyRecord[], SafetyLookupError>;
}

/**
 * Storage port of the emergency plan registry (§9.3.2).
 *
 * @example
 * ```ts
 * const active = await repositories.plans.listByStatus('active');
 * ```
 * @category safety
 * @see §9.3.2
 */
export interface EmergencyPlanRepository extends Repository<EmergencyPlan> {
  /** Every plan in a status, oldest first. */
  listByStatus(
    status: EmergencyPlan['status'],
  ): ResultAsync<readonly EmergencyPlan[], SafetyLookupError>;
}

/**
 * Storage port of drills (§9.3.3).
 *
 * @example
 * ```ts
 * const drills = (await repositories.drills.listAll())._unsafeUnwrap();
 * findOverdueDrills(plans, drills, clock.now());
 * ```
 * @category safety
 * @see §9.3.3
 * @see REG-5
 */
export interface DrillRepository extends Repository<Drill> {
  /** Every drill, by the date it was held. */
  listAll(): ResultAsync<readonly Drill[], SafetyLookupError>;
  /** Every drill that exercised a plan, by the date it was held. */
  listForPlan(planId: EmergencyPlanId): ResultAsync<readonly Drill[], SafetyLookupError>;
}

/**
 * All of safety's repositories, as {@link createSafetyRepositories} builds them.
 *
 * @example
 * ```ts
 * const { hazards, incidents }: SafetyRepositories = createSafetyRepositories(store);
 * ```
 * @category safety
 * @see §11.1.2
 */
export interface SafetyRepositories {
  readonly inspections: SafetyInspectionRepository;
  readonly hazards: HazardRepository;
  readonly incidents: IncidentRepository;
  readonly records: SafetyRecordRepository;
  readonly plans: EmergencyPlanRepository;
  readonly drills: DrillRepository;
}
