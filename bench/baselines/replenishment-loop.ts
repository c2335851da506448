/**
 * The replenishment baseline: a tight loop over one Float64Array computing,
 * per part, the same figures as `planReplenishment` with the default
 * configuration — mean and sample σ of the last `window` days' demand and
 * the reorder point `mean × L + z × σ × √L` floored at the minimum stock —
 * into a preallocated Float64Array (mean, σ, reorder point per part). No
 * objects, no validation, no purchase lines or alerts.
 */
export function reorderPointsLoop(
  demand: Float64Array,
  days: number,
  window: number,
  leadTimes: Float64Array,
  zValues: Float64Array,
  minStocks: Float64Array,
  count: number,
  out: Float64Array,
): Float64Array {
  const used = Math.min(window, days);
  for (let p = 0; p < count; p += 1) {
    const end = (p + 1) * days;
    let sum = 0;
    let squares = 0;
    for (let i = end - used; i < end; i += 1) {
      const d = demand[i] as number;
      sum += d;
      squares += d * d;
    }
    const mean = sum / used;
    const variance = used > 1 ? (squares - (sum * sum) / used) / (used - 1) : 0;
    const sigma = variance > 0 ? Math.sqrt(variance) : 0;
    const lead = leadTimes[p] as number;
    const point = mean * lead + (zValues[p] as number) * sigma * Math.sqrt(lead);
    out[p * 3] = mean;
    out[p * 3 + 1] = sigma;
    // A part without a minimum stock holds −1 there, below any reorder point.
    out[p * 3 + 2] = Math.max(minStocks[p] as number, point);
  }
  return out;
}
