import {
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../shared/index';
import { defaultPartsConfig, type PartsConfig } from './config';
import { quantityAt, type StockLedger } from './ledger';
import { type Quantity, toQuantityDecimal } from './quantity';

/**
 * A part in stock that has not been issued for a while: its on-hand
 * quantity, the dealer date of its last issue or counter sale (`null` if it
 * never left stock), and the days since then (or since it first came into
 * stock, when it never left).
 *
 * @example
 * ```ts
 * const idle: IdlePart = { partId: 'part_7', onHand: '3' as Quantity, lastIssueDate: null, daysWithoutIssue: 400 };
 * ```
 * @category parts
 * @see §6.2.4
 */
export interface IdlePart {
  readonly partId: string;
  readonly onHand: Quantity;
  readonly lastIssueDate: CalendarDate | null;
  readonly daysWithoutIssue: number;
}

/**
 * The output of {@link findSlowMovingParts}: two disjoint lists, each
 * sorted by days without issue, longest first.
 *
 * @example
 * ```ts
 * const { slowMoving, obsolete }: SlowMovingReport = report;
 * ```
 * @category parts
 * @see §6.2.4
 */
export interface SlowMovingReport {
  readonly slowMoving: readonly IdlePart[];
  readonly obsolete: readonly IdlePart[];
}

/** Each part's last issue and first movement; canonical instants compare as strings. */
function issueDates(ledger: StockLedger) {
  const lastIssue = new Map<string, Instant>();
  const firstSeen = new Map<string, Instant>();
  // Movements are in posting order, not time order, so keep the extremes explicitly.
  for (const movement of ledger.movements) {
    const first = firstSeen.get(movement.partId);
    if (first === undefined || movement.at < first) firstSeen.set(movement.partId, movement.at);
    if (movement.type !== 'issue' && movement.type !== 'counter-sale') continue;
    const last = lastIssue.get(movement.partId);
    if (last === undefined || movement.at > last) lastIssue.set(movement.partId, movement.at);
  }
  return { lastIssue, firstSeen };
}

/**
 * Finds slow-moving (呆滞, no issue in `slowMovingDays`, default 180) and
 * obsolete (报废候选, no issue in `obsoleteDays`, default 365 — 12 months)
 * parts among those with stock on hand, as of a dealer date (§6.2.4). A part
 * that never left stock is measured from its first movement. Linear in the
 * number of movements.
 *
 * @example
 * ```ts
 * const { slowMoving, obsolete } = findSlowMovingParts(ledger, '2026-11-27' as CalendarDate);
 * obsolete.map((part) => part.partId); // parts idle for a year or more
 * ```
 * @category parts
 * @see §6.2.4
 */
export function findSlowMovingParts(
  ledger: StockLedger,
  asOf: CalendarDate,
  config: PartsConfig = defaultPartsConfig,
): SlowMovingReport {
  const { lastIssue, firstSeen } = issueDates(ledger);
  const slowMoving: IdlePart[] = [];
  const obsolete: IdlePart[] = [];
  for (const position of Object.values(ledger.positions)) {
    const onHand = quantityAt(position.onHand);
    const since = lastIssue.get(position.partId) ?? firstSeen.get(position.partId);
    if (!toQuantityDecimal(onHand).gt(0) || since === undefined) continue;
    const sinceDate = toDealerDate(since, config.timeZone);
    const idle: IdlePart = {
      partId: position.partId,
      onHand,
      lastIssueDate: lastIssue.has(position.partId) ? sinceDate : null,
      daysWithoutIssue: differenceInCalendarDays(asOf, sinceDate),
    };
    if (idle.daysWithoutIssue >= config.obsoleteDays) obsolete.push(idle);
    else if (idle.daysWithoutIssue >= config.slowMovingDays) slowMoving.push(idle);
  }
  const longestFirst = (a: IdlePart, b: IdlePart) =>
    b.daysWithoutIssue - a.daysWithoutIssue || (a.partId < b.partId ? -1 : 1);
  return { slowMoving: slowMoving.sort(longestFirst), obsolete: obsolete.sort(longestFirst) };
}
