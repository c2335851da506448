import * as z from 'zod/mini';
import { toDecimal } from '../_lib/decimal';
import { EmployeeIdSchema } from '../org/index';
import { entityBaseShape, InstantSchema } from '../shared/index';
import { SurveyChannelSchema } from './channels';
import { SurveyIdSchema } from './ids';
import { boundedText } from './text';

/**
 * The four things a satisfaction survey asks about (调查内容, §7.2.2):
 * product quality (产品质量), service level (服务水平), price
 * reasonableness (价格合理性) and brand image (品牌形象), in the manual's order.
 *
 * @example
 * ```ts
 * SURVEY_DIMENSIONS[0]; // 'product-quality'
 * ```
 * @category crm
 * @see §7.2.2
 */
export const SURVEY_DIMENSIONS = [
  'product-quality',
  'service-level',
  'price-reasonableness',
  'brand-image',
] as const;

/**
 * Schema of a {@link SurveyDimension}.
 *
 * @example
 * ```ts
 * SurveyDimensionSchema.safeParse('brand-image').success; // true
 * ```
 * @category crm
 * @see §7.2.2
 */
export const SurveyDimensionSchema = z.enum(SURVEY_DIMENSIONS);

/**
 * One survey dimension.
 *
 * @example
 * ```ts
 * const dimension: SurveyDimension = 'service-level';
 * ```
 * @category crm
 * @see §7.2.2
 */
export type SurveyDimension = z.infer<typeof SurveyDimensionSchema>;

/**
 * Schema of a question type: a `scale` from 1 (very dissatisfied) to 5
 * (very satisfied) scoring one dimension, `nps` — the 0–10 likelihood to
 * recommend — or `text`, a free-text comment.
 *
 * @example
 * ```ts
 * QuestionTypeSchema.options; // ['scale', 'nps', 'text']
 * ```
 * @category crm
 * @see §7.2.2
 */
export const QuestionTypeSchema = z.enum(['scale', 'nps', 'text']);

/**
 * The shape of a question key: lower-case letters, digits, `-` and `_`,
 * 1–40 characters. Internal to crm.
 *
 * @example
 * ```ts
 * QUESTION_KEY.test('q1'); // true
 * ```
 * @internal
 * @category crm
 */
export const QUESTION_KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/**
 * Schema of a {@link SurveyQuestion}: a key unique in the survey, the
 * text, the type, the dimension (required on `scale` questions) and
 * whether an answer is required.
 *
 * @example
 * ```ts
 * SurveyQuestionSchema.safeParse({ id: 'q1', text: '服务态度', type: 'scale', dimension: 'service-level', required: true }).success; // true
 * ```
 * @category crm
 * @see §7.2.2
 */
export const SurveyQuestionSchema = z.object({
  /** A key unique within the survey, e.g. `q1` or `service-attitude`. */
  id: z.string().check(z.maxLength(40), z.regex(QUESTION_KEY)),
  text: boundedText(500),
  type: QuestionTypeSchema,
  /** Required on `scale` questions; not used by other types. */
  dimension: z.nullable(SurveyDimensionSchema),
  required: z.boolean(),
});

/**
 * One question of a questionnaire.
 *
 * @example
 * ```ts
 * const question: SurveyQuestion = {
 *   id: 'q1', text: '您对维修质量满意吗？', type: 'scale', dimension: 'product-quality', required: true,
 * };
 * ```
 * @category crm
 * @see §7.2.2
 */
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

const WeightSchema = z.number().check(
  z.gt(0),
  z.lte(1000),
  z.refine((weight) => toDecimal(weight) !== undefined, {
    message: 'must be a plain decimal number',
    params: { reason: 'weight_invalid' },
  }),
);

/**
 * Schema of a {@link DimensionWeight}: a dimension and a positive weight
 * (at most 1000, a plain decimal number).
 *
 * @example
 * ```ts
 * DimensionWeightSchema.safeParse({ dimension: 'brand-image', weight: 0.2 }).success; // true
 * ```
 * @category crm
 * @see §7.2.2
 */
export const DimensionWeightSchema = z.object({
  dimension: SurveyDimensionSchema,
  weight: WeightSchema,
});

/**
 * A dimension and its weight in the overall index. Weights are relative
 * (they are divided by their sum), so `[3, 3, 2, 2]` and `[0.3, 0.3, 0.2,
 * 0.2]` mean the same.
 *
 * @example
 * ```ts
 * const weight: DimensionWeight = { dimension: 'price-reasonableness', weight: 0.2 };
 * ```
 * @category crm
 * @see §7.2.2
 */
export type DimensionWeight = z.infer<typeof DimensionWeightSchema>;

type Definition = {
  channels: readonly string[];
  dimensions: readonly DimensionWeight[];
  questions: readonly SurveyQuestion[];
};

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

