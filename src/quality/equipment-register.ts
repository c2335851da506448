import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type Actor, authorize, type CapabilityMap } from '../org/index';
import {
  type CalendarDate,
  CalendarDateSchema,
  differenceInCalendarDays,
  type Instant,
  parseWith,
} from '../shared/index';
import { compareText } from './compare-text';
import { defaultQualityConfig, type QualityConfig } from './config';
import {
  calibrationDueAfter,
  calibrationStatusOf,
  type Equipment,
  EquipmentIdSchema,
  EquipmentKindSchema,
} from './equipment';
import { type QualityError, qualityError } from './errors';
import { type QualityEvent, qualityEvent } from './events';

/**
 * What {@link registerEquipment} needs: the entry's id, name, kind, optional
 * serial number, calibration interval (`null`: needs no calibration) and the
 * last calibration date if it was calibrated before joining the register.
 *
 * @example
 * ```ts
 * const input = { id: 'eq_gauge1', name: '胎纹尺', kind: 'measuring-instrument', calibrationIntervalDays: 365, lastCalibratedOn: '2026-01-10' };
 * ```
 * @category quality
 * @see §4.2(5)
 */
export const RegisterEquipmentInputSchema = z.object({
  id: EquipmentIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: EquipmentKindSchema,
  serialNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  calibrationIntervalDays: z.nullable(z.int().check(z.gte(1), z.lte(3650))),
  lastCalibratedOn: z.optional(z.nullable(CalendarDateSchema)),
});

/**
 * A parsed {@link RegisterEquipmentInputSchema}.
 *
 * @example
 * ```ts
 * const input: RegisterEquipmentInput = { id, name: 'Torque wrench', kind: 'tool', calibrationIntervalDays: 180 };
 * ```
 * @category quality
 * @see §4.2(5)
 */
export type RegisterEquipmentInput = z.infer<typeof RegisterEquipmentInputSchema>;

/**
 * Who changes the register, when, and under which role map.
 *
 * @example
 * ```ts
 * const context: EquipmentContext = { actor: supervisor, at: '2026-03-01T02:00:00.000Z' as Instant };
 * ```
 * @category quality
 * @see §4.2(5)
 */
export interface EquipmentContext {
  readonly actor: Actor;
  readonly at: Instant;
  /** The host's role → capability map; defaults to the manual's. */
  readonly capabilities?: CapabilityMap;
}

/**
 * A register change: the new entry and its events.
 *
 * @example
 * ```ts
 * const { equipment, events }: EquipmentChange = registerEquipment(input, context)._unsafeUnwrap();
 * ```
 * @category quality
 * @see §4.2(5)
 */
export interface EquipmentChange {
  readonly equipment: Equipment;
  readonly events: readonly QualityEvent[];
}

/**
 * Adds measuring equipment or a tool to the register (§4.2(5)); needs the
 * `equipment.manage` capability (workshop supervisor). Parses `input`, so it
 * accepts unknown data. Errors: `validation_failed`, `forbidden`.
 *
 * @example
 * ```ts
 * registerEquipment({ id: 'eq_1', name: '胎纹尺', kind: 'measuring-instrument', calibrationIntervalDays: 365, lastCalibratedOn: '2026-01-10' }, context);
 * // ok: calibrationDueOn '2027-01-10'
 * ```
 * @category quality
 * @see §4.2(5)
 */
export function registerEquipment(
  input: unknown,
  context: EquipmentContext,
): Result<EquipmentChange, QualityError> {
  return parseWith(RegisterEquipmentInputSchema, input, '§4.2(5)')
    .andThen((parsed) =>
      authorize(context.actor, 'equipment.manage', { map: context.capabilities }).map(() => parsed),
    )
    .map((parsed) => {
      const last = parsed.lastCalibratedOn ?? null;
      const { lastCalibratedOn: _ignored, ...fields } = parsed;
      const equipment: Equipment = {
        ...fields,
        version: 0,
        createdAt: context.at,
        updatedAt: context.at,
        status: 'in-service',
        lastCalibratedOn: last,
        calibrationDueOn: calibrationDueAfter(parsed.calibrationIntervalDays, last),
      };
      const event = qualityEvent('quality.equipment-registered', equipment.id, context.at, {
        calibrationDueOn: equipment.calibrationDueOn,
      });
      return { equipment, events: [event] };
    });
}

/**
 * Records a calibration on `calibratedOn`: the due date moves to
 * `calibratedOn` + interval. Needs `equipment.manage`. Errors: `forbidden`,
 * `calibration_out_of_order` (dated before the last calibration),
 * `equipment_out_of_service` (retired).
 *
 * @example
 * ```ts
 * recordCalibration(gauge, '2027-01-05' as CalendarDate, context)._unsafeUnwrap().equipment.calibrationDueOn; // '2028-01-05'
 * ```
 * @category quality
 * @see §4.2(5)
 */
