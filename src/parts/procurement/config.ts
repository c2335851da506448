import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { Decimal } from '../../_lib/decimal';
import {
  CurrencyCodeSchema,
  DEFAULT_TIME_ZONE,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../../shared/index';
import { PercentSchema, RatioSchema } from './decimal-text';

// The manual (§6.1.2) names quality, price and delivery without numbers.
// Common 4S practice weighs quality highest; grades A ≥ 90 %, B ≥ 80 %,
// C ≥ 60 %, D below (淘汰) are the usual supplier-audit bands, evaluated
// every quarter.
const DEFAULT_WEIGHTS = { quality: '0.4', delivery: '0.3', price: '0.3' } as const;
const DEFAULT_GRADES = { a: '0.9', b: '0.8', c: '0.6' } as const;

const WeightsSchema = z
  .strictObject({
    quality: z._default(RatioSchema, DEFAULT_WEIGHTS.quality),
    delivery: z._default(RatioSchema, DEFAULT_WEIGHTS.delivery),
    price: z._default(RatioSchema, DEFAULT_WEIGHTS.price),
  })
  .check(
    z.refine((w) => new Decimal(w.quality).plus(w.delivery).plus(w.price).eq(1), {
      message: 'the weights must sum to exactly 1',
      params: { reason: 'weights_sum' },
    }),
  );

const GradeThresholdsSchema = z
  .strictObject({
    a: z._default(RatioSchema, DEFAULT_GRADES.a),
    b: z._default(RatioSchema, DEFAULT_GRADES.b),
    c: z._default(RatioSchema, DEFAULT_GRADES.c),
  })
  .check(
    z.refine((t) => new Decimal(t.a).gt(t.b) && new Decimal(t.b).gt(t.c), {
      message: 'thresholds must fall from A to C',
      params: { reason: 'thresholds_order' },
    }),
  );

/**
 * Schema of the procurement policy (采购管理参数); every field is optional and
 * defaults to {@link defaultProcurementConfig}:
 * - `timeZone` (`Asia/Shanghai`) and `currency` (`CNY`);
 * - `scorecard.weights`: quality 0.4, delivery 0.3, price 0.3 — decimal
 *   strings that must sum to exactly 1 (reason `weights_sum`) — practice;
 * - `scorecard.grades`: lowest score of grade A 0.9, B 0.8, C 0.6; below C is
 *   D, disqualified (reason `thresholds_order` if not falling) — practice;
 * - `scorecard.periodMonths`: 3, a quarterly evaluation (§6.1.2 定期评估) — practice;
 *   periods are calendar-aligned, so it must divide 12 (reason `period_not_aligned`);
 * - `overReceiptTolerancePercent`: `"0"`, how far accepted + rejected may
 *   exceed the ordered quantity of a line (§6.1.5);
 * - `match.quantityTolerancePercent` `"0"` and `match.priceTolerancePercent`
 *   `"0"`: the three-way match tolerances (§6.1.5) — pay exactly what was
 *   accepted at the ordered price unless the dealer allows more;
 * - `approvalForEveryOrder`: `true`, every order needs
 *   `purchase-order.approve` (the warehouse supervisor, §2.2.4(1)); `false`
 *   lets the orderer release orders priced within the contract, while flagged
 *   lines always need approval (§6.1.3).
 *
 * @example
 * ```ts
 * ProcurementConfigSchema.safeParse({ scorecard: { weights: { quality: '0.5', delivery: '0.25', price: '0.25' } } }).success; // true
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.3
 * @see §6.1.4
 * @see §6.1.5
 */
export const ProcurementConfigSchema = z.object({
  timeZone: z._default(TimeZoneSchema, DEFAULT_TIME_ZONE),
  currency: z._default(CurrencyCodeSchema, 'CNY'),
  scorecard: z._default(
    z.strictObject({
      weights: z._default(WeightsSchema, { ...DEFAULT_WEIGHTS }),
      grades: z._default(GradeThresholdsSchema, { ...DEFAULT_GRADES }),
      periodMonths: z._default(
        z.int().check(
          z.gte(1),
          z.lte(12),
          z.refine((months: number) => 12 % months === 0, {
            message: 'must divide the year (1, 2, 3, 4, 6 or 12)',
            params: { reason: 'period_not_aligned' },
          }),
        ),
        3,
      ),
    }),
    { weights: { ...DEFAULT_WEIGHTS }, grades: { ...DEFAULT_GRADES }, periodMonths: 3 },
  ),
  overReceiptTolerancePercent: z._default(PercentSchema, '0'),
  match: z._default(
    z.strictObject({
      quantityTolerancePercent: z._default(PercentSchema, '0'),
      priceTolerancePercent: z._default(PercentSchema, '0'),
    }),
    { quantityTolerancePercent: '0', priceTolerancePercent: '0' },
  ),
  approvalForEveryOrder: z._default(z.boolean(), true),
});

/**
 * A parsed {@link ProcurementConfigSchema}.
 *
 * @example
 * ```ts
 * const config: ProcurementConfig = parseProcurementConfig(json)._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.1.2
 */
export type ProcurementConfig = z.infer<typeof ProcurementConfigSchema>;

/**
 * The defaults: quarterly scorecards weighted 0.4 / 0.3 / 0.3, grades at
 * 0.9 / 0.8 / 0.6, no over-receipt, exact three-way match, and supervisor
 * approval of every order (see {@link ProcurementConfigSchema}).
 *
 * @example
 * ```ts
 * defaultProcurementConfig.scorecard.weights.quality; // '0.4'
 * ```
 * @category parts
 * @see §6.1.2
 * @see §6.1.5
 */
export const defaultProcurementConfig: ProcurementConfig = Object.freeze(
  ProcurementConfigSchema.parse({}),
);

/**
 * Parses a dealer's procurement policy. Never throws.
 *
 * Errors: `validation_failed` (reasons include `weights_sum`, `thresholds_order`).
 *
 * @example
 * ```ts
 * parseProcurementConfig({ scorecard: { weights: { quality: '0.5', delivery: '0.3', price: '0.3' } } }).isErr(); // true: 1.1
 * ```
 * @category parts
 * @see §6.1.2
 */
export function parseProcurementConfig(input: unknown): Result<ProcurementConfig, ValidationError> {
  return parseWith(ProcurementConfigSchema, input, '§6.1.2');
}
