import * as z from 'zod/mini';
import { QuoteSchema } from '../pricing/index';
import { InstantSchema } from '../shared/index';
import { AppointmentRefSchema } from './ids';
import { CodeSchema, KilometresSchema, LabelSchema, TextSchema, uniqueItems } from './values';

/**
 * One customer concern (客户陈述), kept verbatim (§3.2(1)). `code` is an
 * optional symptom code of the host's catalogue (`brake-noise`); a later
 * order with the same code on the same vehicle inside the guarantee period
 * is a comeback (§4.3(7)).
 *
 * @example
 * ```ts
 * const concern: Concern = { text: '刹车时有异响，早上更明显', code: 'brake-noise' };
 * ```
 * @category repair-order
 * @see §3.2(1)
 */
export const ConcernSchema = z.object({
  text: TextSchema,
  code: z.optional(CodeSchema),
});

/**
 * A parsed {@link ConcernSchema}.
 *
 * @example
 * ```ts
 * const value: Concern = parseWith(ConcernSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.2(1)
 */
export type Concern = z.infer<typeof ConcernSchema>;

/**
 * Where on the body a damage mark was found during the walk-around.
 *
 * @example
 * ```ts
 * DAMAGE_POSITIONS.includes('front-bumper'); // true
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export const DAMAGE_POSITIONS = [
  'front-bumper',
  'rear-bumper',
  'bonnet',
  'boot',
  'roof',
  'windscreen',
  'front-left',
  'front-right',
  'rear-left',
  'rear-right',
  'left-side',
  'right-side',
  'wheel',
  'interior',
] as const;

/**
 * Kinds of exterior damage recorded at reception.
 *
 * @example
 * ```ts
 * DAMAGE_TYPES.includes('dent'); // true
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export const DAMAGE_TYPES = [
  'scratch',
  'dent',
  'crack',
  'chip',
  'scuff',
  'missing',
  'other',
] as const;

/**
 * Dashboard warning lights (故障指示灯) that can be on at reception.
 *
 * @example
 * ```ts
 * WARNING_LIGHTS.includes('engine'); // true
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export const WARNING_LIGHTS = [
  'engine',
  'abs',
  'airbag',
  'oil-pressure',
  'battery',
  'brake',
  'coolant-temperature',
  'tyre-pressure',
  'other',
] as const;

/**
 * The walk-around record (环车检查): odometer, fuel level in eighths of a
 * tank, exterior damage marks with position and type, warning lights on,
 * and valuables left in the car (§3.2(2)). The odometer may not be below
 * the vehicle's last recorded reading; {@link openRepairOrder} checks that.
 *
 * @example
 * ```ts
 * const walkAround: WalkAround = {
 *   odometerKm: 48210, fuelEighths: 3,
 *   damageMarks: [{ position: 'rear-bumper', type: 'scratch' }],
 *   warningLights: ['tyre-pressure'], valuables: ['行车记录仪'],
 * };
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export const WalkAroundSchema = z.object({
  odometerKm: KilometresSchema,
  fuelEighths: z.int().check(z.gte(0), z.lte(8)),
  damageMarks: z
    .array(
      z.object({
        position: z.enum(DAMAGE_POSITIONS),
        type: z.enum(DAMAGE_TYPES),
        note: z.optional(LabelSchema),
      }),
    )
    .check(z.maxLength(50)),
  warningLights: z.array(z.enum(WARNING_LIGHTS)).check(z.maxLength(20), uniqueItems()),
  valuables: z.array(LabelSchema).check(z.maxLength(20)),
});

/**
 * A parsed {@link WalkAroundSchema}.
 *
 * @example
 * ```ts
 * const value: WalkAround = parseWith(WalkAroundSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export type WalkAround = z.infer<typeof WalkAroundSchema>;

/**
 * An item the customer and advisor confirmed at reception (确认的维修项目),
 * optionally with the labour op code it maps to. Items confirmed at
 * appointment time arrive as plain input (repair-order does not import the
 * appointment module).
 *
 * @example
 * ```ts
 * const item: ConfirmedItem = { description: '更换机油机滤', opCode: 'OP-OIL' };
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export const ConfirmedItemSchema = z.object({
  description: LabelSchema,
  opCode: z.optional(CodeSchema),
});

/**
 * A parsed {@link ConfirmedItemSchema}.
 *
 * @example
 * ```ts
 * const value: ConfirmedItem = parseWith(ConfirmedItemSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.2(2)
 */
export type ConfirmedItem = z.infer<typeof ConfirmedItemSchema>;

/**
 * How the order started: a walk-in, or a checked-in appointment (by id).
 *
 * @example
 * ```ts
 * const source: ReceptionSource = { kind: 'appointment', appointmentId: 'apt_1' as AppointmentRef };
 * ```
 * @category repair-order
 * @see §3.2(1)
 */
export const ReceptionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('walk-in') }),
  z.object({ kind: z.literal('appointment'), appointmentId: AppointmentRefSchema }),
]);

/**
 * A parsed {@link ReceptionSourceSchema}.
 *
 * @example
 * ```ts
 * const value: ReceptionSource = parseWith(ReceptionSourceSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.2(1)
 */
export type ReceptionSource = z.infer<typeof ReceptionSourceSchema>;

/**
 * How the customer acknowledged the reception form.
 *
 * @example
 * ```ts
 * ACKNOWLEDGEMENT_METHODS.includes('electronic-signature'); // true
 * ```
 * @category repair-order
 * @see §3.2(4)
 */
export const ACKNOWLEDGEMENT_METHODS = ['paper-signature', 'electronic-signature'] as const;

/**
 * The reception form (接车单, §3.2(4)): source, the customer's concerns
 * verbatim, the walk-around record, the confirmed items, the estimate priced
 * by `pricing.quote` and the promised completion time (§3.2(3)). Editable
 * until the customer acknowledges it; `acknowledgement` then freezes it.
 *
 * @example
 * ```ts
 * order.reception.acknowledgement === null; // still editable
 * ```
 * @category repair-order
 * @see §3.2(1)
 * @see §3.2(2)
 * @see §3.2(3)
 * @see §3.2(4)
 */
export const ReceptionFormSchema = z.object({
  source: ReceptionSourceSchema,
  concerns: z.array(ConcernSchema).check(z.minLength(1), z.maxLength(20)),
  walkAround: WalkAroundSchema,
  confirmedItems: z.array(ConfirmedItemSchema).check(z.maxLength(50)),
  estimate: z.nullable(QuoteSchema),
  promisedAt: z.nullable(InstantSchema),
  acknowledgement: z.nullable(
    z.object({ at: InstantSchema, method: z.enum(ACKNOWLEDGEMENT_METHODS) }),
  ),
});

/**
 * A parsed {@link ReceptionFormSchema}.
 *
 * @example
 * ```ts
 * const value: ReceptionForm = parseWith(ReceptionFormSchema, input)._unsafeUnwrap();
 * ```
 * @category repair-order
 * @see §3.2(4)
 */
export type ReceptionForm = z.infer<typeof ReceptionFormSchema>;
