import * as z from 'zod/mini';
import { RoleSchema } from '../org/index';
import { CalendarDateSchema, entityBaseShape, InstantSchema } from '../shared/index';
import { EmergencyPlanIdSchema } from './ids';
import { boundedText, MAX_LABEL, MAX_TEXT, uniqueBy } from './text';

/**
 * The three kinds of emergency plan §9.3.2 names: comprehensive (综合应急预案),
 * special (专项应急预案, one kind of emergency such as fire) and on-site
 * (现场处置方案, one post or place, such as the paint booth).
 *
 * @example
 * ```ts
 * EMERGENCY_PLAN_TYPES; // ['comprehensive', 'special', 'on-site']
 * ```
 * @category safety
 * @see §9.3.2
 */
export const EMERGENCY_PLAN_TYPES = ['comprehensive', 'special', 'on-site'] as const;

/**
 * Schema of an {@link EmergencyPlanType}.
 *
 * @example
 * ```ts
 * EmergencyPlanTypeSchema.safeParse('on-site').success; // true
 * ```
 * @category safety
 * @see §9.3.2
 */
export const EmergencyPlanTypeSchema = z.enum(EMERGENCY_PLAN_TYPES);

/**
 * One of {@link EMERGENCY_PLAN_TYPES}.
 *
 * @example
 * ```ts
 * const type: EmergencyPlanType = 'special';
 * ```
 * @category safety
 * @see §9.3.2
 */
export type EmergencyPlanType = z.infer<typeof EmergencyPlanTypeSchema>;

/**
 * Schema of one role's emergency duty in a plan (应急组织机构及职责).
 *
 * @example
 * ```ts
 * EmergencyRoleDutySchema.safeParse({ role: 'service-manager', duty: '应急总指挥' }).success; // true
 * ```
 * @category safety
 * @see §9.3.2
 */
export const EmergencyRoleDutySchema = z.object({
  role: RoleSchema,
  duty: boundedText(MAX_LABEL),
});

/**
 * Schema of a plan's warning and reporting procedure (预警及信息报告): how a
 * warning is raised, how and to whom an emergency is reported, and within
 * how many minutes of discovery the first report is due.
 *
 * @example
 * ```ts
 * WarningAndReportingSchema.safeParse({ warning: '烟感报警', reporting: '立即报告服务经理，拨打119', reportWithinMinutes: 5 }).success; // true
 * ```
 * @category safety
 * @see §9.3.2
 */
export const WarningAndReportingSchema = z.object({
  warning: boundedText(MAX_TEXT),
  reporting: boundedText(MAX_TEXT),
  reportWithinMinutes: z.int().check(z.gte(1), z.lte(1440)),
});

/**
 * Schema of one response level (应急响应分级): level 1 (Ⅰ级) is the most
 * serious; what triggers it and what is done.
 *
 * @example
 * ```ts
 * ResponseLevelSchema.safeParse({ level: 1, trigger: '火势无法控制', actions: '全员疏散，报119' }).success; // true
 * ```
 * @category safety
 * @see §9.3.2
 */
export const ResponseLevelSchema = z.object({
  level: z.int().check(z.gte(1), z.lte(4)),
  trigger: boundedText(MAX_TEXT),
  actions: boundedText(MAX_TEXT),
});

const planContent = {
  type: EmergencyPlanTypeSchema,
  title: boundedText(MAX_LABEL),
  /** The emergency a special or on-site plan is for (fire, EV battery thermal runaway…); `null` for a comprehensive plan. */
  scenario: z.nullable(boundedText(MAX_LABEL)),
  responsibilities: z.array(EmergencyRoleDutySchema).check(
    z.minLength(1),
    z.maxLength(50),
    uniqueBy((d) => `${d.role}:${d.duty}`),
  ),
  warningAndReporting: WarningAndReportingSchema,
  responseLevels: z.array(ResponseLevelSchema).check(
    z.minLength(1),
    z.maxLength(4),
    uniqueBy((l) => l.level),
  ),
};

