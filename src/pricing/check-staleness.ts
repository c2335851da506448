import {
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../shared/index';
import { defaultPricingConfig, type PricingConfig } from './config';
import type { PriceListVersion } from './price-list-schema';

/**
 * How long ago a price list was last reviewed, against the configured maximum.
 *
 * @example
 * ```ts
 * const report: StalenessReport = checkPriceListStaleness(version, at);
 * if (report.stale) notifyManager(report.ageDays);
 * ```
 * @category pricing
 * @see §5.2(2)
 */
export interface StalenessReport {
  /** Whether the age exceeds `maxAgeDays`. */
  readonly stale: boolean;
  /** Whole dealer calendar days since the last review. */
  readonly ageDays: number;
  /** The configured maximum (`maxReviewAgeDays`). */
  readonly maxAgeDays: number;
  /** The dealer date of the last review. */
  readonly reviewedOn: CalendarDate;
}

/**
 * Checks whether a price list is stale (价格更新不及时): more dealer calendar
 * days have passed since its last review than `maxReviewAgeDays` allows
 * (§5.2(2), default 90). A report, never an error: the host decides whether
 * to block quoting or remind the manager.
 *
 * @example
 * ```ts
 * checkPriceListStaleness(version, '2026-06-01T00:00:00.000Z' as Instant).stale; // true after 90 days
 * ```
 * @category pricing
 * @see §5.2(2)
 */
export function checkPriceListStaleness(
  version: PriceListVersion,
  at: Instant,
  config: PricingConfig = defaultPricingConfig,
): StalenessReport {
  const reviewedOn = toDealerDate(version.reviewedAt, config.timeZone);
  const ageDays = differenceInCalendarDays(toDealerDate(at, config.timeZone), reviewedOn);
  return {
    stale: ageDays > config.maxReviewAgeDays,
    ageDays,
    maxAgeDays: config.maxReviewAgeDays,
    reviewedOn,
  };
}
