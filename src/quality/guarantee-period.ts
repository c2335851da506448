import { addCalendarDays, type CalendarDate } from '../shared/index';
import { defaultQualityConfig, type GuaranteePeriod, type QualityConfig } from './config';
import type { RepairCategory } from './repair-category';

/**
 * The quality guarantee period (质量保证期) of a repair category.
 *
 * @param category - the repair category
 * @param config - the dealer's quality configuration; defaults to REG-1
 * @returns `{ days, km }`, whichever ends first
 * @example
 * ```ts
 * guaranteePeriodFor('assembly-overhaul'); // { days: 100, km: 20000 }
 * guaranteePeriodFor('routine-maintenance'); // { days: 10, km: 2000 }
 * ```
 * @category quality
 * @see REG-1
 * @see §4.3(7)
 */
export function guaranteePeriodFor(
  category: RepairCategory,
  config: QualityConfig = defaultQualityConfig,
): GuaranteePeriod {
  return config.guaranteePeriods[category];
}

/**
 * The longest guarantee period among several categories — an order with an
 * assembly overhaul and an oil change is guaranteed for the overhaul's period.
 * Days and km are compared separately, so the result may take days from one
 * category and km from another (each is what the customer was promised).
 *
 * @example
 * ```ts
 * longestGuaranteePeriod(['minor-repair', 'second-level-maintenance']); // { days: 30, km: 5000 }
 * longestGuaranteePeriod([]); // null
 * ```
 * @category quality
 * @see REG-1
 */
export function longestGuaranteePeriod(
  categories: readonly RepairCategory[],
  config: QualityConfig = defaultQualityConfig,
): GuaranteePeriod | null {
  let longest: GuaranteePeriod | null = null;
  for (const category of categories) {
    const period = guaranteePeriodFor(category, config);
    longest =
      longest === null
        ? period
        : { days: Math.max(longest.days, period.days), km: Math.max(longest.km, period.km) };
  }
  return longest;
}

/**
 * When a guarantee ends: the last calendar day and the last odometer
 * reading it covers (both inclusive; whichever is reached first ends it).
 *
 * @example
 * ```ts
 * const expiry: GuaranteeExpiry = { lastDay: '2026-03-11' as CalendarDate, lastOdometerKm: 47000 };
 * ```
 * @category quality
 * @see REG-1
 */
export interface GuaranteeExpiry {
  /** The last day covered. */
  readonly lastDay: CalendarDate;
  /** The highest odometer reading covered. */
  readonly lastOdometerKm: number;
}

/**
 * When the guarantee of work delivered on `deliveredOn` at `odometerKm` ends.
 * The period counts from the day after delivery, as Chinese law counts
 * periods (民法典 art. 201: the starting day is not counted), so 10 days from
 * 1 March cover 2–11 March and end on 11 March.
 *
 * @param deliveredOn - the delivery (出厂) date in the dealer's time zone
 * @param odometerKm - the odometer reading at delivery
 * @param category - the repair category, or a period already chosen
 * @param config - the dealer's quality configuration; defaults to REG-1
 * @example
 * ```ts
 * guaranteeExpiry('2026-03-01' as CalendarDate, 45000, 'minor-repair');
 * // { lastDay: '2026-03-11', lastOdometerKm: 47000 }
 * ```
 * @category quality
 * @see REG-1
 * @see §4.3(7)
 */
export function guaranteeExpiry(
  deliveredOn: CalendarDate,
  odometerKm: number,
  category: RepairCategory | GuaranteePeriod,
  config: QualityConfig = defaultQualityConfig,
): GuaranteeExpiry {
  const period = typeof category === 'string' ? guaranteePeriodFor(category, config) : category;
  return {
    lastDay: addCalendarDays(deliveredOn, period.days),
    lastOdometerKm: odometerKm + period.km,
  };
}

/**
 * Whether a vehicle returning on `on` at `odometerKm` is still within a
 * guarantee: on or before its last day and at or below its last odometer
 * reading. A reading below the delivery reading (a replaced odometer) still
 * counts as within.
 *
 * @example
 * ```ts
 * isWithinGuarantee(expiry, '2026-03-11' as CalendarDate, 46000); // true
 * isWithinGuarantee(expiry, '2026-03-12' as CalendarDate, 46000); // false: days ran out
 * ```
 * @category quality
 * @see REG-1
 * @see §4.3(7)
 */
export function isWithinGuarantee(
  expiry: GuaranteeExpiry,
  on: CalendarDate,
  odometerKm: number,
): boolean {
  return on <= expiry.lastDay && odometerKm <= expiry.lastOdometerKm;
}
