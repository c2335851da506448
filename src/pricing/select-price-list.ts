import { err, ok, type Result } from 'neverthrow';
import { type CalendarDate, type Instant, type TimeZone, toDealerDate } from '../shared/index';
import {
  type PriceListDatesInvalidError,
  type PriceListOverlapError,
  priceListDatesInvalid,
  priceListOverlap,
} from './errors';
import { indexPriceList, type PriceListIndex } from './index-price-list';
import type { PriceListVersion } from './price-list-schema';

/**
 * Whether a version is in force on a dealer calendar date (both ends inclusive;
 * no end means open-ended).
 *
 * @example
 * ```ts
 * isInForceOn(version, '2026-03-01' as CalendarDate); // true when from ≤ date ≤ to
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export function isInForceOn(version: PriceListVersion, date: CalendarDate): boolean {
  return (
    version.effectiveFrom <= date &&
    (version.effectiveTo === undefined || date <= version.effectiveTo)
  );
}

function overlaps(a: PriceListVersion, b: PriceListVersion): boolean {
  const aEndsBeforeB = a.effectiveTo !== undefined && a.effectiveTo < b.effectiveFrom;
  const bEndsBeforeA = b.effectiveTo !== undefined && b.effectiveTo < a.effectiveFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * Checks a version's dates and that it does not overlap any other published
 * version of the same price list (§5.1(5)): on any day at most one version is
 * in force. Drafts and the version itself are ignored.
 *
 * Errors: `price_list_dates_invalid` (ends before it starts),
 * `price_list_overlap` (names the first overlapping version by id).
 *
 * @example
 * ```ts
 * checkPriceListOverlap(next, [current]).isErr(); // true when their dates overlap
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export function checkPriceListOverlap(
  version: PriceListVersion,
  others: readonly PriceListVersion[],
): Result<PriceListVersion, PriceListDatesInvalidError | PriceListOverlapError> {
  if (version.effectiveTo !== undefined && version.effectiveTo < version.effectiveFrom) {
    return err(priceListDatesInvalid(version.id));
  }
  const clash = others
    .filter(
      (other) =>
        other.id !== version.id &&
        other.priceListId === version.priceListId &&
        other.status === 'published' &&
        overlaps(version, other),
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  return clash === undefined ? ok(version) : err(priceListOverlap(version.id, clash.id));
}

/**
 * Finds the published version in force at an instant, read as a calendar
 * date in the dealer's time zone (§5.1(5)). Drafts never count. Accepts plain
 * versions or {@link PriceListIndex}es and returns an index (built once here
 * for a plain version).
 *
 * Errors: `price_list_overlap` when two published versions of the same
 * price list are in force that day. No version in force is `ok(undefined)`.
 *
 * @example
 * ```ts
 * findPriceListInForce([v1, v2], '2026-03-01T02:00:00.000Z' as Instant, 'Asia/Shanghai' as TimeZone);
 * // ok({ version: v2, items: Map { … } })
 * ```
 * @category pricing
 * @see §5.1(5)
 */
export function findPriceListInForce(
  candidates: readonly (PriceListVersion | PriceListIndex)[],
  at: Instant,
  timeZone: TimeZone,
): Result<PriceListIndex | undefined, PriceListOverlapError> {
  return findPriceListInForceOn(candidates, toDealerDate(at, timeZone));
}

/**
 * {@link findPriceListInForce} for a dealer date already computed.
 *
 * @internal
 */
export function findPriceListInForceOn(
  candidates: readonly (PriceListVersion | PriceListIndex)[],
  date: CalendarDate,
): Result<PriceListIndex | undefined, PriceListOverlapError> {
  const inForce = candidates.filter((candidate) => {
    const version = versionOf(candidate);
    return version.status === 'published' && isInForceOn(version, date);
  });
  const [first, second] = [...inForce].sort((a, b) => (versionOf(a).id < versionOf(b).id ? -1 : 1));
  if (first === undefined) return ok(undefined);
  if (second !== undefined) return err(priceListOverlap(versionOf(second).id, versionOf(first).id));
  return ok(isIndex(first) ? first : indexPriceList(first));
}

function isIndex(candidate: PriceListVersion | PriceListIndex): candidate is PriceListIndex {
  return candidate.items instanceof Map;
}

function versionOf(candidate: PriceListVersion | PriceListIndex): PriceListVersion {
  return isIndex(candidate) ? candidate.version : candidate;
}
