import { err, ok, type Result } from 'neverthrow';
import { type PartsRuleError, partsError } from './errors';
import { inverseNormalCdf } from './inverse-normal';

/**
 * What a reorder point is computed from: forecast daily demand and its
 * standard deviation, the supplier's lead time in days, the service level
 * (the probability of not running out during the lead time, 0.5–0.9999),
 * and an optional minimum stock that the reorder point never falls below.
 *
 * @example
 * ```ts
 * const input: ReorderPointInput = { meanDailyDemand: 2, sigmaDailyDemand: 1, leadTimeDays: 4, serviceLevel: 0.95 };
 * ```
 * @category parts
 * @see §6.2.2
 */
export interface ReorderPointInput {
  readonly meanDailyDemand: number;
  readonly sigmaDailyDemand: number;
  readonly leadTimeDays: number;
  readonly serviceLevel: number;
  readonly minStock?: number | null;
}

/** Lowest and highest service level accepted; below 50 % safety stock would be negative. */
const MIN_SERVICE_LEVEL = 0.5;
const MAX_SERVICE_LEVEL = 0.9999;

type InputInvalid = Extract<PartsRuleError, { code: 'replenishment_input_invalid' }>;

/**
 * Whether a service level is one the policy accepts (0.5–0.9999).
 *
 * @example
 * ```ts
 * isServiceLevel(0.95); // true
 * ```
 * @category parts
 * @internal
 */
export function isServiceLevel(value: number): boolean {
  return value >= MIN_SERVICE_LEVEL && value <= MAX_SERVICE_LEVEL;
}

/**
 * The unchecked arithmetic of {@link reorderPoint}, for the planning loop:
 * `mean × L + z × σ × √L`, floored at `minStock`.
 *
 * @example
 * ```ts
 * computeReorderPoint(2, 1, 4, 1.6449, null); // 11.29
 * ```
 * @category parts
 * @internal
 */
export function computeReorderPoint(
  mean: number,
  sigma: number,
  leadTimeDays: number,
  z: number,
  minStock: number | null,
): number {
  const point = mean * leadTimeDays + z * sigma * Math.sqrt(leadTimeDays);
  return minStock !== null && minStock > point ? minStock : point;
}

/**
 * The reorder point (再订货点, §6.2.2): expected demand over the supplier's
 * lead time plus safety stock, `mean × L + z × σ × √L`, where `z` is the
 * standard normal quantile of the service level ({@link inverseNormalCdf}),
 * and never below `minStock`. Order when the stock position (available +
 * on order) is at or below it. It never decreases when the lead time, σ or
 * the service level grows.
 *
 * Errors: `replenishment_input_invalid` (`field` names the input that is
 * negative, not finite, or a service level outside 0.5–0.9999).
 *
 * @example
 * ```ts
 * reorderPoint({ meanDailyDemand: 2, sigmaDailyDemand: 1, leadTimeDays: 4, serviceLevel: 0.95 });
 * // ok(11.2897…) = 2 × 4 + 1.6449 × 1 × 2
 * ```
 * @category parts
 * @see §6.2.2
 */
export function reorderPoint(input: ReorderPointInput): Result<number, InputInvalid> {
  const invalid = invalidField(input);
  if (invalid !== undefined) {
    return err(
      partsError('replenishment_input_invalid', { index: null, partId: null, field: invalid }),
    );
  }
  const z = inverseNormalCdf(input.serviceLevel);
  return ok(
    computeReorderPoint(
      input.meanDailyDemand,
      input.sigmaDailyDemand,
      input.leadTimeDays,
      z,
      input.minStock ?? null,
    ),
  );
}

/**
 * Whether a planning figure is a usable amount: a finite number ≥ 0.
 *
 * @example
 * ```ts
 * isAmount(Number.NaN); // false
 * ```
 * @category parts
 * @internal
 */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function invalidField(input: ReorderPointInput): string | undefined {
  if (!isAmount(input.meanDailyDemand)) return 'meanDailyDemand';
  if (!isAmount(input.sigmaDailyDemand)) return 'sigmaDailyDemand';
  if (!isAmount(input.leadTimeDays)) return 'leadTimeDays';
  if (!isServiceLevel(input.serviceLevel)) return 'serviceLevel';
  if (input.minStock != null && !isAmount(input.minStock)) return 'minStock';
  return undefined;
}

/** Quantities are kept to three decimals (the finest unit, millilitres of a litre). */
const QUANTITY_SCALE = 1000;
/** Float noise below this does not push a quantity to the next order multiple. */
const EPSILON = 1e-9;

/**
 * How much to order (建议采购量): nothing while the stock position is above
 * the reorder point; otherwise enough to bring it up to `target` (the max
 * stock, or the reorder point plus cover), at least the minimum order
 * quantity, rounded up to the order multiple. Quantities are numbers here
 * (planning figures); the result keeps at most three decimals.
 *
 * @example
 * ```ts
 * suggestOrderQuantity({ position: 3, reorderPoint: 11.3, target: 40, orderMultiple: 10, minimumOrderQuantity: 20 }); // 40
 * suggestOrderQuantity({ position: 12, reorderPoint: 11.3, target: 40, orderMultiple: 1, minimumOrderQuantity: 1 }); // 0
 * ```
 * @category parts
 * @see §6.1.1
 * @see §6.2.2
 */
export function suggestOrderQuantity(input: {
  readonly position: number;
  readonly reorderPoint: number;
  readonly target: number;
  readonly orderMultiple: number;
  readonly minimumOrderQuantity: number;
}): number {
  const { position, target, orderMultiple, minimumOrderQuantity } = input;
  if (position > input.reorderPoint) return 0;
  const needed = Math.max(target - position, minimumOrderQuantity);
  if (!(needed > 0)) return 0;
  const multiples = Math.ceil(needed / orderMultiple - EPSILON);
  return Math.round(multiples * orderMultiple * QUANTITY_SCALE) / QUANTITY_SCALE;
}
