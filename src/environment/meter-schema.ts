import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema, parseWith, type ValidationError } from '../shared/index';
import { MeterIdSchema, MeterReadingIdSchema } from './ids';
import { MeasuredQuantitySchema, PositiveQuantitySchema } from './quantity';

/**
 * What a meter measures (§10.2(1) 能源管理): `electricity` 电 in kWh,
 * `water` 水 in m³, `gas` 燃气 in m³.
 *
 * @example
 * ```ts
 * METER_KINDS; // ['electricity', 'water', 'gas']
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const METER_KINDS = Object.freeze(['electricity', 'water', 'gas'] as const);

/**
 * Schema of a {@link MeterKind}.
 *
 * @example
 * ```ts
 * MeterKindSchema.safeParse('gas').success; // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterKindSchema = z.enum(METER_KINDS);

/**
 * A meter kind.
 *
 * @example
 * ```ts
 * const kind: MeterKind = 'electricity';
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterKind = z.infer<typeof MeterKindSchema>;

/**
 * The unit each meter kind reads in.
 *
 * @example
 * ```ts
 * METER_UNITS.electricity; // 'kWh'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const METER_UNITS = Object.freeze({ electricity: 'kWh', water: 'm3', gas: 'm3' } as const);

/**
 * A meter's unit: `kWh` or `m3` (m³).
 *
 * @example
 * ```ts
 * const unit: MeterUnit = METER_UNITS.water; // 'm3'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterUnit = (typeof METER_UNITS)[MeterKind];

/**
 * Schema of a meter (计量表): its kind and unit, a name and an optional
 * location and serial number.
 *
 * @example
 * ```ts
 * parseMeter(JSON.parse(row)).isOk();
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterSchema = z.object({
  ...entityBaseShape,
  id: MeterIdSchema,
  kind: MeterKindSchema,
  unit: z.enum(['kWh', 'm3']),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  location: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  serialNumber: z.nullable(z.string().check(z.minLength(1), z.maxLength(64))),
});

/**
 * A meter.
 *
 * @example
 * ```ts
 * const meter: Meter = registerMeter({ kind: 'electricity', name: '车间总表' }, context)._unsafeUnwrap().meter;
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type Meter = z.infer<typeof MeterSchema>;

/**
 * Parses a stored or received meter. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseMeter({}).isErr(); // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function parseMeter(input: unknown): Result<Meter, ValidationError> {
  return parseWith(MeterSchema, input, '§10.2(1)');
}

/**
 * Schema of a reading's reset flag, for the only cases where a reading may
 * be lower than the previous one:
 * - `replacement` 换表: the old meter's final reading and the new meter's
 *   starting reading; consumption = (final − previous) + (value − start);
 * - `rollover` 表盘归零: the register wrapped at `registerLimit` (e.g.
 *   `100000` for a five-digit register); consumption = (limit − previous) + value.
 *
 * @example
 * ```ts
 * MeterResetSchema.safeParse({ kind: 'rollover', registerLimit: '100000' }).success; // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterResetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('replacement'),
    oldMeterFinal: MeasuredQuantitySchema,
    newMeterStart: MeasuredQuantitySchema,
  }),
  z.strictObject({ kind: z.literal('rollover'), registerLimit: PositiveQuantitySchema }),
]);

/**
 * A reading's reset flag; see {@link MeterResetSchema}.
 *
 * @example
 * ```ts
 * const reset: MeterReset = { kind: 'replacement', oldMeterFinal: '98211', newMeterStart: '0' } as MeterReset;
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReset = z.infer<typeof MeterResetSchema>;

/**
 * Schema of a meter reading (抄表记录): the register value at `readAt`
 * (decimal string, up to 3 decimals), the previous reading it follows and
 * the consumption since then in the meter's unit (`null` for a meter's
 * first reading, which only sets the baseline), and the reset flag.
 *
 * @example
 * ```ts
 * parseMeterReading(JSON.parse(row)).isOk();
 * ```
 * @category environment
 * @see §10.2(1)
 */
export const MeterReadingSchema = z.object({
  ...entityBaseShape,
  id: MeterReadingIdSchema,
  meterId: MeterIdSchema,
  kind: MeterKindSchema,
  unit: z.enum(['kWh', 'm3']),
  value: MeasuredQuantitySchema,
  readAt: InstantSchema,
  previousReadingId: z.nullable(MeterReadingIdSchema),
  consumption: z.nullable(MeasuredQuantitySchema),
  reset: z.nullable(MeterResetSchema),
  recordedBy: EmployeeIdSchema,
});

/**
 * A meter reading.
 *
 * @example
 * ```ts
 * const reading: MeterReading = recordMeterReading(args, context)._unsafeUnwrap().reading;
 * reading.consumption; // '1520.5'
 * ```
 * @category environment
 * @see §10.2(1)
 */
export type MeterReading = z.infer<typeof MeterReadingSchema>;

/**
 * Parses a stored or received meter reading. Never throws.
 *
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseMeterReading({}).isErr(); // true
 * ```
 * @category environment
 * @see §10.2(1)
 */
export function parseMeterReading(input: unknown): Result<MeterReading, ValidationError> {
  return parseWith(MeterReadingSchema, input, '§10.2(1)');
}
