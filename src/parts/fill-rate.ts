import { instantToEpochMs } from '../shared/index';
import type { StockLedger } from './ledger';
import type { InstantRange } from './usage';

/**
 * The parts fill rate (配件满足率) of a period: lines served from stock at
 * the first request ÷ lines requested, with the counts behind it. `rate` is
 * a ratio rounded to four decimals, `null` when nothing was requested.
 *
 * @example
 * ```ts
 * const fill: FillRate = { linesRequested: 200, linesServedFromStock: 188, rate: 0.94 };
 * ```
 * @category parts
 * @see §2.2.4(3)
 * @see X-4
 */
export interface FillRate {
  readonly linesRequested: number;
  readonly linesServedFromStock: number;
  readonly rate: number | null;
}

/**
 * Computes the parts fill rate over a range (§2.2.4(3)): every issue and
 * counter-sale line not marked `fromBackorder` was served from stock at the
 * first request; every lost sale is a requested line that was not. A
 * backordered issue serves a line already counted by its lost sale, so it
 * is not counted again. A line served only in part counts once as served
 * (its issue) and once as not (its lost sale).
 *
 * @example
 * ```ts
 * computeFillRate(ledger, { from: monthStart, to: nextMonthStart }).rate; // 0.94
 * ```
 * @category parts
 * @see §2.2.4(3)
 * @see X-4
 */
export function computeFillRate(ledger: StockLedger, range: InstantRange): FillRate {
  const from = instantToEpochMs(range.from);
  const to = instantToEpochMs(range.to);
  const within = (at: Parameters<typeof instantToEpochMs>[0]) => {
    const ms = instantToEpochMs(at);
    return ms >= from && ms < to;
  };
  let served = 0;
  for (const movement of ledger.movements) {
    const isDemandLine = movement.type === 'issue' || movement.type === 'counter-sale';
    if (isDemandLine && !movement.fromBackorder && within(movement.at)) served++;
  }
  let lost = 0;
  for (const lostSale of ledger.lostSales) if (within(lostSale.at)) lost++;
  const requested = served + lost;
  return {
    linesRequested: requested,
    linesServedFromStock: served,
    rate: requested === 0 ? null : Math.round((served / requested) * 10_000) / 10_000,
  };
}
