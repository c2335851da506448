import * as z from 'zod/mini';
import { Decimal } from '../_lib/decimal';
import { CoefficientTextSchema, ScoreTextSchema } from './decimal-text';
import { RATING_BANDS, type RatingBand, RatingBandSchema } from './vocabulary';

/**
 * Schema of the rating-band table (§8.3.3): bands best first (in `S`, `A`,
 * `B`, `C`, `D` order, each at most once), each with the lowest score that
 * earns it and its bonus coefficient (奖金系数), both decimal strings.
 * Thresholds strictly fall (reason `not_descending`) and the last is `0`
 * (reason `not_exhaustive`), so every score from 0 to 100 has one band.
 *
 * @example
 * ```ts
 * RatingBandsSchema.safeParse([
 *   { band: 'A', minScore: '80', bonusCoefficient: '1.2' },
 *   { band: 'C', minScore: '0', bonusCoefficient: '0.8' },
 * ]).success; // true
 * ```
 * @category training
 * @see §8.3.3
 */
export const RatingBandsSchema = z
  .array(
    z.object({
      band: RatingBandSchema,
      minScore: ScoreTextSchema,
      bonusCoefficient: CoefficientTextSchema,
    }),
  )
  .check(
    z.minLength(1),
    z.maxLength(RATING_BANDS.length),
    z.refine(
      (rows) =>
        rows.every(
          (row, i) =>
            i === 0 ||
            (RATING_BANDS.indexOf(row.band) > RATING_BANDS.indexOf(rows[i - 1]?.band ?? 'S') &&
              new Decimal(row.minScore).lt(rows[i - 1]?.minScore ?? '0')),
        ),
      {
        message: 'bands go best first, each once, with strictly falling thresholds',
        params: { reason: 'not_descending' },
      },
    ),
    z.refine((rows) => new Decimal(rows.at(-1)?.minScore ?? '1').isZero(), {
      message: 'the last band must start at 0 so that every score has a band',
      params: { reason: 'not_exhaustive' },
    }),
  );

/**
 * The rating-band table.
 *
 * @example
 * ```ts
 * const bands: RatingBands = defaultTrainingConfig.ratingBands;
 * ```
 * @category training
 * @see §8.3.3
 */
export type RatingBands = z.infer<typeof RatingBandsSchema>;

/**
 * A score's band and the bonus coefficient that goes with it.
 *
 * @example
 * ```ts
 * const rating: Rating = { band: 'A', bonusCoefficient: '1.2' };
 * ```
 * @category training
 * @see §8.3.3
 */
export interface Rating {
  readonly band: RatingBand;
  readonly bonusCoefficient: string;
}

/**
 * The band of a score (0–100, decimal string): the first band, best first,
 * whose threshold the score reaches; a score exactly on a threshold earns
 * that band. Scores outside 0–100 are clamped.
 *
 * @example
 * ```ts
 * rateScore('90.00', defaultTrainingConfig.ratingBands); // { band: 'S', bonusCoefficient: '1.5' }
 * rateScore('79.99', defaultTrainingConfig.ratingBands).band; // 'B'
 * ```
 * @category training
 * @see §8.3.3
 */
export function rateScore(score: string, bands: RatingBands): Rating {
  const value = new Decimal(score);
  const found = bands.find((row) => value.gte(row.minScore)) ?? bands.at(-1);
  // The schema guarantees at least one band ending at 0.
  if (found === undefined) throw new TypeError('rating bands must not be empty');
  return { band: found.band, bonusCoefficient: found.bonusCoefficient };
}
