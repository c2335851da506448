import type { Result } from 'neverthrow';
import type { ValidationError } from '../shared/index';
import { defaultEnvironmentConfig, type EnvironmentConfig } from './config';
import { isDateInPeriod, type Period, parsePeriod } from './period';
import { divideQuantities, formatQuantity, type MeasuredQuantity, sumQuantities } from './quantity';
import { DISPOSAL_ROUTES, type DisposalRoute, type WasteLot } from './waste-lot-schema';

/**
 * Where the waste transferred in a period went, by the weight handed over
 * (kg, decimal strings): the total, each route's share, the recovered weight (recycled
 * plus remanufactured, §10.3(2)(4)) and the recycling rate = recovered ÷
 * total as a decimal string in [0, 1] rounded half-up to `rateDecimals`
 * (4 by default). `rate` is `null` when nothing was transferred: a rate of
 * nothing is undefined, not 0 or 1. `hazardousKg` is the hazardous part of
 * the total.
 *
 * @example
 * ```ts
 * const summary: RecyclingSummary = computeRecyclingRate(lots, march)._unsafeUnwrap();
 * summary.rate; // '0.8125'
 * ```
 * @category environment
 * @see §10.3(2)–(4)
 */
export interface RecyclingSummary {
  readonly lotCount: number;
  readonly totalKg: MeasuredQuantity;
  readonly hazardousKg: MeasuredQuantity;
  readonly byRoute: Readonly<Record<DisposalRoute, MeasuredQuantity>>;
  readonly recoveredKg: MeasuredQuantity;
  readonly rate: MeasuredQuantity | null;
}

const RECOVERED: ReadonlySet<DisposalRoute> = new Set(['recycle', 'remanufacture']);

/**
 * The recycling rate by weight of the lots transferred in a period — their
 * dealer-local transfer date lies in `period`, both ends inclusive
 * (§10.3(2)–(4)). Exact decimal sums; only the rate is rounded.
 *
 * Errors: `validation_failed` (a malformed or reversed period).
 *
 * @example
 * ```ts
 * const { rate, byRoute } = computeRecyclingRate(lots, { from: '2026-01-01', to: '2026-12-31' } as Period)._unsafeUnwrap();
 * ```
 * @category environment
 * @see §10.3(2)–(4)
 */
export function computeRecyclingRate(
  lots: readonly WasteLot[],
  period: Period,
  config: EnvironmentConfig = defaultEnvironmentConfig,
): Result<RecyclingSummary, ValidationError> {
  return parsePeriod(period, '§10.3(2)–(4)').map((checked) => {
    const transferred = lots.filter(
      (lot) => lot.transfer !== null && isDateInPeriod(lot.transfer.transferredOn, checked),
    );
    const weights = (keep: (lot: WasteLot) => boolean) =>
      sumQuantities(transferred.filter(keep).map((lot) => lot.transfer?.weightKg ?? '0'));
    const routeOf = (lot: WasteLot) => lot.transfer?.route;
    const total = weights(() => true);
    const recovered = weights((lot) => RECOVERED.has(routeOf(lot) as DisposalRoute));
    const byRoute = Object.fromEntries(
      DISPOSAL_ROUTES.map((route) => [
        route,
        formatQuantity(weights((lot) => routeOf(lot) === route)),
      ]),
    ) as Record<DisposalRoute, MeasuredQuantity>;
    return {
      lotCount: transferred.length,
      totalKg: formatQuantity(total),
      hazardousKg: formatQuantity(weights((lot) => lot.hazardous)),
      byRoute,
      recoveredKg: formatQuantity(recovered),
      rate: divideQuantities(recovered, total, config.rateDecimals),
    };
  });
}
