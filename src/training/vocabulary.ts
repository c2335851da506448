import * as z from 'zod/mini';

/**
 * The kinds of training the manual sets up: 入职培训 onboarding of new
 * employees (§8.1.1), 在职培训 regular in-service training (§8.1.2), 专项培训
 * special training on a product or technology (§8.1.3), and 安全生产培训
 * safety training (§9.2).
 *
 * @example
 * ```ts
 * TRAINING_KINDS.includes('in-service'); // true
 * ```
 * @category training
 * @see §8.1.1
 * @see §8.1.2
 * @see §8.1.3
 * @see §9.2.1–§9.2.3
 */
export const TRAINING_KINDS = ['onboarding', 'in-service', 'special', 'safety'] as const;

/**
 * Schema of a {@link TrainingKind}.
 *
 * @example
 * ```ts
 * TrainingKindSchema.safeParse('special').success; // true
 * ```
 * @category training
 * @see §8.1.1
 */
export const TrainingKindSchema = z.enum(TRAINING_KINDS);

/**
 * A kind of training.
 *
 * @example
 * ```ts
 * const kind: TrainingKind = 'onboarding';
 * ```
 * @category training
 * @see §8.1.1
 */
export type TrainingKind = z.infer<typeof TrainingKindSchema>;

/**
 * How training is delivered (培训方式, §8.1.4): 线上 `online` and 线下
 * `offline`, 内部培训 `internal` (the dealer's own trainers), 外部培训
 * `external` (the brand or an outside provider) and 实操演练 `hands-on`
 * practice. A session names one or more of them (e.g. offline + hands-on).
 *
 * @example
 * ```ts
 * TRAINING_MODES; // ['online', 'offline', 'internal', 'external', 'hands-on']
 * ```
 * @category training
 * @see §8.1.4
 */
export const TRAINING_MODES = ['online', 'offline', 'internal', 'external', 'hands-on'] as const;

/**
 * Schema of a {@link TrainingMode}.
 *
 * @example
 * ```ts
 * TrainingModeSchema.safeParse('hands-on').success; // true
 * ```
 * @category training
 * @see §8.1.4
 */
export const TrainingModeSchema = z.enum(TRAINING_MODES);

/**
 * A training mode.
 *
 * @example
 * ```ts
 * const mode: TrainingMode = 'online';
 * ```
 * @category training
 * @see §8.1.4
 */
export type TrainingMode = z.infer<typeof TrainingModeSchema>;

/**
 * What a course teaches (培训内容): 公司文化 `company-culture` (§8.2.1),
 * 产品知识 `product-knowledge` (§8.2.2), 售后服务流程 `service-process`
 * (§8.2.3), 沟通技巧 `communication` (§8.2.4), 客户关系管理
 * `customer-relations` (§8.2.5), specific technologies `technical-skills`
 * (§8.1.3), and the safety topics: 安全生产基础知识 `safety-basics` (§9.2.1),
 * 安全操作技能 `safety-operations` (§9.2.2), 应急处置能力 `emergency-response` (§9.2.3).
 *
 * @example
 * ```ts
 * TRAINING_TOPICS.includes('customer-relations'); // true
 * ```
 * @category training
 * @see §8.2.1–§8.2.5
 * @see §9.2.1–§9.2.3
 */
export const TRAINING_TOPICS = [
  'company-culture',
  'product-knowledge',
  'service-process',
  'communication',
  'customer-relations',
  'technical-skills',
  'safety-basics',
  'safety-operations',
  'emergency-response',
] as const;

/**
 * Schema of a {@link TrainingTopic}.
 *
 * @example
 * ```ts
 * TrainingTopicSchema.safeParse('communication').success; // true
 * ```
 * @category training
 * @see §8.2.1–§8.2.5
 */
export const TrainingTopicSchema = z.enum(TRAINING_TOPICS);

/**
 * A course topic.
 *
 * @example
 * ```ts
 * const topic: TrainingTopic = 'service-process';
 * ```
 * @category training
 * @see §8.2.1–§8.2.5
 * @see §9.2.1–§9.2.3
 */
export type TrainingTopic = z.infer<typeof TrainingTopicSchema>;

