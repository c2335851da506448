import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  addCalendarDays,
  type CalendarDate,
  CalendarDateSchema,
  entityBaseShape,
  type Id,
  idSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';

/** Longest calibration interval accepted: ten years. */
const MAX_INTERVAL_DAYS = 3650;

/**
 * Identifier of a piece of equipment or a tool in the register.
 *
 * @example
 * ```ts
 * const id: EquipmentId = EquipmentIdSchema.parse('eq_torque1');
 * ```
 * @category quality
 * @see §4.2(5)
 */
export type EquipmentId = Id<'Equipment'>;

/**
 * Schema of an {@link EquipmentId}.
 *
 * @example
 * ```ts
 * EquipmentIdSchema.safeParse('eq_1').success; // true
 * ```
 * @category quality
 * @see §4.2(5)
 */
export const EquipmentIdSchema = idSchema<'Equipment'>();

/**
 * What a register entry is: a measuring instrument (量具, e.g. a tread gauge),
 * test equipment (检测设备, e.g. a brake tester or emission analyser) or a
 * tool (工具, e.g. a torque wrench).
 *
 * @example
 * ```ts
 * EquipmentKindSchema.safeParse('test-equipment').success; // true
 * ```
 * @category quality
 * @see §4.2(5)
 */
export const EquipmentKindSchema = z.enum(['measuring-instrument', 'test-equipment', 'tool']);

/**
 * A register entry of measuring equipment or a tool (设备工具台账), kept
 * accurate by calibration (校准/检定). `calibrationIntervalDays` is `null` for
 * equipment that needs no calibration; otherwise `calibrationDueOn` is the
 * last day it may be used (`lastCalibratedOn` + interval), and `null` when it
 * was never calibrated (so it may not be used for measurements yet).
 *
 * @example
 * ```ts
 * const gauge = parseEquipment(json)._unsafeUnwrap();
 * gauge.calibrationDueOn; // '2027-03-01'
 * ```
 * @category quality
 * @see §4.2(5)
 */
export const EquipmentSchema = z.object({
  ...entityBaseShape,
  id: EquipmentIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: EquipmentKindSchema,
  serialNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  status: z.enum(['in-service', 'retired']),
  calibrationIntervalDays: z.nullable(z.int().check(z.gte(1), z.lte(MAX_INTERVAL_DAYS))),
  lastCalibratedOn: z.nullable(CalendarDateSchema),
  calibrationDueOn: z.nullable(CalendarDateSchema),
});

/**
 * A parsed {@link EquipmentSchema}.
 *
 * @example
 * ```ts
 * const register: readonly Equipment[] = [gauge, torqueWrench];
 * ```
 * @category quality
 * @see §4.2(5)
 */
export type Equipment = z.infer<typeof EquipmentSchema>;

/**
 * Parses a register entry at the boundary. Never throws.
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseEquipment({ id: 'eq_1' }).isErr(); // true
 * ```
 * @category quality
 * @see §4.2(5)
 */
export function parseEquipment(input: unknown): Result<Equipment, ValidationError> {
  return parseWith(EquipmentSchema, input, '§4.2(5)');
}

/**
 * Where a piece of equipment stands on a date: `not-required` (no
 * calibration needed), `valid`, `due-soon` (due within `dueSoonDays`),
 * `overdue` (past its due date or never calibrated) or `retired`.
 *
 * @example
 * ```ts
 * const status: CalibrationStatus = 'due-soon';
 * ```
 * @category quality
 * @see §4.2(5)
 */
export type CalibrationStatus = 'not-required' | 'valid' | 'due-soon' | 'overdue' | 'retired';

/**
 * The calibration status of `equipment` on date `on`. Equipment may be used
 * on its due date itself and is overdue from the day after.
 *
 * @param equipment - the register entry
 * @param on - the dealer's calendar date
 * @param dueSoonDays - how many days ahead counts as due soon
 * @example
 * ```ts
 * calibrationStatusOf(gauge, '2027-03-02' as CalendarDate, 30); // 'overdue' when due 2027-03-01
 * ```
 * @category quality
 * @see §4.2(5)
 */
export function calibrationStatusOf(
  equipment: Equipment,
  on: CalendarDate,
  dueSoonDays: number,
): CalibrationStatus {
  if (equipment.status === 'retired') return 'retired';
  if (equipment.calibrationIntervalDays === null) return 'not-required';
  const due = equipment.calibrationDueOn;
  if (due === null || on > due) return 'overdue';
  return addCalendarDays(on, dueSoonDays) >= due ? 'due-soon' : 'valid';
}

/** The due date after a calibration on `calibratedOn`, or `null` for equipment that needs none. */
export function calibrationDueAfter(
  intervalDays: number | null,
  calibratedOn: CalendarDate | null,
): CalendarDate | null {
  if (intervalDays === null || calibratedOn === null) return null;
  return addCalendarDays(calibratedOn, intervalDays);
}
