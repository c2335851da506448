import { err, ok, type Result } from 'neverthrow';
import { type Instant, toDealerDate } from '../shared/index';
import type { Assessment } from './assessment';
import {
  type AssessmentPeriod,
  assessmentPeriodOf,
  previousAssessmentPeriod,
} from './assessment-period';
import type { CareerLadder } from './career-ladder';
import { certificationStateAt } from './certification-lookup';
import type { Certification } from './certification-schema';
import { defaultTrainingConfig, type TrainingConfig } from './config';
import { type CareerRungUnknownError, careerRungUnknown } from './errors';
import { type AssessmentPeriodKind, isBandAtLeast, type RatingBand } from './vocabulary';

/**
 * One reason an employee is not (yet) eligible for promotion:
 * - `top_of_ladder`: there is no higher rung;
 * - `not_enough_ratings`: fewer than `required` consecutive periods rated
 *   `minBand` or better up to the latest period; `brokenAt` names the
 *   period that broke the run (`band` `null` = not assessed);
 * - `certification_missing`: the next rung needs a certification the
 *   employee does not validly hold.
 *
 * @example
 * ```ts
 * const reason: PromotionBlocker = { code: 'certification_missing', certification: 'EV-HV' };
 * ```
 * @category training
 * @see §8.3.4
 */
export type PromotionBlocker =
  | { readonly code: 'top_of_ladder' }
  | {
      readonly code: 'not_enough_ratings';
      readonly required: number;
      readonly streak: number;
      readonly minBand: RatingBand;
      readonly periodKind: AssessmentPeriodKind;
      readonly brokenAt: { readonly period: string; readonly band: RatingBand | null };
    }
  | { readonly code: 'certification_missing'; readonly certification: string };

/**
 * The answer of {@link checkPromotionEligibility}: the ladder, the current
 * and next rung, whether the employee is eligible and, if not, every reason.
 *
 * @example
 * ```ts
 * const result: PromotionEligibility = checkPromotionEligibility(input)._unsafeUnwrap();
 * if (!result.eligible) result.reasons.map((r) => r.code);
 * ```
 * @category training
 * @see §8.3.4
 */
export interface PromotionEligibility {
  readonly employeeId: string;
  readonly ladderId: string;
  readonly currentRung: string;
  readonly nextRung: string | null;
  readonly eligible: boolean;
  readonly reasons: readonly PromotionBlocker[];
}

/**
 * Input of {@link checkPromotionEligibility}.
 *
 * @example
 * ```ts
 * const input: PromotionInput = { employeeId: 'emp_1', currentRung: 'technician-intermediate', assessments, certifications, at };
 * ```
 * @category training
 * @see §8.3.4
 */
export interface PromotionInput {
  readonly employeeId: string;
  readonly currentRung: string;
  readonly assessments: readonly Assessment[];
  readonly certifications: readonly Certification[];
  readonly at: Instant;
}

function findLadder(
  ladders: readonly CareerLadder[],
  rung: string,
): { ladder: CareerLadder; index: number } | undefined {
  for (const ladder of ladders) {
    const index = ladder.rungs.findIndex((r) => r.code === rung);
    if (index >= 0) return { ladder, index };
  }
  return undefined;
}

/**
 * The run of consecutive periods rated at or above `minBand`, going back
 * from the current period when it is already assessed, otherwise from the
 * one before it; stops at the first period below the band or not assessed.
 */
function ratingStreak(
  ratings: ReadonlyMap<string, RatingBand>,
  anchor: AssessmentPeriod,
  required: number,
  minBand: RatingBand,
): { streak: number; brokenAt: { period: string; band: RatingBand | null } } {
  let period = ratings.has(anchor.label) ? anchor : previousAssessmentPeriod(anchor);
  let streak = 0;
  while (streak < required) {
    const band = ratings.get(period.label) ?? null;
    if (band === null || !isBandAtLeast(band, minBand)) {
      return { streak, brokenAt: { period: period.label, band } };
    }
    streak += 1;
    period = previousAssessmentPeriod(period);
  }
  return { streak, brokenAt: { period: period.label, band: ratings.get(period.label) ?? null } };
}

/**
 * Whether an employee may be promoted to the next rung of their career
 * ladder (§8.3.4), with every reason when not: the employee needs
 * `consecutiveRatings` (2) consecutive periods of `periodKind` (quarterly)
 * rated `minBand` (A) or better, ending at the latest period — the rung
 * may override the count and band — and every certification the next rung
 * requires, valid at `at` (§8.1.3). Periods follow the dealer's calendar.
 *
 * Errors: `career_rung_unknown`.
 *
 * @example
 * ```ts
 * checkPromotionEligibility({ employeeId: 'emp_1', currentRung: 'technician-intermediate',
 *   assessments, certifications, at })._unsafeUnwrap();
 * // { eligible: false, nextRung: 'technician-senior',
 * //   reasons: [{ code: 'certification_missing', certification: 'EV-HV' }], … }
 * ```
 * @category training
 * @see §8.3.4
 * @see §8.3.3
 */
export function checkPromotionEligibility(
  input: PromotionInput,
  config: TrainingConfig = defaultTrainingConfig,
): Result<PromotionEligibility, CareerRungUnknownError> {
  const found = findLadder(config.careerLadders, input.currentRung);
  if (found === undefined) return err(careerRungUnknown(input.currentRung));
  const { ladder, index } = found;
  const base = {
    employeeId: input.employeeId,
    ladderId: ladder.id,
    currentRung: input.currentRung,
  };
  const next = ladder.rungs[index + 1];
  if (next === undefined) {
    return ok({ ...base, nextRung: null, eligible: false, reasons: [{ code: 'top_of_ladder' }] });
  }
  const { periodKind } = config.promotion;
  const required = next.consecutiveRatings ?? config.promotion.consecutiveRatings;
  const minBand = next.minBand ?? config.promotion.minBand;
  const ratings = new Map(
    input.assessments
      .filter((a) => a.employeeId === input.employeeId && a.period.kind === periodKind)
      .map((a) => [a.period.label, a.band] as const),
  );
  const zone = config.timeZone;
  const anchor = assessmentPeriodOf(periodKind, toDealerDate(input.at, zone));
  const reasons: PromotionBlocker[] = [];
  const { streak, brokenAt } = ratingStreak(ratings, anchor, required, minBand);
  if (streak < required) {
    reasons.push({ code: 'not_enough_ratings', required, streak, minBand, periodKind, brokenAt });
  }
  for (const certification of next.requiredCertifications) {
    const holds = input.certifications.some(
      (c) =>
        c.employeeId === input.employeeId &&
        c.code === certification &&
        certificationStateAt(c, input.at, zone) === 'valid',
    );
    if (!holds) reasons.push({ code: 'certification_missing', certification });
  }
  return ok({ ...base, nextRung: next.code, eligible: reasons.length === 0, reasons });
}