/**
 * The assessment periods (考核周期, §8.3.1): 月度 `monthly`, 季度 `quarterly`
 * and 年度 `annual`.
 *
 * @example
 * ```ts
 * ASSESSMENT_PERIOD_KINDS; // ['monthly', 'quarterly', 'annual']
 * ```
 * @category training
 * @see §8.3.1
 */
export const ASSESSMENT_PERIOD_KINDS = ['monthly', 'quarterly', 'annual'] as const;

/**
 * Schema of an {@link AssessmentPeriodKind}.
 *
 * @example
 * ```ts
 * AssessmentPeriodKindSchema.safeParse('quarterly').success; // true
 * ```
 * @category training
 * @see §8.3.1
 */
export const AssessmentPeriodKindSchema = z.enum(ASSESSMENT_PERIOD_KINDS);

/**
 * An assessment period kind.
 *
 * @example
 * ```ts
 * const kind: AssessmentPeriodKind = 'annual';
 * ```
 * @category training
 * @see §8.3.1
 */
export type AssessmentPeriodKind = z.infer<typeof AssessmentPeriodKindSchema>;

/**
 * The assessment indicators (考核指标): 售后服务质量 `service-quality`, 客户满意度
 * `customer-satisfaction` and 培训参与度 `training-participation` (§8.3.2),
 * and 业务能力 `professional-competence` and 服务态度 `service-attitude` (§8.3.1).
 *
 * @example
 * ```ts
 * ASSESSMENT_INDICATORS.includes('training-participation'); // true
 * ```
 * @category training
 * @see §8.3.2
 * @see §8.3.1
 */
export const ASSESSMENT_INDICATORS = [
  'service-quality',
  'customer-satisfaction',
  'training-participation',
  'professional-competence',
  'service-attitude',
] as const;

/**
 * Schema of an {@link AssessmentIndicator}.
 *
 * @example
 * ```ts
 * AssessmentIndicatorSchema.safeParse('service-quality').success; // true
 * ```
 * @category training
 * @see §8.3.2
 */
export const AssessmentIndicatorSchema = z.enum(ASSESSMENT_INDICATORS);

/**
 * An assessment indicator.
 *
 * @example
 * ```ts
 * const indicator: AssessmentIndicator = 'customer-satisfaction';
 * ```
 * @category training
 * @see §8.3.2
 */
export type AssessmentIndicator = z.infer<typeof AssessmentIndicatorSchema>;

/**
 * The rating bands (评级), best first: `S`, `A`, `B`, `C`, `D` (§8.3.3).
 *
 * @example
 * ```ts
 * RATING_BANDS[0]; // 'S'
 * ```
 * @category training
 * @see §8.3.3
 */
export const RATING_BANDS = ['S', 'A', 'B', 'C', 'D'] as const;

/**
 * Schema of a {@link RatingBand}.
 *
 * @example
 * ```ts
 * RatingBandSchema.safeParse('A').success; // true
 * ```
 * @category training
 * @see §8.3.3
 */
export const RatingBandSchema = z.enum(RATING_BANDS);

/**
 * A rating band.
 *
 * @example
 * ```ts
 * const band: RatingBand = 'B';
 * ```
 * @category training
 * @see §8.3.3
 */
export type RatingBand = z.infer<typeof RatingBandSchema>;

/**
 * Whether the employee took part: `attended` or `absent`.
 *
 * @example
 * ```ts
 * AttendanceStatusSchema.safeParse('absent').success; // true
 * ```
 * @category training
 * @see §2.2.6
 */
export const AttendanceStatusSchema = z.enum(['attended', 'absent']);

/**
 * An attendance status.
 *
 * @example
 * ```ts
 * const status: AttendanceStatus = 'attended';
 * ```
 * @category training
 * @see §2.2.6
 */
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/**
 * Whether `band` is `minimum` or better (`S` is best).
 *
 * @example
 * ```ts
 * isBandAtLeast('S', 'A'); // true
 * isBandAtLeast('B', 'A'); // false
 * ```
 * @category training
 * @see §8.3.3
 * @see §8.3.4
 */
export function isBandAtLeast(band: RatingBand, minimum: RatingBand): boolean {
  return RATING_BANDS.indexOf(band) <= RATING_BANDS.indexOf(minimum);
}
