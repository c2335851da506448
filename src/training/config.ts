import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/deep-freeze';
import { RoleSchema } from '../org/index';
import {
  DEFAULT_TIME_ZONE,
  parseWith,
  TimeZoneSchema,
  type ValidationError,
} from '../shared/index';
import { CareerLadderSchema } from './career-ladder';
import { uniqueItems } from './checks';
import { defaultSafetyRequirements } from './default-safety-requirements';
import { RatingBandsSchema } from './rating';
import { ScorecardSchema } from './scorecard';
import { TrainingRequirementSchema } from './training-requirement';
import {
  AssessmentPeriodKindSchema,
  RatingBandSchema,
  TrainingKindSchema,
  TrainingTopicSchema,
} from './vocabulary';

const DEFAULTS = {
  // §8.1.1: a one-month onboarding on company culture, products and the service process.
  onboarding: {
    withinMonths: 1,
    requiredTopics: ['company-culture', 'product-knowledge', 'service-process'],
  },
  // §8.1.2: in-service training once a quarter. The quarter of hiring is covered by onboarding.
  inService: { sessionsPerQuarter: 1, countedKinds: ['in-service'], exemptHireQuarter: true },
  // Practice: brand technical certifications (e.g. high-voltage work) are typically valid two years.
  certification: { defaultValidityMonths: 24 },
  // Practice: quality and satisfaction weigh most; participation in training is the rest (§8.3.2).
  scorecard: {
    indicators: [
      { indicator: 'service-quality', weight: '0.4' },
      { indicator: 'customer-satisfaction', weight: '0.4' },
      { indicator: 'training-participation', weight: '0.2' },
    ],
  },
  // Practice: the common S/A/B/C/D grading with 10-point steps; C earns a reduced bonus, D none.
  ratingBands: [
    { band: 'S', minScore: '90', bonusCoefficient: '1.5' },
    { band: 'A', minScore: '80', bonusCoefficient: '1.2' },
    { band: 'B', minScore: '70', bonusCoefficient: '1' },
    { band: 'C', minScore: '60', bonusCoefficient: '0.8' },
    { band: 'D', minScore: '0', bonusCoefficient: '0' },
  ],
  // Practice: two consecutive quarters rated A or better before a promotion.
  promotion: { periodKind: 'quarterly', consecutiveRatings: 2, minBand: 'A' },
  // Practice: the usual 4S technician ladder; high-voltage certification before senior level.
  careerLadders: [
    {
      id: 'technician',
      rungs: [
        { code: 'technician-junior', title: '初级技师', requiredCertifications: [] },
        { code: 'technician-intermediate', title: '中级技师', requiredCertifications: [] },
        { code: 'technician-senior', title: '高级技师', requiredCertifications: ['EV-HV'] },
        {
          code: 'technician-master',
          title: '技术专家',
          requiredCertifications: ['EV-HV'],
          consecutiveRatings: 4,
        },
      ],
    },
    {
      id: 'service-advisor',
      rungs: [
        { code: 'advisor-junior', title: '服务顾问', requiredCertifications: [] },
        { code: 'advisor-senior', title: '高级服务顾问', requiredCertifications: [] },
        { code: 'advisor-lead', title: '服务顾问主管', requiredCertifications: [], minBand: 'S' },
      ],
    },
  ],
} as const;

const copy = <T>(value: T): T => structuredClone(value) as T;

/**
 * Schema of training's configuration; every field is optional and defaults
 * to {@link defaultTrainingConfig}:
 * - `timeZone` (`Asia/Shanghai`): quarters and periods follow the dealer's calendar;
 * - `onboarding`: `withinMonths` 1, `requiredTopics` culture, product, service process (§8.1.1);
 * - `inService`: `sessionsPerQuarter` 1, `countedKinds` [`in-service`],
 *   `exemptHireQuarter` true (§8.1.2);
 * - `safety.requirements`: role → required safety trainings (§9.2); a table given
 *   replaces {@link defaultSafetyRequirements} as a whole (roles left out require none);
 * - `certification.defaultValidityMonths` 24 (§8.1.3, practice);
 * - `scorecard` (§8.3.2), `ratingBands` (§8.3.3), `promotion` and `careerLadders` (§8.3.4).
 *
 * @example
 * ```ts
 * TrainingConfigSchema.safeParse({ onboarding: { withinMonths: 2 } }).success; // true
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.1.2
 * @see §8.3.2
 * @see §8.3.3
 * @see §8.3.4
 * @see §9.2.1–§9.2.3
 */
