import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../../_lib/decimal';
import {
  type Money,
  type MoneyArithmeticError,
  maxMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
} from '../../shared/index';
import { isInPeriod, type SalesTarget } from './sales-target';
import type { Shipment } from './shipment-schema';

/**
 * A target against actual sales (计划完成情况): the actual shipped amount in
 * its period (and class), the attainment ratio actual ÷ target as a decimal
 * string with four decimals rounded half-up (`"0.8500"` is 85 %; `null`
 * for a zero target), and the shortfall still to sell (never negative).
 *
 * @example
 * ```ts
 * const row: SalesAttainment = computeSalesAttainment(targets, shipments)._unsafeUnwrap()[0];
 * row.attainment; // '1.0250'
 * ```
 * @category parts
 * @see §6.3.1
 */
export interface SalesAttainment {
  readonly targetId: string;
  readonly period: string;
  readonly classId: string | null;
  readonly target: Money;
  readonly actual: Money;
  readonly attainment: string | null;
  readonly shortfall: Money;
  readonly attained: boolean;
}

function ratio(actual: Money, target: Money): string | null {
  const denominator = new Decimal(target.amount);
  if (denominator.isZero()) return null;
  return new Decimal(actual.amount).dividedBy(denominator).toFixed(4, Decimal.ROUND_HALF_UP);
}

/**
 * Compares each sales target with actual sales (§6.3.1): the amounts of the
 * shipments whose dealer date falls in the target's period — every
 * customer for a plan-wide target, the class's customers (class at
 * shipment) for a class target. Actuals are shipped sales, the basis of
 * the receivables.
 *
 * Errors: `currency_mismatch` (a shipment in another currency than its
 * target), `money_out_of_range`.
 *
 * @example
 * ```ts
 * const rows = computeSalesAttainment(targets, shipments)._unsafeUnwrap();
 * rows.filter((row) => !row.attained); // targets not met
 * ```
 * @category parts
 * @see §6.3.1
 */
export function computeSalesAttainment(
  targets: readonly SalesTarget[],
  shipments: readonly Shipment[],
): Result<SalesAttainment[], MoneyArithmeticError> {
  const rows: SalesAttainment[] = [];
  for (const target of targets) {
    const amounts = shipments
      .filter(
        (shipment) =>
          isInPeriod(shipment.shippedDate, target.period) &&
          (target.classId === null || shipment.classId === target.classId),
      )
      .map((shipment) => shipment.amount);
    const actual = sumMoney(amounts, target.amount.currency);
    if (actual.isErr()) return err(actual.error);
    const gap = subtractMoney(target.amount, actual.value).andThen((difference) =>
      maxMoney(difference, zeroMoney(target.amount.currency)),
    );
    if (gap.isErr()) return err(gap.error);
    rows.push({
      targetId: target.id,
      period: target.period,
      classId: target.classId,
      target: target.amount,
      actual: actual.value,
      attainment: ratio(actual.value, target.amount),
      shortfall: gap.value,
      attained: new Decimal(gap.value.amount).isZero(),
    });
  }
  return ok(rows);
}
