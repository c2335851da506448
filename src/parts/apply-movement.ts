import { err, ok, type Result } from 'neverthrow';
import { DECIMAL_ROUNDING, Decimal } from '../_lib/decimal';
import { decimalFromMoney, moneyFromDecimal, roundDivision } from '../_lib/money-decimal';
import type { Money } from '../shared/index';
import { type PartsRuleError, partsError } from './errors';
import type { StockPosition } from './ledger';
import type { StockMovement } from './movement-schema';
import { formatQuantity, type Quantity, toQuantityDecimal } from './quantity';
import { ownValue } from './records';

type InsufficientStock = Extract<PartsRuleError, { code: 'insufficient_stock' }>;

/** What one movement does to stock: each location's change, and whether it takes free stock. */
interface Effect {
  readonly changes: readonly (readonly [location: string, delta: Decimal])[];
  /** Outgoing stock must come from available (unreserved) stock; a count correction only from on-hand. */
  readonly limit: 'available' | 'on-hand' | 'none';
}

function effectOf(movement: StockMovement): Effect {
  const quantity = toQuantityDecimal(movement.quantity);
  const at = movement.locationId;
  switch (movement.type) {
    case 'receipt':
    case 'return':
      return { changes: [[at, quantity]], limit: 'none' };
    case 'adjustment':
      return movement.direction === 'increase'
        ? { changes: [[at, quantity]], limit: 'none' }
        : { changes: [[at, quantity.neg()]], limit: 'on-hand' };
    case 'transfer':
      return {
        changes: [
          [at, quantity.neg()],
          [movement.toLocationId ?? at, quantity],
        ],
        limit: 'available',
      };
    case 'issue':
    case 'counter-sale':
    case 'scrap':
      return { changes: [[at, quantity.neg()]], limit: 'available' };
  }
}

/**
 * Applies one movement to a part's position: the new on-hand per location
 * and, for receipts, the new moving-average cost. Refuses to take stock that
 * is not there (outgoing movements from available stock, a downward count
 * correction from on-hand) unless negative stock is allowed.
 *
 * Errors: `insufficient_stock`.
 *
 * @example
 * ```ts
 * applyMovement(position, receipt, { allowNegativeStock: false, costDecimals: 4 });
 * ```
 * @category parts
 * @internal
 */
export function applyMovement(
  position: StockPosition,
  movement: StockMovement,
  options: { readonly allowNegativeStock: boolean; readonly costDecimals: number },
): Result<StockPosition, InsufficientStock> {
  const effect = effectOf(movement);
  const onHand: Record<string, Quantity> = { ...position.onHand };
  for (const [location, delta] of effect.changes) {
    const before = toQuantityDecimal(ownValue(onHand, location) ?? ('0' as Quantity));
    const after = before.plus(delta);
    if (delta.isNeg() && !options.allowNegativeStock) {
      const reserved =
        effect.limit === 'available'
          ? toQuantityDecimal(ownValue(position.reserved, location) ?? ('0' as Quantity))
          : new Decimal(0);
      const free = before.minus(reserved);
      if (free.plus(delta).isNeg()) {
        return err(
          partsError('insufficient_stock', {
            partId: position.partId,
            locationId: location,
            requested: movement.quantity,
            available: formatQuantity(Decimal.max(free, 0)),
          }),
        );
      }
    }
    Object.defineProperty(onHand, location, {
      value: formatQuantity(after),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const averageCost =
    movement.type === 'receipt'
      ? movingAverage(position, movement, options.costDecimals)
      : position.averageCost;
  return ok({ ...position, onHand, averageCost });
}

/**
 * The moving-average unit cost after a receipt: (stock value before + receipt
 * value) ÷ (quantity before + received), rounded half-up to `costDecimals`.
 * With no stock (or negative stock) before, the receipt's cost.
 */
function movingAverage(
  position: StockPosition,
  receipt: StockMovement,
  costDecimals: number,
): Money {
  let before = new Decimal(0);
  for (const quantity of Object.values(position.onHand)) before = before.plus(quantity);
  const received = toQuantityDecimal(receipt.quantity);
  const cost = decimalFromMoney(receipt.unitCost);
  if (before.lte(0)) return roundedCost(cost, costDecimals, receipt.unitCost);
  const value = before.times(decimalFromMoney(position.averageCost)).plus(received.times(cost));
  const average = roundDivision(value, before.plus(received), costDecimals, 'half-up');
  return roundedCost(average, costDecimals, receipt.unitCost);
}

function roundedCost(value: Decimal, costDecimals: number, like: Money): Money {
  const money = moneyFromDecimal(
    value.toDecimalPlaces(costDecimals, DECIMAL_ROUNDING['half-up']),
    like.currency,
  );
  // An average lies between two in-range costs, so it is always in range.
  if (money === undefined)
    throw new RangeError('aftersales: a moving-average cost left the money range');
  return money as Money;
}