export const TrainingConfigSchema = z.object({
  timeZone: z._default(TimeZoneSchema, DEFAULT_TIME_ZONE),
  onboarding: z._default(
    z.strictObject({
      withinMonths: z._default(z.int().check(z.gte(1), z.lte(12)), 1),
      requiredTopics: z._default(
        z.array(TrainingTopicSchema).check(z.maxLength(20), uniqueItems()),
        copy(DEFAULTS.onboarding.requiredTopics) as never,
      ),
    }),
    copy(DEFAULTS.onboarding) as never,
  ),
  inService: z._default(
    z.strictObject({
      sessionsPerQuarter: z._default(z.int().check(z.gte(1), z.lte(20)), 1),
      countedKinds: z._default(
        z.array(TrainingKindSchema).check(z.minLength(1), z.maxLength(4), uniqueItems()),
        copy(DEFAULTS.inService.countedKinds) as never,
      ),
      exemptHireQuarter: z._default(z.boolean(), true),
    }),
    copy(DEFAULTS.inService) as never,
  ),
  safety: z._default(
    z.strictObject({
      requirements: z._default(
        z.partialRecord(RoleSchema, z.array(TrainingRequirementSchema).check(z.maxLength(30))),
        copy(defaultSafetyRequirements) as never,
      ),
    }),
    { requirements: copy(defaultSafetyRequirements) } as never,
  ),
  certification: z._default(
    z.strictObject({
      defaultValidityMonths: z._default(z.int().check(z.gte(1), z.lte(120)), 24),
    }),
    copy(DEFAULTS.certification),
  ),
  scorecard: z._default(ScorecardSchema, copy(DEFAULTS.scorecard) as never),
  ratingBands: z._default(RatingBandsSchema, copy(DEFAULTS.ratingBands) as never),
  promotion: z._default(
    z.strictObject({
      periodKind: z._default(AssessmentPeriodKindSchema, 'quarterly'),
      consecutiveRatings: z._default(z.int().check(z.gte(1), z.lte(24)), 2),
      minBand: z._default(RatingBandSchema, 'A'),
    }),
    copy(DEFAULTS.promotion),
  ),
  careerLadders: z._default(
    z.array(CareerLadderSchema).check(z.maxLength(20)),
    copy(DEFAULTS.careerLadders) as never,
  ),
});

/**
 * training's configuration.
 *
 * @example
 * ```ts
 * const config: TrainingConfig = parseTrainingConfig({ inService: { sessionsPerQuarter: 2 } })._unsafeUnwrap();
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.1.2
 */
export type TrainingConfig = z.infer<typeof TrainingConfigSchema>;

/**
 * The default training configuration (values and reasons in
 * {@link TrainingConfigSchema}). Deeply frozen.
 *
 * @example
 * ```ts
 * defaultTrainingConfig.onboarding.withinMonths; // 1
 * defaultTrainingConfig.ratingBands[0]; // { band: 'S', minScore: '90', bonusCoefficient: '1.5' }
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.1.2
 * @see §8.3.3
 * @see §9.2.1–§9.2.3
 */
export const defaultTrainingConfig: TrainingConfig = deepFreeze(TrainingConfigSchema.parse({}));

/**
 * Parses a dealer's training configuration, filling what is missing from
 * {@link defaultTrainingConfig}. Never throws.
 *
 * Errors: `validation_failed` (reasons include `weights_not_one`,
 * `not_descending`, `not_exhaustive`, `requirement_empty`, `duplicate`,
 * `time_zone_unknown`, `unrecognized_keys`).
 *
 * @example
 * ```ts
 * parseTrainingConfig({ onboarding: { withinMonths: 2 } }).isOk(); // true
 * parseTrainingConfig({ scorecard: { indicators: [{ indicator: 'service-quality', weight: '0.9' }] } }).isErr(); // true
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.3.2
 */
export function parseTrainingConfig(input: unknown): Result<TrainingConfig, ValidationError> {
  return parseWith(TrainingConfigSchema, input ?? {});
}