const scenarioRule = z.refine<{ type: EmergencyPlanType; scenario: string | null }>(
  (plan) => (plan.type === 'comprehensive') === (plan.scenario === null),
  {
    message: 'special and on-site plans name their scenario; a comprehensive plan has none',
    path: ['scenario'],
    params: { reason: 'scenario_mismatch' },
  },
);

/**
 * Schema of an emergency plan (应急预案, §9.3.2): type, title, scenario,
 * the emergency organisation and duties by role, warning and reporting,
 * response levels, the date it took effect, the last review and the next
 * review date, its revision number and status (`active` or `retired`).
 *
 * @example
 * ```ts
 * parseEmergencyPlan(JSON.parse(row)).isOk();
 * ```
 * @category safety
 * @see §9.3.2
 */
export const EmergencyPlanSchema = z
  .object({
    ...entityBaseShape,
    id: EmergencyPlanIdSchema,
    ...planContent,
    status: z.enum(['active', 'retired']),
    effectiveOn: CalendarDateSchema,
    lastReviewedOn: z.nullable(CalendarDateSchema),
    reviewDueOn: CalendarDateSchema,
    revision: z.int().check(z.gte(1), z.lte(10_000)),
    retiredAt: z.nullable(InstantSchema),
  })
  .check(scenarioRule);

/**
 * An emergency plan.
 *
 * @example
 * ```ts
 * const onSite: readonly EmergencyPlan[] = plans.filter((p) => p.type === 'on-site');
 * ```
 * @category safety
 * @see §9.3.2
 */
export type EmergencyPlan = z.infer<typeof EmergencyPlanSchema>;

/**
 * Schema of what registers an emergency plan; `reviewDueOn` defaults to
 * `effectiveOn` plus the configured review interval; `scenario` is required
 * for special and on-site plans (reason `scenario_mismatch`).
 *
 * @example
 * ```ts
 * EmergencyPlanInputSchema.safeParse(input).success;
 * ```
 * @category safety
 * @see §9.3.2
 */
export const EmergencyPlanInputSchema = z
  .strictObject({
    id: EmergencyPlanIdSchema,
    ...planContent,
    scenario: z._default(z.nullable(boundedText(MAX_LABEL)), null),
    effectiveOn: CalendarDateSchema,
    reviewDueOn: z.optional(CalendarDateSchema),
  })
  .check(scenarioRule);

/**
 * Input that registers an emergency plan (before parsing).
 *
 * @example
 * ```ts
 * const input: EmergencyPlanInput = {
 *   id: 'plan_fire', type: 'special', title: '火灾专项应急预案', scenario: 'fire',
 *   responsibilities: [{ role: 'service-manager', duty: '应急总指挥' }],
 *   warningAndReporting: { warning: '烟感报警', reporting: '报告服务经理，拨打119', reportWithinMinutes: 5 },
 *   responseLevels: [{ level: 1, trigger: '火势蔓延', actions: '全员疏散' }],
 *   effectiveOn: '2026-01-01',
 * };
 * ```
 * @category safety
 * @see §9.3.2
 */
export type EmergencyPlanInput = z.input<typeof EmergencyPlanInputSchema>;

/**
 * Schema of a plan review's changes: any of the content fields, replacing
 * the old value; an empty object records a review that changed nothing.
 *
 * @example
 * ```ts
 * EmergencyPlanChangesSchema.safeParse({ title: '火灾及电池热失控专项应急预案' }).success; // true
 * ```
 * @category safety
 * @see §9.3.2
 * @see §9.3.3
 */
export const EmergencyPlanChangesSchema = z.strictObject({
  title: z.optional(planContent.title),
  responsibilities: z.optional(planContent.responsibilities),
  warningAndReporting: z.optional(planContent.warningAndReporting),
  responseLevels: z.optional(planContent.responseLevels),
});

/**
 * Changes made at a plan review (before parsing).
 *
 * @example
 * ```ts
 * const changes: EmergencyPlanChanges = { responseLevels: [{ level: 1, trigger: '起火', actions: '断电疏散' }] };
 * ```
 * @category safety
 * @see §9.3.2
 */
export type EmergencyPlanChanges = z.input<typeof EmergencyPlanChangesSchema>;
