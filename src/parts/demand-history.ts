import { err, ok, type Result } from 'neverthrow';
import {
  type CalendarDate,
  differenceInCalendarDays,
  type Instant,
  toDealerDate,
} from '../shared/index';
import type { Catalogue } from './catalogue';
import { defaultPartsConfig, type PartsConfig } from './config';
import { type PartsRuleError, partsError } from './errors';
import type { DailyDemand } from './forecast';
import { type StockLedger, stockLevel } from './ledger';
import { ownValue } from './records';
import type { ReplenishmentPart } from './replenishment-types';
import type { Part } from './schema';
import { USAGE_SIGN } from './usage';

/**
 * The period a demand history covers: `days` dealer days from `from`.
 *
 * @example
 * ```ts
 * const period: DemandPeriod = { from: '2025-11-27' as CalendarDate, days: 365 };
 * ```
 * @category parts
 * @see §6.2.1
 */
export interface DemandPeriod {
  readonly from: CalendarDate;
  readonly days: number;
}

/**
 * Builds each part's daily demand (§6.2.1) from the ledger: issues to repair
 * orders and counter sales, plus lost sales (X-4: what customers asked for
 * and stock could not serve), minus returns from repair orders, per dealer
 * day (in the configured time zone); a day never goes below zero. Demand of
 * superseded part numbers rolls up to the current (newest) part. Only parts
 * with demand in the period get an entry; every array is a view into one
 * shared buffer, oldest day first. Linear in the number of movements.
 *
 * Errors: `replenishment_input_invalid` (`field: 'days'` unless 1–3660).
 *
 * @example
 * ```ts
 * const demand = buildDailyDemand(ledger, catalogue, { from: '2025-11-27' as CalendarDate, days: 365 })._unsafeUnwrap();
 * forecastDemand(demand.get('part_1') ?? []);
 * ```
 * @category parts
 * @see §6.2.1
 * @see X-4
 */
export function buildDailyDemand(
  ledger: StockLedger,
  catalogue: Catalogue,
  period: DemandPeriod,
  config: PartsConfig = defaultPartsConfig,
): Result<
  ReadonlyMap<string, Float64Array>,
  Extract<PartsRuleError, { code: 'replenishment_input_invalid' }>
> {
  const { days } = period;
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    return err(
      partsError('replenishment_input_invalid', { index: null, partId: null, field: 'days' }),
    );
  }
  const entries: { partId: string; day: number; quantity: number }[] = [];
  const dayOf = (at: Instant) =>
    differenceInCalendarDays(toDealerDate(at, config.timeZone), period.from);
  const collect = (partId: string, at: Instant, quantity: number) => {
    const day = dayOf(at);
    if (day < 0 || day >= days) return;
    entries.push({ partId: ownValue(catalogue.currentPartIds, partId) ?? partId, day, quantity });
  };
  for (const movement of ledger.movements) {
    const sign = USAGE_SIGN[movement.type];
    if (sign !== 0) collect(movement.partId, movement.at, sign * Number(movement.quantity));
  }
  for (const lost of ledger.lostSales) collect(lost.partId, lost.at, Number(lost.quantity));
  return ok(toArrays(entries, days));
}

function toArrays(
  entries: readonly { partId: string; day: number; quantity: number }[],
  days: number,
): ReadonlyMap<string, Float64Array> {
  const slots = new Map<string, number>();
  for (const entry of entries) if (!slots.has(entry.partId)) slots.set(entry.partId, slots.size);
  const buffer = new Float64Array(slots.size * days);
  for (const { partId, day, quantity } of entries) {
    const cell = (slots.get(partId) as number) * days + day;
    buffer[cell] = (buffer[cell] as number) + quantity;
  }
  const demand = new Map<string, Float64Array>();
  for (const [partId, slot] of slots) {
    const view = buffer.subarray(slot * days, (slot + 1) * days);
    // Returns after the day would make a day negative; demand is never negative.
    for (let i = 0; i < days; i++) if ((view[i] as number) < 0) view[i] = 0;
    demand.set(partId, view);
  }
  return demand;
}

/**
 * The planning input for a catalogue part: its replenishment settings
 * (quantities as numbers), on-hand and reserved over all locations from the
 * ledger, the quantity on order (from purchase orders, which the host
 * tracks) and its demand history.
 *
 * @example
 * ```ts
 * const inputs = parts.map((part) =>
 *   toReplenishmentPart(part, ledger, { dailyDemand: demand.get(part.id) ?? [], onOrder: 0 }),
 * );
 * planReplenishment(inputs, config);
 * ```
 * @category parts
 * @see §6.1.1
 */
export function toReplenishmentPart(
  part: Part,
  ledger: StockLedger,
  options: { readonly dailyDemand: DailyDemand; readonly onOrder: number },
): ReplenishmentPart {
  const level = stockLevel(ledger, part.id);
  const settings = part.replenishment;
  return {
    partId: part.id,
    supplierId: settings.supplierId,
    dailyDemand: options.dailyDemand,
    onHand: Number(level.onHand),
    onOrder: options.onOrder,
    reserved: Number(level.reserved),
    leadTimeDays: settings.leadTimeDays,
    orderMultiple: Number(settings.orderMultiple),
    minimumOrderQuantity: Number(settings.minimumOrderQuantity),
    minStock: settings.minStock === null ? null : Number(settings.minStock),
    maxStock: settings.maxStock === null ? null : Number(settings.maxStock),
  };
}
