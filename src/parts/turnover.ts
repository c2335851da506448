import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../_lib/decimal';
import { decimalFromMoney, moneyFromDecimal } from '../_lib/money-decimal';
import { type Money, type MoneyArithmeticError, roundHalfUp, sumMoney } from '../shared/index';
import { defaultPartsConfig, type PartsConfig } from './config';
import type { StockLedger } from './ledger';
import { type InstantRange, lineValue, usageMovements } from './usage';

/**
 * The value of stock on hand now (库存金额): every part's on-hand quantity
 * (all locations) at its moving-average cost, rounded per part to the cent.
 *
 * Errors: `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * computeInventoryValue(ledger); // ok({ amount: '182340.50', currency: 'CNY' })
 * ```
 * @category parts
 * @see §6.2.4
 * @see §2.2.4(3)
 */
export function computeInventoryValue(
  ledger: StockLedger,
  config: PartsConfig = defaultPartsConfig,
): Result<Money, MoneyArithmeticError> {
  const lines: Money[] = [];
  for (const position of Object.values(ledger.positions)) {
    let onHand = new Decimal(0);
    for (const quantity of Object.values(position.onHand)) onHand = onHand.plus(quantity);
    lines.push(lineValue(onHand.toFixed(), position.averageCost));
  }
  return sumMoney(lines, config.currency);
}

/**
 * The cost of issues over a range (出库成本): issues and counter sales at
 * the cost they moved at, less returns, each line rounded to the cent.
 *
 * Errors: `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * computeCostOfIssues(ledger, { from: yearStart, to: yearEnd });
 * ```
 * @category parts
 * @see §6.2.4
 * @see §2.2.4(3)
 */
export function computeCostOfIssues(
  ledger: StockLedger,
  range: InstantRange,
  config: PartsConfig = defaultPartsConfig,
): Result<Money, MoneyArithmeticError> {
  const lines = usageMovements(ledger, range).map(([movement, sign]) =>
    lineValue(movement.quantity, movement.unitCost, sign),
  );
  return sumMoney(lines, config.currency);
}

/**
 * Inventory turnover (库存周转率) and days of inventory (库存周转天数):
 * `turnover` = cost of issues ÷ average inventory value (two decimals),
 * `daysOfInventory` = period days × average inventory value ÷ cost of issues
 * (one decimal); both half-up. The average is the mean of the inventory
 * values sampled over the period (opening and closing, or month ends),
 * rounded to the cent. `null` where the divisor is zero.
 *
 * @example
 * ```ts
 * const turnover: InventoryTurnover = { averageInventoryValue, turnover: '6.00', daysOfInventory: '60.8' };
 * ```
 * @category parts
 * @see §6.2.4
 * @see §2.2.4(3)
 */
export interface InventoryTurnover {
  readonly averageInventoryValue: Money;
  readonly turnover: string | null;
  readonly daysOfInventory: string | null;
}

/**
 * Computes {@link InventoryTurnover} from the cost of issues of a period,
 * inventory values sampled in it, and the period's length in days.
 *
 * Errors: `currency_mismatch` (values in different currencies), `money_out_of_range`.
 *
 * @example
 * ```ts
 * computeInventoryTurnover({
 *   costOfIssues: { amount: '1200000.00', currency: 'CNY' },
 *   inventoryValues: [{ amount: '180000.00', currency: 'CNY' }, { amount: '220000.00', currency: 'CNY' }],
 *   periodDays: 365,
 * }); // ok({ averageInventoryValue: 200000.00 CNY, turnover: '6.00', daysOfInventory: '60.8' })
 * ```
 * @category parts
 * @see §6.2.4
 * @see §2.2.4(3)
 */
export function computeInventoryTurnover(input: {
  readonly costOfIssues: Money;
  readonly inventoryValues: readonly Money[];
  readonly periodDays: number;
}): Result<InventoryTurnover, MoneyArithmeticError> {
  const currency = input.costOfIssues.currency;
  const total = sumMoney(input.inventoryValues, currency);
  if (total.isErr()) return err(total.error);
  const count = Math.max(input.inventoryValues.length, 1);
  const average = decimalFromMoney(total.value).dividedBy(count);
  const averageInventoryValue = roundHalfUp(moneyFromDecimal(average, currency) as Money);
  const cost = decimalFromMoney(input.costOfIssues);
  const averageValue = decimalFromMoney(averageInventoryValue);
  return ok({
    averageInventoryValue,
    turnover: averageValue.isZero() ? null : cost.dividedBy(averageValue).toFixed(2),
    daysOfInventory: cost.isZero()
      ? null
      : averageValue.times(input.periodDays).dividedBy(cost).toFixed(1),
  });
}
