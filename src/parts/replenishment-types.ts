import type { DailyDemand } from './forecast';
import type { Quantity } from './quantity';

/**
 * One part as planning reads it: plain numbers, so 100,000 parts plan in
 * one linear pass. `dailyDemand` is the part's history, oldest first
 * ({@link buildDailyDemand}); `onHand`, `onOrder` and `reserved` are current
 * quantities; the rest are its replenishment settings (see
 * {@link toReplenishmentPart} to build one from the catalogue and ledger).
 * `orderMultiple` defaults to 1, `minimumOrderQuantity` to 0, `minStock`
 * and `maxStock` to none, `serviceLevel` to the configured one.
 *
 * @example
 * ```ts
 * const part: ReplenishmentPart = {
 *   partId: 'part_1', supplierId: 'sup_faw', dailyDemand: Float64Array.from(history),
 *   onHand: 4, onOrder: 0, reserved: 1, leadTimeDays: 3, orderMultiple: 6,
 * };
 * ```
 * @category parts
 * @see §6.1.1
 */
export interface ReplenishmentPart {
  readonly partId: string;
  readonly supplierId: string | null;
  readonly dailyDemand: DailyDemand;
  readonly onHand: number;
  readonly onOrder: number;
  readonly reserved: number;
  readonly leadTimeDays: number;
  readonly orderMultiple?: number;
  readonly minimumOrderQuantity?: number;
  readonly minStock?: number | null;
  readonly maxStock?: number | null;
  readonly serviceLevel?: number;
}

/**
 * A suggested purchase line (建议采购行): the quantity to order and the
 * figures behind it (forecast daily demand, reorder point, stock position =
 * on-hand − reserved + on order, and the target it tops up to).
 *
 * @example
 * ```ts
 * plan.orders[0].lines[0].quantity; // '24'
 * ```
 * @category parts
 * @see §6.1.1
 */
export interface PurchaseSuggestionLine {
  readonly partId: string;
  readonly quantity: Quantity;
  readonly meanDailyDemand: number;
  readonly reorderPoint: number;
  readonly position: number;
  readonly target: number;
}

/**
 * The suggested lines for one supplier (`null`: parts without a supplier).
 *
 * @example
 * ```ts
 * plan.orders.map((order) => order.supplierId); // ['sup_a', 'sup_b', null]
 * ```
 * @category parts
 * @see §6.1.1
 */
export interface SupplierSuggestion {
  readonly supplierId: string | null;
  readonly lines: readonly PurchaseSuggestionLine[];
}

/**
 * A shortage alert (缺货预警): available stock is at or below the reorder point.
 *
 * @example
 * ```ts
 * plan.shortages[0]; // { partId: 'part_1', available: 2, reorderPoint: 11.29, onOrder: 0 }
 * ```
 * @category parts
 * @see §6.2.2
 */
export interface ShortageAlert {
  readonly partId: string;
  readonly available: number;
  readonly reorderPoint: number;
  readonly onOrder: number;
}

/**
 * An overstock alert (积压预警): on-hand above max stock, or available stock
 * covering more than `overstockDaysOfCover` days of forecast demand
 * (`daysOfCover` is `null` when there is no demand at all).
 *
 * @example
 * ```ts
 * plan.overstocks[0]; // { partId: 'part_9', reason: 'days-of-cover', onHand: 40, maxStock: null, daysOfCover: 400 }
 * ```
 * @category parts
 * @see §6.2.2
 */
export interface OverstockAlert {
  readonly partId: string;
  readonly reason: 'above-max' | 'days-of-cover';
  readonly onHand: number;
  readonly maxStock: number | null;
  readonly daysOfCover: number | null;
}

/**
 * The output of {@link planReplenishment}.
 *
 * @example
 * ```ts
 * const { orders, shortages, overstocks }: ReplenishmentPlan = plan;
 * ```
 * @category parts
 * @see §6.1.1
 */
export interface ReplenishmentPlan {
  readonly orders: readonly SupplierSuggestion[];
  readonly shortages: readonly ShortageAlert[];
  readonly overstocks: readonly OverstockAlert[];
}
