import { err, ok, type Result } from 'neverthrow';
import type { EmployeeId } from '../org/index';
import {
  addCalendarDays,
  type CalendarDate,
  type ForbiddenError,
  parseWith,
  toDealerDate,
  type ValidationError,
} from '../shared/index';
import { defaultSafetyConfig, type SafetyConfig } from './config';
import type { CheckedContext, SafetyContext } from './context';
import { checkContext, permit } from './context';
import { type HazardDueBeforeReportError, hazardDueBeforeReport } from './errors';
import { type SafetyEvent, safetyEvent } from './events';
import {
  type Hazard,
  type HazardInput,
  HazardInputSchema,
  type HazardRiskLevel,
  type SafetyArea,
} from './hazard-schema';
import type { HazardId, SafetyInspectionId } from './ids';

/**
 * A new hazard and its `safety.hazard-reported` event.
 *
 * @example
 * ```ts
 * const { hazard, events }: HazardReported = reportHazard(input, context)._unsafeUnwrap();
 * ```
 * @category safety
 * @see §9.1.2
 */
export interface HazardReported {
  readonly hazard: Hazard;
  readonly events: readonly SafetyEvent[];
}

/**
 * Every error {@link reportHazard} can return.
 *
 * @example
 * ```ts
 * function explain(error: ReportHazardError) { return error.code; }
 * ```
 * @category safety
 * @see §9.1.2
 */
export type ReportHazardError = ValidationError | ForbiddenError | HazardDueBeforeReportError;

/**
 * The default rectification deadline of a hazard reported on `reportedOn`:
 * that day plus the configured days for its risk level.
 *
 * @example
 * ```ts
 * rectificationDeadline('major', '2026-03-02' as CalendarDate); // '2026-03-05'
 * ```
 * @category safety
 * @see §9.1.2
 */
export function rectificationDeadline(
  riskLevel: HazardRiskLevel,
  reportedOn: CalendarDate,
  config: Pick<SafetyConfig, 'hazard'> = defaultSafetyConfig,
): CalendarDate {
  return addCalendarDays(reportedOn, config.hazard.rectificationDays[riskLevel]);
}

/**
 * The fields of a hazard once parsed, whether reported on its own or found
 * by an inspection. Internal to safety.
 *
 * @example
 * ```ts
 * const fields: HazardFields = parseWith(HazardInputSchema, input)._unsafeUnwrap();
 * ```
 * @internal
 * @category safety
 */
export interface HazardFields {
  readonly id: HazardId;
  readonly area: SafetyArea;
  readonly description: string;
  readonly riskLevel: HazardRiskLevel;
  readonly ownerId: EmployeeId;
  readonly rectificationDueOn?: CalendarDate | undefined;
}

/**
 * Builds a reported hazard and its event from parsed fields. Internal to
 * safety (used by {@link reportHazard} and {@link recordSafetyInspection}).
 *
 * @example
 * ```ts
 * buildHazard(fields, null, checked);
 * ```
 * @internal
 * @category safety
 */
export function buildHazard(
  fields: HazardFields,
  inspectionId: SafetyInspectionId | null,
  context: CheckedContext,
): Result<HazardReported, HazardDueBeforeReportError> {
  const { at, actor, config } = context;
  const reportedOn = toDealerDate(at, config.timeZone);
  const dueOn =
    fields.rectificationDueOn ?? rectificationDeadline(fields.riskLevel, reportedOn, config);
  if (dueOn < reportedOn) return err(hazardDueBeforeReport(fields.id, dueOn, reportedOn));
  const hazard: Hazard = {
    id: fields.id,
    version: 0,
    createdAt: at,
    updatedAt: at,
    inspectionId,
    area: fields.area,
    description: fields.description,
    riskLevel: fields.riskLevel,
    status: 'reported',
    ownerId: fields.ownerId,
    rectificationDueOn: dueOn,
    reportedAt: at,
    reportedBy: actor.id,
    rectificationStartedAt: null,
    rectifiedAt: null,
    rectifiedBy: null,
    rectificationNote: null,
    verifiedAt: null,
    verifiedBy: null,
    rejectionCount: 0,
    rejectionReason: null,
  };
  const event = safetyEvent('safety.hazard-reported', 'hazard', hazard.id, at, {
    hazardId: hazard.id,
    inspectionId,
    area: hazard.area,
    riskLevel: hazard.riskLevel,
    ownerId: hazard.ownerId,
    rectificationDueOn: dueOn,
    actorId: actor.id,
  });
  return ok({ hazard, events: [event] });
}

/**
 * Registers a hazard (隐患登记, §9.1.2) found outside a checklist
 * inspection: area, description, risk level, rectification owner and
 * deadline — by default the report day in the dealer's zone plus the
 * configured days for the risk level. Needs `safety-inspection.record`.
 *
 * @example
 * ```ts
 * reportHazard(
 *   { id: 'hz_1', area: 'workshop', description: '2号举升机保险锁失效', riskLevel: 'major', ownerId: 'emp_ws' },
 *   { at, actor: safetyOfficer },
 * )._unsafeUnwrap().hazard.rectificationDueOn; // report day + 3
 * ```
 * @returns the hazard and its event, or `validation_failed`, `forbidden`,
 * `hazard_due_before_report`
 * @category safety
 * @see §9.1.2
 */
export function reportHazard(
  input: HazardInput,
  context: SafetyContext,
): Result<HazardReported, ReportHazardError> {
  return checkContext(context).andThen((checked) =>
    parseWith(HazardInputSchema, input, '§9.1.2').andThen((fields) =>
      permit(checked, 'safety-inspection.record').andThen(() => buildHazard(fields, null, checked)),
    ),
  );
}
