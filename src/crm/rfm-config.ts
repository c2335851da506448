import * as z from 'zod/mini';
import { type Money, MoneySchema } from '../shared/index';

const SEGMENT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function ascending(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value > (values[index - 1] ?? value));
}

function thresholds<T extends z.ZodMiniType<readonly number[]>>(schema: T) {
  return schema.check(
    z.refine((values: readonly number[]) => ascending(values), {
      message: 'thresholds must be strictly ascending',
      params: { reason: 'not_ascending' },
    }),
  );
}

const ScoreRangeSchema = z.strictObject({
  min: z.optional(z.int().check(z.gte(1), z.lte(10))),
  max: z.optional(z.int().check(z.gte(1), z.lte(10))),
});

/**
 * Schema of a named segment rule: the segment applies when each given
 * score (recency, frequency, monetary, each 1 = worst … 5 = best with the
 * default four thresholds) lies within its `min`/`max`. Rules are tried in
 * order; the first match names the segment.
 *
 * @example
 * ```ts
 * SegmentRuleSchema.safeParse({ name: 'vip', recency: { min: 4 }, frequency: { min: 4 }, monetary: { min: 4 } }).success; // true
 * ```
 * @category crm
 * @see §7.1.2
 */
export const SegmentRuleSchema = z.strictObject({
  name: z.string().check(z.maxLength(40), z.regex(SEGMENT_NAME)),
  recency: z.optional(ScoreRangeSchema),
  frequency: z.optional(ScoreRangeSchema),
  monetary: z.optional(ScoreRangeSchema),
});

/**
 * A named segment rule.
 *
 * @example
 * ```ts
 * const lost: SegmentRule = { name: 'lost', recency: { max: 1 } };
 * ```
 * @category crm
 * @see §7.1.2
 */
export type SegmentRule = z.infer<typeof SegmentRuleSchema>;

const cny = (amount: string): Money => ({ amount, currency: 'CNY' }) as Money;

// Recency: routine maintenance comes every 6–12 months (5,000–10,000 km), so a
// customer seen within a month is fresh, within a service interval (180 days)
// still active, and one not seen for over a year has most likely gone elsewhere.
// Frequency counts visits in the trailing year: one is a single visit, two is a
// maintenance rhythm, six or more is a heavy user (fleet, ride-hailing).
// Monetary: a minor service costs a few hundred yuan, so CNY 1,000 a year is a
// light customer and CNY 12,000 a year is the top tier of private owners.
const RFM_DEFAULTS = {
  windowDays: 365,
  recencyDays: [30, 90, 180, 365],
  frequencyVisits: [2, 3, 4, 6],
  monetary: [cny('1000.00'), cny('3000.00'), cny('6000.00'), cny('12000.00')],
  segments: [
    { name: 'vip', recency: { min: 4 }, frequency: { min: 4 }, monetary: { min: 4 } },
    { name: 'loyal', recency: { min: 3 }, frequency: { min: 3 } },
    { name: 'new', recency: { min: 4 }, frequency: { max: 1 } },
    { name: 'at-risk', recency: { max: 2, min: 2 }, frequency: { min: 2 } },
    { name: 'lost', recency: { max: 1 } },
  ],
  fallbackSegment: 'regular',
  noVisitSegment: 'prospect',
};

/**
 * Schema of the RFM segmentation settings (§7.1.2): the trailing window
 * for frequency and monetary value, ascending thresholds for each score
 * (a value meeting k thresholds scores k + 1; recency counts thresholds
 * the days since the last visit stay within), ordered segment rules, the
 * segment when no rule matches, and the segment of customers with no
 * visit. Defaults: 365-day window; recency 30/90/180/365 days; frequency
 * 2/3/4/6 visits; monetary CNY 1,000/3,000/6,000/12,000; segments `vip`,
 * `loyal`, `new`, `at-risk`, `lost`, else `regular`; no visits `prospect`.
 * Issue reasons: `not_ascending`, `mixed_currency`.
 *
 * @example
 * ```ts
 * RfmConfigSchema.safeParse({ recencyDays: [60, 30] }).success; // false: not ascending
 * ```
 * @category crm
 * @see §7.1.2
 */
export const RfmConfigSchema = z.object({
  windowDays: z._default(z.int().check(z.gte(1), z.lte(3660)), RFM_DEFAULTS.windowDays),
  recencyDays: z._default(
    thresholds(
      z.array(z.int().check(z.gte(0), z.lte(36600))).check(z.minLength(1), z.maxLength(9)),
    ),
    RFM_DEFAULTS.recencyDays,
  ),
  frequencyVisits: z._default(
    thresholds(
      z.array(z.int().check(z.gte(1), z.lte(100000))).check(z.minLength(1), z.maxLength(9)),
    ),
    RFM_DEFAULTS.frequencyVisits,
  ),
  monetary: z._default(
    z.array(MoneySchema).check(
      z.minLength(1),
      z.maxLength(9),
      z.refine((values) => new Set(values.map((value) => value.currency)).size <= 1, {
        message: 'monetary thresholds must share one currency',
        params: { reason: 'mixed_currency' },
      }),
    ),
    RFM_DEFAULTS.monetary,
  ),
  segments: z._default(z.array(SegmentRuleSchema).check(z.maxLength(20)), RFM_DEFAULTS.segments),
  fallbackSegment: z._default(
    z.string().check(z.maxLength(40), z.regex(SEGMENT_NAME)),
    RFM_DEFAULTS.fallbackSegment,
  ),
  noVisitSegment: z._default(
    z.string().check(z.maxLength(40), z.regex(SEGMENT_NAME)),
    RFM_DEFAULTS.noVisitSegment,
  ),
});

/**
 * RFM segmentation settings.
 *
 * @example
 * ```ts
 * const rfm: RfmConfig = { ...defaultCrmConfig.rfm, windowDays: 730 };
 * ```
 * @category crm
 * @see §7.1.2
 */
export type RfmConfig = z.infer<typeof RfmConfigSchema>;

/**
 * The default RFM settings (see {@link RfmConfigSchema} for the values and
 * why).
 *
 * @example
 * ```ts
 * defaultRfmConfig.recencyDays; // [30, 90, 180, 365]
 * ```
 * @category crm
 * @see §7.1.2
 */
export const defaultRfmConfig: RfmConfig = RFM_DEFAULTS;
