import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { ActorSchema } from '../org/index';
import { QuoteSchema } from '../pricing/index';
import { InstantSchema, parseWith, type ValidationError } from '../shared/index';
import { RepairOrderRefSchema } from './ids';
import { CANCEL_REASONS, ConfirmedItemSchema } from './schema';
import { MAX_SERVICES_PER_APPOINTMENT, SlotSchema } from './slot-schema';

const NoteSchema = z.string().check(z.minLength(1), z.maxLength(500));
const commandBase = { at: InstantSchema, actor: ActorSchema };

/**
 * Schema of a {@link ConfirmCommand}.
 *
 * @example
 * ```ts
 * ConfirmCommandSchema.safeParse({ type: 'confirm', at, actor, slot, items, estimate }).success;
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export const ConfirmCommandSchema = z.object({
  type: z.literal('confirm'),
  ...commandBase,
  slot: SlotSchema,
  items: z
    .array(ConfirmedItemSchema)
    .check(z.minLength(1), z.maxLength(MAX_SERVICES_PER_APPOINTMENT)),
  /** The estimate from `pricing.quote` for these items. */
  estimate: QuoteSchema,
});

/**
 * Confirms items, time and estimated cost with the customer (确认预约).
 * Build it with {@link describeItems} and `pricing.quote`, or let
 * {@link confirmAppointment} do it.
 *
 * @example
 * ```ts
 * const command: ConfirmCommand = { type: 'confirm', at, actor, slot, items, estimate };
 * ```
 * @category appointment
 * @see §3.1(3)
 */
export type ConfirmCommand = z.infer<typeof ConfirmCommandSchema>;

/**
 * Schema of a {@link RescheduleCommand}.
 *
 * @example
 * ```ts
 * RescheduleCommandSchema.safeParse({ type: 'reschedule', at, actor }).success;
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const RescheduleCommandSchema = z.object({
  type: z.literal('reschedule'),
  ...commandBase,
  note: z.optional(NoteSchema),
});

/**
 * Gives up a confirmed slot so the appointment can be confirmed at a new time (改约).
 *
 * @example
 * ```ts
 * const command: RescheduleCommand = { type: 'reschedule', at, actor, note: 'customer travelling' };
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type RescheduleCommand = z.infer<typeof RescheduleCommandSchema>;

/**
 * Schema of a {@link CancelCommand}.
 *
 * @example
 * ```ts
 * CancelCommandSchema.safeParse({ type: 'cancel', at, actor, reason: 'customer-request' }).success;
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const CancelCommandSchema = z.object({
  type: z.literal('cancel'),
  ...commandBase,
  reason: z.enum(CANCEL_REASONS),
  note: z.optional(NoteSchema),
});

/**
 * Cancels an appointment that has not been checked in (取消预约).
 *
 * @example
 * ```ts
 * const command: CancelCommand = { type: 'cancel', at, actor, reason: 'customer-request' };
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type CancelCommand = z.infer<typeof CancelCommandSchema>;

/**
 * Schema of a {@link CheckInCommand}.
 *
 * @example
 * ```ts
 * CheckInCommandSchema.safeParse({ type: 'check-in', at, actor, repairOrderId: 'ro_1' }).success;
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const CheckInCommandSchema = z.object({
  type: z.literal('check-in'),
  ...commandBase,
  repairOrderId: z.optional(RepairOrderRefSchema),
});

/**
 * Records the customer's arrival; reception takes over with a repair order (到店接车).
 *
 * @example
 * ```ts
 * const command: CheckInCommand = { type: 'check-in', at, actor };
 * ```
 * @category appointment
 * @see §3.1(4)
 * @see §3.2
 */
export type CheckInCommand = z.infer<typeof CheckInCommandSchema>;

/**
 * Schema of a {@link MarkNoShowCommand}.
 *
 * @example
 * ```ts
 * MarkNoShowCommandSchema.safeParse({ type: 'mark-no-show', at, actor }).success;
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const MarkNoShowCommandSchema = z.object({
  type: z.literal('mark-no-show'),
  ...commandBase,
});

/**
 * Records that the customer did not come (爽约), once the grace period has passed.
 *
 * @example
 * ```ts
 * const command: MarkNoShowCommand = { type: 'mark-no-show', at, actor };
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type MarkNoShowCommand = z.infer<typeof MarkNoShowCommandSchema>;

/**
 * Schema of any {@link AppointmentCommand}, discriminated by `type`.
 *
 * @example
 * ```ts
 * parseAppointmentCommand({ type: 'cancel', at, actor, reason: 'duplicate' });
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export const AppointmentCommandSchema = z.discriminatedUnion('type', [
  ConfirmCommandSchema,
  RescheduleCommandSchema,
  CancelCommandSchema,
  CheckInCommandSchema,
  MarkNoShowCommandSchema,
]);

/**
 * Every command of the appointment lifecycle; each carries `at` and `actor`.
 *
 * @example
 * ```ts
 * const command: AppointmentCommand = { type: 'mark-no-show', at, actor };
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export type AppointmentCommand = z.infer<typeof AppointmentCommandSchema>;

/**
 * Parses a command at the boundary. Never throws.
 * Errors: `validation_failed` (clause `§3.1(4)`).
 *
 * @example
 * ```ts
 * parseAppointmentCommand({ type: 'teleport' }).isErr(); // true
 * ```
 * @category appointment
 * @see §3.1(4)
 */
export function parseAppointmentCommand(
  input: unknown,
): Result<AppointmentCommand, ValidationError> {
  return parseWith(AppointmentCommandSchema, input, '§3.1(4)');
}
