import { type DomainEvent, domainEvent, type Instant } from '../shared/index';
import type { InspectionLevel } from './schema';

/**
 * The payload of each quality event, by type. Ids only: events travel to
 * queues and logs, so no customer data and no free-text findings ride along
 * (a consumer that needs the findings loads the inspection).
 *
 * @example
 * ```ts
 * const payload: QualityEventPayloads['quality.inspection-passed'] = event.payload;
 * ```
 * @category quality
 * @see X-5
 */
export interface QualityEventPayloads {
  /** An inspection was opened for an order's finished jobs. */
  readonly 'quality.inspection-opened': {
    readonly repairOrderId: string;
    readonly jobIds: readonly string[];
  };
  /** Jobs joined an open inspection. */
  readonly 'quality.jobs-added': {
    readonly repairOrderId: string;
    readonly jobIds: readonly string[];
  };
  /** A level was signed, passed or failed. */
  readonly 'quality.level-signed': {
    readonly repairOrderId: string;
    readonly level: InspectionLevel;
    readonly jobIds: readonly string[];
    readonly inspectorId: string;
    readonly passed: boolean;
  };
  /** A failed level sent jobs back to their technicians. */
  readonly 'quality.rework-opened': {
    readonly repairOrderId: string;
    readonly level: InspectionLevel;
    readonly jobIds: readonly string[];
    readonly technicianIds: readonly string[];
    readonly reworkCount: number;
  };
  /** The technician finished the rework; the jobs restart at level 1. */
  readonly 'quality.rework-completed': {
    readonly repairOrderId: string;
    readonly jobIds: readonly string[];
  };
  /** The repair order's road-test result was recorded. */
  readonly 'quality.road-test-recorded': {
    readonly repairOrderId: string;
    readonly jobIds: readonly string[];
    readonly passed: boolean;
  };
  /** The final inspection passed and produced the inspection report. */
  readonly 'quality.inspection-passed': {
    readonly repairOrderId: string;
    readonly reportId: string;
    readonly jobIds: readonly string[];
    readonly finalInspectorId: string;
    readonly reworkCount: number;
  };
  /** Equipment entered the register. */
  readonly 'quality.equipment-registered': { readonly calibrationDueOn: string | null };
  /** Equipment was calibrated. */
  readonly 'quality.equipment-calibrated': {
    readonly calibratedOn: string;
    readonly calibrationDueOn: string | null;
  };
  /** Equipment was taken out of service. */
  readonly 'quality.equipment-retired': Readonly<Record<string, never>>;
  /** A completion certificate was issued. */
  readonly 'quality.certificate-issued': {
    readonly repairOrderId: string;
    readonly certificateNumber: string;
    readonly inspectionReportId: string;
    readonly signedBy: string;
  };
}

/**
 * Every quality event type.
 *
 * @example
 * ```ts
 * const type: QualityEventType = 'quality.rework-opened';
 * ```
 * @category quality
 * @see X-5
 */
export type QualityEventType = keyof QualityEventPayloads;

/**
 * Every event the quality module emits, discriminated by `type`.
 *
 * @example
 * ```ts
 * for (const event of events) if (event.type === 'quality.inspection-passed') notify(event.payload.reportId);
 * ```
 * @category quality
 * @see X-5
 */
export type QualityEvent = {
  [T in QualityEventType]: DomainEvent<T, QualityEventPayloads[T]>;
}[QualityEventType];

/** The aggregate each event type belongs to. */
const AGGREGATE_OF: Readonly<Record<QualityEventType, string>> = {
  'quality.inspection-opened': 'quality-inspection',
  'quality.jobs-added': 'quality-inspection',
  'quality.level-signed': 'quality-inspection',
  'quality.rework-opened': 'quality-inspection',
  'quality.rework-completed': 'quality-inspection',
  'quality.road-test-recorded': 'quality-inspection',
  'quality.inspection-passed': 'quality-inspection',
  'quality.equipment-registered': 'quality-equipment',
  'quality.equipment-calibrated': 'quality-equipment',
  'quality.equipment-retired': 'quality-equipment',
  'quality.certificate-issued': 'quality-completion-certificate',
};

/**
 * Builds a quality event: the one constructor behind every event type, which
 * fills in the aggregate type the event belongs to.
 *
 * @example
 * ```ts
 * qualityEvent('quality.jobs-added', 'insp_1', at, { repairOrderId: 'ro_1', jobIds: ['job_3'] });
 * ```
 * @category quality
 * @see X-5
 */
export function qualityEvent<T extends QualityEventType>(
  type: T,
  aggregateId: string,
  at: Instant,
  payload: QualityEventPayloads[T],
): DomainEvent<T, QualityEventPayloads[T]> {
  return domainEvent(type, { aggregateType: AGGREGATE_OF[type], aggregateId, at, payload });
}
