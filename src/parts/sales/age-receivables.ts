import { err, ok, type Result } from 'neverthrow';
import {
  type CalendarDate,
  type CurrencyCode,
  differenceInCalendarDays,
  type Instant,
  isZeroMoney,
  type Money,
  type MoneyArithmeticError,
  sumMoney,
  toDealerDate,
} from '../../shared/index';
import { defaultPartsSalesConfig, type PartsSalesConfig } from './config';
import type { Receivable } from './receivable-schema';

/**
 * The aging buckets (账龄段) by days past due: 0–30 (including not yet
 * due), 31–60, 61–90 and over 90.
 *
 * @example
 * ```ts
 * AGING_BUCKETS; // ['0-30', '31-60', '61-90', '90+']
 * ```
 * @category parts
 * @see §6.3.5
 */
export const AGING_BUCKETS = Object.freeze(['0-30', '31-60', '61-90', '90+'] as const);

/**
 * One of {@link AGING_BUCKETS}.
 *
 * @example
 * ```ts
 * const bucket: AgingBucket = '31-60';
 * ```
 * @category parts
 * @see §6.3.5
 */
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/**
 * The age of one receivable at a date: days past its due date (0 when not
 * yet due), its bucket, and whether it is overdue (逾期).
 *
 * @example
 * ```ts
 * const age: ReceivableAge = ageReceivable(ar, at);
 * age.overdue; // true when the dealer date is after the due date
 * ```
 * @category parts
 * @see §6.3.5
 */
export interface ReceivableAge {
  readonly receivableId: string;
  readonly customerId: string;
  readonly dueDate: CalendarDate;
  readonly daysPastDue: number;
  readonly bucket: AgingBucket;
  readonly overdue: boolean;
  readonly outstanding: Money;
}

function bucketOf(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 30) return '0-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  return '90+';
}

/**
 * The age of a receivable at an instant, counted in calendar days of the
 * dealer's zone: days past due = dealer date − due date (never below 0).
 *
 * @example
 * ```ts
 * ageReceivable(ar, '2027-01-15T02:00:00.000Z').bucket; // '31-60' for an invoice due 2026-12-01
 * ```
 * @category parts
 * @see §6.3.5
 */
export function ageReceivable(
  receivable: Receivable,
  at: Instant,
  config: PartsSalesConfig = defaultPartsSalesConfig,
): ReceivableAge {
  const asOf = toDealerDate(at, config.timeZone);
  const daysPastDue = Math.max(0, differenceInCalendarDays(asOf, receivable.dueDate));
  return {
    receivableId: receivable.id,
    customerId: receivable.customerId,
    dueDate: receivable.dueDate,
    daysPastDue,
    bucket: bucketOf(daysPastDue),
    overdue: daysPastDue > 0 && !isZeroMoney(receivable.outstanding),
    outstanding: receivable.outstanding,
  };
}

/**
 * An aging report (账龄分析): outstanding amounts per bucket — together
 * exactly the total outstanding — what is not yet due (part of 0–30), the
 * overdue total, and every open receivable's age, oldest first.
 *
 * @example
 * ```ts
 * const report: AgingReport = ageReceivables(receivables, at)._unsafeUnwrap();
 * report.buckets['90+']; // money more than 90 days past due
 * ```
 * @category parts
 * @see §6.3.5
 */
export interface AgingReport {
  readonly asOf: CalendarDate;
  readonly total: Money;
  readonly buckets: Readonly<Record<AgingBucket, Money>>;
  readonly notYetDue: Money;
  readonly overdue: Money;
  readonly items: readonly ReceivableAge[];
}

/**
 * Ages the open receivables at an instant in the dealer's zone (§6.3.5):
 * each one's outstanding amount falls in exactly one bucket, so the buckets
 * add up to the total outstanding to the cent. Settled receivables are left out.
 *
 * Errors: `currency_mismatch` (a receivable not in the configured
 * currency), `money_out_of_range`.
 *
 * @example
 * ```ts
 * const report = ageReceivables(await listOpen(), at)._unsafeUnwrap();
 * report.items.filter((item) => item.overdue); // the overdue receivables
 * ```
 * @category parts
 * @see §6.3.5
 */
export function ageReceivables(
  receivables: readonly Receivable[],
  at: Instant,
  config: PartsSalesConfig = defaultPartsSalesConfig,
): Result<AgingReport, MoneyArithmeticError> {
  const items = receivables
    .filter((receivable) => !isZeroMoney(receivable.outstanding))
    .map((receivable) => ageReceivable(receivable, at, config))
    .sort((a, b) => b.daysPastDue - a.daysPastDue || a.dueDate.localeCompare(b.dueDate));
  const sum = (selected: readonly ReceivableAge[]) =>
    sumMoney(
      selected.map((item) => item.outstanding),
      config.currency,
    );
  const total = sum(items);
  if (total.isErr()) return err(total.error);
  const buckets = {} as Record<AgingBucket, Money>;
  for (const bucket of AGING_BUCKETS) {
    // Each bucket sums amounts already checked by the total, so it cannot fail.
    buckets[bucket] = sum(items.filter((item) => item.bucket === bucket))._unsafeUnwrap();
  }
  const asOf = toDealerDate(at, config.timeZone);
  return ok({
    asOf,
    total: total.value,
    buckets,
    notYetDue: sum(items.filter((item) => item.dueDate >= asOf))._unsafeUnwrap(),
    overdue: sum(items.filter((item) => item.overdue))._unsafeUnwrap(),
    items,
  });
}

/**
 * A customer's open receivables (未收回款): the sum of what is outstanding
 * on its receivables — the figure the credit check adds the new order to.
 *
 * Errors: `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * const openReceivables = openReceivablesOf(receivables, 'pcu_1')._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.3.3
 * @see §6.3.5
 */
export function openReceivablesOf(
  receivables: readonly Receivable[],
  customerId: string,
  currency: CurrencyCode = defaultPartsSalesConfig.currency,
): Result<Money, MoneyArithmeticError> {
  return sumMoney(
    receivables
      .filter((receivable) => receivable.customerId === customerId)
      .map((receivable) => receivable.outstanding),
    currency,
  );
}
