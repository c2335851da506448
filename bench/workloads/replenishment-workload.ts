import type { ReplenishmentPart } from 'aftersales/parts';
import { createRandom, type Random } from '../lib/random';

/**
 * The replenishment workload: `count` parts with 365 days of demand each,
 * held in one Float64Array (a view per part, as a host loading history in
 * bulk would), with a mix of fast and slow movers, intermittent demand,
 * lead times of 1–30 days and some order multiples, minimum and maximum
 * stocks and per-part service levels. The flat arrays are what the
 * Float64Array baseline reads.
 */
export interface ReplenishmentWorkload {
  readonly days: number;
  readonly demand: Float64Array;
  readonly parts: readonly ReplenishmentPart[];
  /** Per part: lead time, the z of its service level, and its minimum stock (−1: none). */
  readonly leadTimes: Float64Array;
  readonly serviceLevels: Float64Array;
  readonly minStocks: Float64Array;
}

export const HISTORY_DAYS = 365;
const DEFAULT_SERVICE_LEVEL = 0.95;

/** One day's demand for every day of a part's history, written into `demand` at `offset`. */
function fillHistory(random: Random, demand: Float64Array, offset: number, rate: number): void {
  // Log-uniform rates from one sale a quarter to ~30 a day; slow movers sell on few days.
  const sellsOn = Math.min(1, rate);
  const perSale = rate / sellsOn;
  for (let d = 0; d < HISTORY_DAYS; d += 1) {
    demand[offset + d] =
      random.next() < sellsOn ? Math.round(perSale * (0.4 + 1.2 * random.next())) : 0;
  }
}

/** A part's stock and replenishment settings (the history is filled separately). */
function partSettings(random: Random, p: number, rate: number) {
  const serviceLevel = random.chance(0.2) ? 0.98 : DEFAULT_SERVICE_LEVEL;
  return {
    partId: `part_${p}`,
    supplierId: random.chance(0.05) ? null : `sup_${String(random.int(0, 39)).padStart(2, '0')}`,
    onHand: random.int(0, Math.ceil(rate * 60) + 2),
    onOrder: random.chance(0.2) ? random.int(1, 50) : 0,
    reserved: random.chance(0.3) ? random.int(0, 3) : 0,
    leadTimeDays: random.int(1, 30),
    ...(random.chance(0.3) ? { orderMultiple: random.pick([2, 4, 6, 10, 12, 24]) } : {}),
    ...(random.chance(0.2) ? { minimumOrderQuantity: random.int(1, 20) } : {}),
    minStock: random.chance(0.15) ? random.int(1, 10) : null,
    maxStock: random.chance(0.3) ? random.int(20, 400) : null,
    ...(serviceLevel === DEFAULT_SERVICE_LEVEL ? {} : { serviceLevel }),
  };
}

export function createReplenishmentWorkload(seed: number, count: number): ReplenishmentWorkload {
  const random = createRandom(seed);
  const days = HISTORY_DAYS;
  const demand = new Float64Array(count * days);
  const leadTimes = new Float64Array(count);
  const serviceLevels = new Float64Array(count);
  const minStocks = new Float64Array(count);
  const parts: ReplenishmentPart[] = new Array(count);
  for (let p = 0; p < count; p += 1) {
    const rate = Math.exp(random.next() * 8 - 4.5);
    const offset = p * days;
    fillHistory(random, demand, offset, rate);
    const settings = partSettings(random, p, rate);
    leadTimes[p] = settings.leadTimeDays;
    serviceLevels[p] = settings.serviceLevel ?? DEFAULT_SERVICE_LEVEL;
    minStocks[p] = settings.minStock ?? -1;
    parts[p] = { ...settings, dailyDemand: demand.subarray(offset, offset + days) };
  }
  return { days, demand, parts, leadTimes, serviceLevels, minStocks };
}
