import * as z from 'zod/mini';
import { CodeSchema } from '../pricing/index';
import { uniqueBy } from './checks';
import { RatingBandSchema } from './vocabulary';

/**
 * Schema of a career ladder (晋升通道, §8.3.4): an id and its rungs from
 * the lowest up. Each rung names the certifications an employee must hold
 * to be promoted onto it; `consecutiveRatings` and `minBand` override the
 * configuration's promotion rule for that step when set.
 *
 * @example
 * ```ts
 * CareerLadderSchema.safeParse({ id: 'technician', rungs: [
 *   { code: 'tech-1', title: '初级技师', requiredCertifications: [] },
 *   { code: 'tech-2', title: '中级技师', requiredCertifications: ['EV-HV'], minBand: 'A' },
 * ] }).success; // true
 * ```
 * @category training
 * @see §8.3.4
 */
export const CareerLadderSchema = z.object({
  id: CodeSchema,
  rungs: z
    .array(
      z.object({
        code: CodeSchema,
        title: z.string().check(z.minLength(1), z.maxLength(100)),
        requiredCertifications: z.array(CodeSchema).check(
          z.maxLength(20),
          uniqueBy((code: string) => code),
        ),
        consecutiveRatings: z.optional(z.int().check(z.gte(1), z.lte(24))),
        minBand: z.optional(RatingBandSchema),
      }),
    )
    .check(
      z.minLength(2),
      z.maxLength(20),
      uniqueBy((rung: { code: string }) => rung.code),
    ),
});

/**
 * A career ladder.
 *
 * @example
 * ```ts
 * const ladder: CareerLadder = defaultTrainingConfig.careerLadders[0]!;
 * ```
 * @category training
 * @see §8.3.4
 */
export type CareerLadder = z.infer<typeof CareerLadderSchema>;
