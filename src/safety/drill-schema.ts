import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { CalendarDateSchema, entityBaseShape, InstantSchema } from '../shared/index';
import { CorrectiveActionInputSchema, CorrectiveActionSchema } from './corrective-action';
import { DrillIdSchema, EmergencyPlanIdSchema } from './ids';
import { boundedText, MAX_LABEL, MAX_TEXT, uniqueBy } from './text';

/**
 * Forms of drill: tabletop (桌面演练), functional (功能演练) and full-scale
 * (实战演练).
 *
 * @example
 * ```ts
 * DRILL_KINDS.includes('tabletop'); // true
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DRILL_KINDS = ['tabletop', 'functional', 'full-scale'] as const;

/**
 * Drill evaluation ratings (演练评估): effective, partly effective,
 * ineffective.
 *
 * @example
 * ```ts
 * DRILL_RATINGS[0]; // 'effective'
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DRILL_RATINGS = ['effective', 'partly-effective', 'ineffective'] as const;

/**
 * Which part of the plan a drill finding concerns — the plan's own elements
 * (§9.3.2): the emergency organisation, warning and reporting, the response,
 * plus equipment and supplies, communication, staff skills, other.
 *
 * @example
 * ```ts
 * DRILL_FINDING_AREAS.includes('warning-reporting'); // true
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DRILL_FINDING_AREAS = [
  'organisation',
  'warning-reporting',
  'response',
  'equipment-supplies',
  'communication',
  'staff-skills',
  'other',
] as const;

/**
 * The drill lifecycle: `conducted` (recorded) → `evaluated` (assessed, with
 * findings) → `closed` (every corrective action completed).
 *
 * @example
 * ```ts
 * DRILL_STATUSES; // ['conducted', 'evaluated', 'closed']
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DRILL_STATUSES = ['conducted', 'evaluated', 'closed'] as const;

/**
 * Schema of one drill finding (演练发现的问题) and its corrective action.
 *
 * @example
 * ```ts
 * DrillFindingSchema.safeParse(finding).success;
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DrillFindingSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  area: z.enum(DRILL_FINDING_AREAS),
  description: boundedText(MAX_TEXT),
  correctiveAction: CorrectiveActionSchema,
});

/**
 * One drill finding.
 *
 * @example
 * ```ts
 * const open = drill.findings.filter((f: DrillFinding) => f.correctiveAction.completedAt === null);
 * ```
 * @category safety
 * @see §9.3.3
 */
export type DrillFinding = z.infer<typeof DrillFindingSchema>;

/**
 * Schema of a drill evaluation: rating, whether the plan proved feasible
 * (可行性), a summary, when and by whom.
 *
 * @example
 * ```ts
 * DrillEvaluationSchema.safeParse(drill.evaluation).success;
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DrillEvaluationSchema = z.object({
  rating: z.enum(DRILL_RATINGS),
  planFeasible: z.boolean(),
  summary: boundedText(MAX_TEXT),
  evaluatedAt: InstantSchema,
  evaluatedBy: EmployeeIdSchema,
});

/**
 * Schema of an emergency drill (应急演练, §9.3.3): the plans it exercised,
 * its form and scenario, the dealer date it was held, how many took part,
 * who recorded it, the evaluation, the findings with their corrective
 * actions, and its status.
 *
 * @example
 * ```ts
 * parseDrill(JSON.parse(row)).isOk();
 * ```
 * @category safety
 * @see §9.3.3
 * @see REG-5
 */
export const DrillSchema = z.object({
  ...entityBaseShape,
  id: DrillIdSchema,
  planIds: z.array(EmergencyPlanIdSchema).check(
    z.minLength(1),
    z.maxLength(20),
    uniqueBy((p) => p),
  ),
  kind: z.enum(DRILL_KINDS),
  scenario: boundedText(MAX_LABEL),
  conductedOn: CalendarDateSchema,
  participantCount: z.int().check(z.gte(1), z.lte(10_000)),
  recordedBy: EmployeeIdSchema,
  status: z.enum(DRILL_STATUSES),
  evaluation: z.nullable(DrillEvaluationSchema),
  findings: z.array(DrillFindingSchema).check(
    z.maxLength(100),
    uniqueBy((f) => f.id),
  ),
  closedAt: z.nullable(InstantSchema),
});

/**
 * An emergency drill.
 *
 * @example
 * ```ts
 * const evaluated: readonly Drill[] = drills.filter((d) => d.status !== 'conducted');
 * ```
 * @category safety
 * @see §9.3.3
 */
export type Drill = z.infer<typeof DrillSchema>;

/**
 * Schema of what records a drill.
 *
 * @example
 * ```ts
 * DrillInputSchema.safeParse({ planIds: ['plan_fire'], kind: 'full-scale', scenario: '喷漆房起火', conductedOn: '2026-06-15', participantCount: 24 }).success; // true
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DrillInputSchema = z.strictObject({
  planIds: DrillSchema.shape.planIds,
  kind: z.enum(DRILL_KINDS),
  scenario: boundedText(MAX_LABEL),
  conductedOn: CalendarDateSchema,
  participantCount: z.int().check(z.gte(1), z.lte(10_000)),
});

/**
 * Input that records a drill (before parsing).
 *
 * @example
 * ```ts
 * const input: DrillInput = { planIds: ['plan_ev'], kind: 'tabletop', scenario: '电池热失控', conductedOn: '2026-06-15', participantCount: 8 };
 * ```
 * @category safety
 * @see §9.3.3
 */
export type DrillInput = z.input<typeof DrillInputSchema>;

/**
 * Schema of one finding as given at evaluation: id, area, description and
 * the corrective action it needs.
 *
 * @example
 * ```ts
 * DrillFindingInputSchema.safeParse({ id: 'f1', area: 'communication', description: '广播听不清', action: { id: 'ca_1', description: '更换广播', ownerId: 'emp_ws', dueOn: '2026-07-01' } }).success; // true
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DrillFindingInputSchema = z.strictObject({
  id: DrillFindingSchema.shape.id,
  area: z.enum(DRILL_FINDING_AREAS),
  description: boundedText(MAX_TEXT),
  action: CorrectiveActionInputSchema,
});
