import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../../org/index';
import {
  type CalendarDate,
  entityBaseShape,
  type ForbiddenError,
  isDateInCalendarPeriod,
  MoneySchema,
  parseWith,
  type ValidationError,
  validationError,
} from '../../shared/index';
import { checkActor, type SalesCommandContext } from './context';
import { type PartsSalesEvent, salesEvent } from './events';
import { PartsCustomerClassIdSchema, SalesTargetIdSchema } from './ids';

/**
 * A plan period (计划期): a month `YYYY-MM` or a quarter `YYYY-Qn`, in
 * calendar days of the dealer's zone.
 *
 * @example
 * ```ts
 * SalesPeriodSchema.safeParse('2026-11').success; // true
 * SalesPeriodSchema.safeParse('2026-Q4').success; // true
 * ```
 * @category parts
 * @see §6.3.1
 */
export const SalesPeriodSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'must be a month YYYY-MM or a quarter YYYY-Qn'));

/**
 * Whether a dealer calendar date falls in a plan period.
 *
 * @example
 * ```ts
 * isInPeriod('2026-11-30', '2026-Q4'); // true
 * isInPeriod('2026-11-30', '2026-12'); // false
 * ```
 * @category parts
 * @see §6.3.1
 */
export function isInPeriod(date: CalendarDate, period: string): boolean {
  // A bare year is not a sales period.
  return period.length > 4 && isDateInCalendarPeriod(date, period);
}

/** Targets are not negative; zero is allowed (a class not to be sold to this period). */
const TargetAmountSchema = MoneySchema.check(
  z.refine((money: { amount: string }) => !money.amount.startsWith('-'), {
    message: 'must not be negative',
    params: { reason: 'negative' },
  }),
);

/**
 * Schema of a sales target (销售目标) of the parts sales plan (配件销售计划):
 * an amount for a period, for all customers (`classId: null`) or one
 * customer class.
 *
 * @example
 * ```ts
 * SalesTargetSchema.safeParse(JSON.parse(row)).success; // true for a stored target
 * ```
 * @category parts
 * @see §6.3.1
 */
export const SalesTargetSchema = z.object({
  ...entityBaseShape,
  id: SalesTargetIdSchema,
  period: SalesPeriodSchema,
  classId: z.nullable(PartsCustomerClassIdSchema),
  amount: TargetAmountSchema,
  setBy: EmployeeIdSchema,
});

/**
 * A sales target.
 *
 * @example
 * ```ts
 * const target: SalesTarget = setSalesTarget(null, input, context)._unsafeUnwrap().target;
 * ```
 * @category parts
 * @see §6.3.1
 */
export type SalesTarget = z.infer<typeof SalesTargetSchema>;

/**
 * Schema of a sales target as a caller writes it (see {@link setSalesTarget}).
 *
 * @example
 * ```ts
 * SalesTargetInputSchema.safeParse({ id: 'tgt_1', period: '2026-Q4', amount: { amount: '1000.00', currency: 'CNY' } }).success; // true
 * ```
 * @category parts
 * @see §6.3.1
 */
export const SalesTargetInputSchema = z.object({
  id: SalesTargetIdSchema,
  period: SalesPeriodSchema,
  classId: z._default(z.nullable(PartsCustomerClassIdSchema), null),
  amount: TargetAmountSchema,
});

/**
 * A target to set as a caller writes it.
 *
 * @example
 * ```ts
 * const input: SalesTargetInput = { id: 'tgt_2026_11', period: '2026-11', amount: { amount: '300000.00', currency: 'CNY' } };
 * ```
 * @category parts
 * @see §6.3.1
 */
export type SalesTargetInput = z.input<typeof SalesTargetInputSchema>;

/**
 * A target after it was set, with `parts.sales-target-set`.
 *
 * @example
 * ```ts
 * const { target, events }: SalesTargetSet = setSalesTarget(null, input, context)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.1
 */
export interface SalesTargetSet {
  readonly target: SalesTarget;
  readonly events: readonly PartsSalesEvent[];
}

/**
 * Sets a sales target (制定销售计划) for a period and optionally a customer
 * class, or revises an existing one (same id, period and class). Needs
 * `sales-target.set` (the service manager).
 *
 * Errors: `validation_failed` (also a revision that changes the id, period
 * or class), `forbidden`.
 *
 * @example
 * ```ts
 * const { target } = setSalesTarget(null, {
 *   id: 'tgt_2026_11_fleet', period: '2026-11', classId: 'pcc_fleet', amount: { amount: '80000.00', currency: 'CNY' },
 * }, { at, actor: manager })._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.1
 */
export function setSalesTarget(
  existing: SalesTarget | null,
  input: SalesTargetInput,
  context: SalesCommandContext,
): Result<SalesTargetSet, ValidationError | ForbiddenError> {
  const actorCheck = checkActor(context, 'sales-target.set', '§6.3.1');
  if (actorCheck.isErr()) return err(actorCheck.error);
  const { at, actor } = actorCheck.value;
  const parsed = parseWith(SalesTargetInputSchema, input, '§6.3.1');
  if (parsed.isErr()) return err(parsed.error);
  const request = parsed.value;
  if (
    existing !== null &&
    (existing.id !== request.id ||
      existing.period !== request.period ||
      existing.classId !== request.classId)
  ) {
    const detail = 'a revision keeps the target id, period and class';
    return err(validationError([{ path: 'id', reason: 'target_mismatch', detail }], '§6.3.1'));
  }
  const target: SalesTarget = {
    ...request,
    version: existing?.version ?? 0,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    setBy: actor.id,
  };
  const event = salesEvent('parts.sales-target-set', target.id, at, {
    targetId: target.id,
    period: target.period,
    classId: target.classId,
    amount: target.amount,
    actorId: actor.id,
  });
  return ok({ target, events: [event] });
}
