import { err, ok, type Result } from 'neverthrow';
import { defaultPartsConfig, type ForecastMethod, type PartsConfig } from './config';
import { type PartsRuleError, partsError } from './errors';

/**
 * Daily demand of one part, oldest day first: issues, counter sales and lost
 * sales per dealer day, as plain numbers (demand is a count of units, not
 * money). A `Float64Array` keeps 100,000 parts × 365 days compact and fast;
 * a `number[]` works too. See {@link buildDailyDemand}.
 *
 * @example
 * ```ts
 * const demand: DailyDemand = Float64Array.from([0, 2, 1, 0, 3]);
 * ```
 * @category parts
 * @see §6.2.1
 */
export type DailyDemand = Float64Array | readonly number[];

/**
 * A part's demand forecast (需求预测): expected demand per day and the
 * standard deviation of daily demand, over `days` observed days.
 *
 * @example
 * ```ts
 * const forecast: DemandForecast = { meanDaily: 1.2, sigmaDaily: 0.8, days: 90 };
 * ```
 * @category parts
 * @see §6.2.1
 */
export interface DemandForecast {
  readonly meanDaily: number;
  readonly sigmaDaily: number;
  readonly days: number;
}

/** No dealer sells more than this of one part in a day; larger values are data errors. */
const MAX_DAILY_DEMAND = 1e9;

/**
 * The numeric core of forecasting, shared by {@link forecastDemand} and
 * {@link planReplenishment}: one pass, sum and sum of squares over the last
 * `window` days (and, for exponential smoothing, the level over all days),
 * no allocation. Results go into `out`: `[mean, σ, days used, index of an
 * invalid day or −1]`.
 *
 * @example
 * ```ts
 * const out = new Float64Array(4);
 * accumulateDemand(demand, 'moving-average', 90, 0.3, out);
 * ```
 * @category parts
 * @internal
 */
export function accumulateDemand(
  demand: DailyDemand,
  method: ForecastMethod,
  window: number,
  alpha: number,
  out: Float64Array,
): void {
  const n = demand.length;
  const start = n > window ? n - window : 0;
  const smoothing = method === 'exponential-smoothing';
  out[0] = n > 0 ? (demand[0] as number) : 0;
  out[3] = -1;
  if (smoothing) smoothLevel(demand, start, alpha, out);
  if ((out[3] as number) < 0) accumulateWindow(demand, start, smoothing ? alpha : 0, out);
  const days = n - start;
  const sum = out[1] as number;
  // Sum-of-squares can dip below zero by rounding when demand is constant.
  const variance = days > 1 ? ((out[2] as number) - (sum * sum) / days) / (days - 1) : 0;
  if (!smoothing) out[0] = days > 0 ? sum / days : 0;
  out[1] = variance > 0 ? Math.sqrt(variance) : 0;
  out[2] = days;
}

function isDemand(d: number): boolean {
  return d >= 0 && d <= MAX_DAILY_DEMAND;
}

// The loops below handle four days per step. Simple exponential smoothing is
// a chain (each level needs the last), so four steps are folded into one:
// level ← (1−α)⁴·level + α(1−α)³·d₀ + α(1−α)²·d₁ + α(1−α)·d₂ + α·d₃, which
// cuts the chain's latency to a quarter; sums are paired for the same reason.
// A step with an invalid day falls through to the one-day loop, which finds it.

/** The smoothing level over days [0, end) into out[0]; out[3] = an invalid day or stays −1. */
function smoothLevel(demand: DailyDemand, end: number, alpha: number, out: Float64Array): void {
  const b = 1 - alpha;
  const c1 = alpha * b;
  const c2 = c1 * b;
  const c3 = c2 * b;
  const b4 = b * b * b * b;
  let level = out[0] as number;
  let i = 0;
  for (; i + 3 < end; i += 4) {
    const d0 = demand[i] as number;
    const d1 = demand[i + 1] as number;
    const d2 = demand[i + 2] as number;
    const d3 = demand[i + 3] as number;
    if (!(isDemand(d0) && isDemand(d1) && isDemand(d2) && isDemand(d3))) break;
    level = b4 * level + (c3 * d0 + c2 * d1 + (c1 * d2 + alpha * d3));
  }
  for (; i < end; i++) {
    const d = demand[i] as number;
    if (!isDemand(d)) {
      out[3] = i;
      break;
    }
    level += alpha * (d - level);
  }
  out[0] = level;
}

/**
 * Sum (out[1]) and sum of squares (out[2]) over days [start, n), carrying the
 * smoothing level in out[0] on when α > 0; out[3] = an invalid day or −1.
 */
function accumulateWindow(
  demand: DailyDemand,
  start: number,
  alpha: number,
  out: Float64Array,
): void {
  const n = demand.length;
  const b = 1 - alpha;
  const c1 = alpha * b;
  const c2 = c1 * b;
  const c3 = c2 * b;
  const b4 = b * b * b * b;
  let level = out[0] as number;
  let sum = 0;
  let sumOfSquares = 0;
  let i = start;
  for (; i + 3 < n; i += 4) {
    const d0 = demand[i] as number;
    const d1 = demand[i + 1] as number;
    const d2 = demand[i + 2] as number;
    const d3 = demand[i + 3] as number;
    if (!(isDemand(d0) && isDemand(d1) && isDemand(d2) && isDemand(d3))) break;
    sum += d0 + d1 + (d2 + d3);
    sumOfSquares += d0 * d0 + d1 * d1 + (d2 * d2 + d3 * d3);
    level = b4 * level + (c3 * d0 + c2 * d1 + (c1 * d2 + alpha * d3));
  }
  for (; i < n; i++) {
    const d = demand[i] as number;
    if (!isDemand(d)) {
      out[3] = i;
      break;
    }
    sum += d;
    sumOfSquares += d * d;
    level += alpha * (d - level);
  }
  out[0] = level;
  out[1] = sum;
  out[2] = sumOfSquares;
}

/**
 * Forecasts one part's daily demand from its history (§6.2.1): the mean
 * over the last `movingAverageDays` days, or simple exponential smoothing
 * (level ← level + α·(demand − level), over the whole history) — as
 * configured — with the standard deviation of daily demand over the same
 * window. Linear in the number of days; an empty history forecasts zero.
 *
 * Errors: `demand_value_invalid` (a day that is negative, not finite or absurdly large).
 *
 * @example
 * ```ts
 * forecastDemand([2, 4, 4, 4, 5, 5, 7, 9])._unsafeUnwrap(); // { meanDaily: 5, sigmaDaily: 2.138…, days: 8 }
 * forecastDemand(history, { ...defaultPartsConfig, forecastMethod: 'exponential-smoothing' });
 * ```
 * @category parts
 * @see §6.2.1
 * @see X-4
 */
export function forecastDemand(
  demand: DailyDemand,
  config: PartsConfig = defaultPartsConfig,
): Result<DemandForecast, Extract<PartsRuleError, { code: 'demand_value_invalid' }>> {
  const out = new Float64Array(4);
  accumulateDemand(
    demand,
    config.forecastMethod,
    config.movingAverageDays,
    config.smoothingAlpha,
    out,
  );
  const [meanDaily = 0, sigmaDaily = 0, days = 0, invalid = -1] = out;
  if (invalid >= 0) return err(partsError('demand_value_invalid', { day: invalid }));
  return ok({ meanDaily, sigmaDaily, days });
}
