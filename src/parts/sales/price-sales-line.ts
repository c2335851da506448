import { err, ok, type Result } from 'neverthrow';
import { Decimal } from '../../_lib/decimal';
import type { DomainError } from '../../shared/index';
import {
  type CurrencyCode,
  currencyMismatch,
  type Money,
  type MoneyArithmeticError,
  type MoneyInvalidFactorError,
  multiplyMoney,
  roundHalfUp,
  sumMoney,
} from '../../shared/index';
import type { Quantity } from '../quantity';
import type { PriceLevel } from './customer-schema';
import { type PartsSalesErrorData, priceListPriceMissing } from './errors';

/**
 * The prices of one line to price: the list unit price and, for a class
 * priced by a named price list, that list's unit price.
 *
 * @example
 * ```ts
 * const prices: LinePrices = { listUnitPrice: { amount: '200.00', currency: 'CNY' } };
 * ```
 * @category parts
 * @see §6.3.2
 */
export interface LinePrices {
  readonly listUnitPrice: Money;
  readonly priceListUnitPrice?: Money | undefined;
}

/**
 * A priced line: the class's unit price (unrounded) and the line amount
 * rounded half-up to the currency's minor unit.
 *
 * @example
 * ```ts
 * const priced: PricedLine = { unitPrice: { amount: '176.00', currency: 'CNY' }, amount: { amount: '352.00', currency: 'CNY' } };
 * ```
 * @category parts
 * @see §6.3.3
 */
export interface PricedLine {
  readonly unitPrice: Money;
  readonly amount: Money;
}

/**
 * Errors of pricing a line.
 *
 * @example
 * ```ts
 * function explain(error: PriceLineError) { return error.code; }
 * ```
 * @category parts
 * @see §6.3.2
 */
export type PriceLineError =
  | MoneyArithmeticError
  | MoneyInvalidFactorError
  | DomainError<'price_list_price_missing', PartsSalesErrorData['price_list_price_missing']>;

/**
 * The amount of `quantity` at `unitPrice`, rounded half-up to 0.01 (the
 * currency's minor unit): the one rounding point of a sales line.
 *
 * Errors: `money_invalid_factor`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * lineAmount({ amount: '33.335', currency: 'CNY' }, '3' as Quantity); // ok({ amount: '100.01', currency: 'CNY' })
 * ```
 * @category parts
 * @see §6.3.3
 */
export function lineAmount(
  unitPrice: Money,
  quantity: Quantity,
): Result<Money, MoneyArithmeticError | MoneyInvalidFactorError> {
  return multiplyMoney(unitPrice, quantity).map((money) => roundHalfUp(money));
}

/**
 * Prices one line by the customer class's price level (价格级别): list price
 * × (1 − discount rate), or the named price list's unit price; then the
 * line amount rounded half-up to 0.01. Prices must be in `currency`.
 *
 * Errors: `price_list_price_missing`, `currency_mismatch`,
 * `money_invalid_factor`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * priceSalesLine(
 *   { listUnitPrice: { amount: '200.00', currency: 'CNY' } }, '2' as Quantity,
 *   { kind: 'discount', rate: '0.12' }, 'CNY', { lineNo: 1, partId: 'part_1' },
 * ); // ok({ unitPrice: { amount: '176.00', … }, amount: { amount: '352.00', … } })
 * ```
 * @category parts
 * @see §6.3.2
 * @see §6.3.3
 */
export function priceSalesLine(
  prices: LinePrices,
  quantity: Quantity,
  priceLevel: PriceLevel,
  currency: CurrencyCode,
  line: { readonly lineNo: number; readonly partId: string },
): Result<PricedLine, PriceLineError> {
  if (prices.listUnitPrice.currency !== currency) {
    return err(currencyMismatch(currency, prices.listUnitPrice.currency));
  }
  const unitPrice = classUnitPrice(prices, priceLevel, line);
  if (unitPrice.isErr()) return err(unitPrice.error);
  if (unitPrice.value.currency !== currency) {
    return err(currencyMismatch(currency, unitPrice.value.currency));
  }
  return lineAmount(unitPrice.value, quantity).map((amount) => ({
    unitPrice: unitPrice.value,
    amount,
  }));
}

function classUnitPrice(
  prices: LinePrices,
  priceLevel: PriceLevel,
  line: { readonly lineNo: number; readonly partId: string },
): Result<Money, PriceLineError> {
  if (priceLevel.kind === 'price-list') {
    return prices.priceListUnitPrice === undefined
      ? err(priceListPriceMissing(priceLevel.priceListId, line.lineNo, line.partId))
      : ok(prices.priceListUnitPrice);
  }
  const factor = new Decimal(1).minus(priceLevel.rate).toFixed();
  return multiplyMoney(prices.listUnitPrice, factor);
}

/**
 * The order total: the exact sum of the rounded line amounts, never rounded
 * again, so the order always reconciles to the cent.
 *
 * Errors: `currency_mismatch`, `money_out_of_range`.
 *
 * @example
 * ```ts
 * sumLineAmounts(order.lines, 'CNY'); // ok(order.total)
 * ```
 * @category parts
 * @see §6.3.3
 */
export function sumLineAmounts(
  lines: readonly { readonly amount: Money }[],
  currency: CurrencyCode,
): Result<Money, MoneyArithmeticError> {
  return sumMoney(
    lines.map((line) => line.amount),
    currency,
  );
}