// Each rule names its failure as an issue reason, so a host can say which.
const definitionRules = [
  z.refine<Definition>((s) => unique(s.channels), {
    message: 'each channel may be listed once',
    path: ['channels'],
    params: { reason: 'duplicate_channel' },
  }),
  z.refine<Definition>((s) => unique(s.questions.map((q) => q.id)), {
    message: 'question ids must be unique',
    path: ['questions'],
    params: { reason: 'duplicate_question' },
  }),
  z.refine<Definition>((s) => unique(s.dimensions.map((d) => d.dimension)), {
    message: 'each dimension may be weighted once',
    path: ['dimensions'],
    params: { reason: 'duplicate_dimension' },
  }),
  z.refine<Definition>(
    (s) => s.questions.every((q) => q.type !== 'scale' || q.dimension !== null),
    {
      message: 'a scale question must name its dimension',
      path: ['questions'],
      params: { reason: 'dimension_required' },
    },
  ),
  z.refine<Definition>(
    (s) =>
      s.questions.every(
        (q) => q.dimension === null || s.dimensions.some((d) => d.dimension === q.dimension),
      ),
    {
      message: 'a question names a dimension the survey does not weight',
      path: ['questions'],
      params: { reason: 'dimension_not_weighted' },
    },
  ),
  z.refine<Definition>(
    (s) =>
      s.dimensions.every((d) =>
        s.questions.some((q) => q.type === 'scale' && q.dimension === d.dimension),
      ),
    {
      message: 'every weighted dimension needs at least one scale question',
      path: ['dimensions'],
      params: { reason: 'dimension_without_question' },
    },
  ),
  z.refine<Definition>((s) => s.questions.filter((q) => q.type === 'nps').length <= 1, {
    message: 'a survey has at most one 0–10 recommendation question',
    path: ['questions'],
    params: { reason: 'multiple_nps_questions' },
  }),
];

const definitionShape = {
  title: boundedText(200),
  channels: z.array(SurveyChannelSchema).check(z.minLength(1), z.maxLength(3)),
  dimensions: z.array(DimensionWeightSchema).check(z.minLength(1), z.maxLength(4)),
  questions: z.array(SurveyQuestionSchema).check(z.minLength(1), z.maxLength(100)),
};

/**
 * Schema of a questionnaire definition (问卷, §7.2.2): title, the channels
 * it runs on (§7.2.1), weighted dimensions, and questions. Rules (issue
 * reasons): `duplicate_channel`, `duplicate_question`, `duplicate_dimension`,
 * `dimension_required` (a scale question without a dimension),
 * `dimension_not_weighted`, `dimension_without_question`,
 * `multiple_nps_questions`. Dimensions default to the four of §7.2.2 with
 * equal weights.
 *
 * @example
 * ```ts
 * SurveyDefinitionSchema.safeParse({
 *   title: '售后服务满意度', channels: ['online'],
 *   questions: [{ id: 'q1', text: '服务态度', type: 'scale', dimension: 'service-level', required: true }],
 *   dimensions: [{ dimension: 'service-level', weight: 1 }],
 * }).success; // true
 * ```
 * @category crm
 * @see §7.2.2
 * @see §7.2.1
 */
export const SurveyDefinitionSchema = z
  .strictObject({
    ...definitionShape,
    dimensions: z._default(
      definitionShape.dimensions,
      SURVEY_DIMENSIONS.map((dimension) => ({ dimension, weight: 1 })),
    ),
  })
  .check(...definitionRules);

/**
 * A questionnaire definition as input (before parsing).
 *
 * @example
 * ```ts
 * const definition: SurveyDefinition = { title: '回厂满意度', channels: ['phone'], questions };
 * ```
 * @category crm
 * @see §7.2.2
 */
export type SurveyDefinition = z.input<typeof SurveyDefinitionSchema>;

/**
 * Schema of a stored questionnaire: the definition plus its status
 * (`draft` → `published` → `retired`) and who published it when.
 *
 * @example
 * ```ts
 * parseWith(SurveySchema, JSON.parse(row)).isOk();
 * ```
 * @category crm
 * @see §7.2.2
 * @see §2.2.5(4)
 */
export const SurveySchema = z
  .object({
    ...entityBaseShape,
    id: SurveyIdSchema,
    ...definitionShape,
    status: z.enum(['draft', 'published', 'retired']),
    publishedAt: z.nullable(InstantSchema),
    publishedBy: z.nullable(EmployeeIdSchema),
  })
  .check(...definitionRules);

/**
 * A questionnaire.
 *
 * @example
 * ```ts
 * const survey: Survey = defineSurvey(definition, { id: 'svy_1', at })._unsafeUnwrap().survey;
 * survey.status; // 'draft'
 * ```
 * @category crm
 * @see §7.2.2
 */
export type Survey = z.infer<typeof SurveySchema>;