export function recordCalibration(
  equipment: Equipment,
  calibratedOn: CalendarDate,
  context: EquipmentContext,
): Result<EquipmentChange, QualityError> {
  const allowed = authorize(context.actor, 'equipment.manage', { map: context.capabilities });
  if (allowed.isErr()) return err(allowed.error);
  if (equipment.status === 'retired') {
    return err(qualityError('equipment_out_of_service', { equipmentId: equipment.id }));
  }
  const last = equipment.lastCalibratedOn;
  if (last !== null && calibratedOn < last) {
    return err(
      qualityError('calibration_out_of_order', {
        equipmentId: equipment.id,
        lastCalibratedOn: last,
        calibratedOn,
      }),
    );
  }
  const calibrationDueOn = calibrationDueAfter(equipment.calibrationIntervalDays, calibratedOn);
  return ok({
    equipment: {
      ...equipment,
      lastCalibratedOn: calibratedOn,
      calibrationDueOn,
      updatedAt: context.at,
    },
    events: [
      qualityEvent('quality.equipment-calibrated', equipment.id, context.at, {
        calibratedOn,
        calibrationDueOn,
      }),
    ],
  });
}

/**
 * Takes equipment out of service; it can no longer be used for
 * measurements. Needs `equipment.manage`. Errors: `forbidden`,
 * `equipment_out_of_service` (already retired).
 *
 * @example
 * ```ts
 * retireEquipment(brokenGauge, context)._unsafeUnwrap().equipment.status; // 'retired'
 * ```
 * @category quality
 * @see §4.2(5)
 */
export function retireEquipment(
  equipment: Equipment,
  context: EquipmentContext,
): Result<EquipmentChange, QualityError> {
  const allowed = authorize(context.actor, 'equipment.manage', { map: context.capabilities });
  if (allowed.isErr()) return err(allowed.error);
  if (equipment.status === 'retired') {
    return err(qualityError('equipment_out_of_service', { equipmentId: equipment.id }));
  }
  return ok({
    equipment: { ...equipment, status: 'retired', updatedAt: context.at },
    events: [qualityEvent('quality.equipment-retired', equipment.id, context.at, {})],
  });
}

/**
 * Whether equipment may be used for a measurement on `on`: in service and
 * not past its calibration due date (usable on the due date itself).
 * Errors: `equipment_calibration_overdue` (also when a calibrated kind was
 * never calibrated, `dueOn` then `'never'`), `equipment_out_of_service`.
 *
 * @example
 * ```ts
 * checkEquipmentUsable(gauge, '2027-01-11' as CalendarDate).isErr(); // true when due 2027-01-10
 * ```
 * @category quality
 * @see §4.2(5)
 */
export function checkEquipmentUsable(
  equipment: Equipment,
  on: CalendarDate,
): Result<Equipment, QualityError> {
  const status = calibrationStatusOf(equipment, on, 0);
  if (status === 'retired') {
    return err(qualityError('equipment_out_of_service', { equipmentId: equipment.id }));
  }
  if (status === 'overdue') {
    return err(
      qualityError('equipment_calibration_overdue', {
        equipmentId: equipment.id,
        dueOn: equipment.calibrationDueOn ?? 'never',
        usedOn: on,
      }),
    );
  }
  return ok(equipment);
}

/**
 * One line of the calibration worklist.
 *
 * @example
 * ```ts
 * const line: CalibrationDue = { equipmentId: 'eq_1', name: '胎纹尺', dueOn: '2026-03-10', daysLeft: 9 } as CalibrationDue;
 * ```
 * @category quality
 * @see §4.2(5)
 */
export interface CalibrationDue {
  readonly equipmentId: string;
  readonly name: string;
  /** The due date, `null` when the equipment was never calibrated. */
  readonly dueOn: CalendarDate | null;
  /** Days until due (negative: overdue by that many); `null` when never calibrated. */
  readonly daysLeft: number | null;
}

/**
 * The calibration worklist on `on`: equipment already `overdue` (or never
 * calibrated) and equipment `dueSoon` (due within the configured
 * `calibrationDueSoonDays`), each sorted by due date. Retired equipment and
 * equipment that needs no calibration are left out.
 *
 * @example
 * ```ts
 * const { overdue, dueSoon } = listCalibrationsDue(register, '2026-03-01' as CalendarDate);
 * ```
 * @category quality
 * @see §4.2(5)
 */
export function listCalibrationsDue(
  register: readonly Equipment[],
  on: CalendarDate,
  config: QualityConfig = defaultQualityConfig,
): { readonly overdue: readonly CalibrationDue[]; readonly dueSoon: readonly CalibrationDue[] } {
  const line = (equipment: Equipment): CalibrationDue => ({
    equipmentId: equipment.id,
    name: equipment.name,
    dueOn: equipment.calibrationDueOn,
    daysLeft:
      equipment.calibrationDueOn === null
        ? null
        : differenceInCalendarDays(equipment.calibrationDueOn, on),
  });
  const byDue = (a: CalibrationDue, b: CalibrationDue) =>
    compareText(a.dueOn ?? '', b.dueOn ?? '') || compareText(a.equipmentId, b.equipmentId);
  const statusOf = (e: Equipment) => calibrationStatusOf(e, on, config.calibrationDueSoonDays);
  return {
    overdue: register
      .filter((e) => statusOf(e) === 'overdue')
      .map(line)
      .sort(byDue),
    dueSoon: register
      .filter((e) => statusOf(e) === 'due-soon')
      .map(line)
      .sort(byDue),
  };
}
