import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  CalendarDateSchema,
  entityBaseShape,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { ImprovementActionIdSchema } from './ids';
import { boundedText, MAX_FREE_TEXT, MAX_TITLE } from './text';
import { IMPROVEMENT_SOURCES } from './trigger';
import { ImprovementTriggerSchema } from './trigger-schema';

/** Most verifications one action keeps: far beyond any real reopen history. */
const MAX_VERIFICATIONS = 100;

/**
 * Corrective (纠正措施: removes the cause of a problem that happened) or
 * preventive (预防措施: removes the cause of a problem that could happen).
 *
 * @example
 * ```ts
 * ActionKindSchema.safeParse('preventive').success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ActionKindSchema = z.enum(['corrective', 'preventive']);

/**
 * An action's kind.
 *
 * @example
 * ```ts
 * const kind: ActionKind = 'corrective';
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ActionKind = z.infer<typeof ActionKindSchema>;

/**
 * Where a registered action came from: one of the trigger sources, or
 * `manual` for a preventive action opened without a trigger.
 *
 * @example
 * ```ts
 * ACTION_SOURCES.at(-1); // 'manual'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ACTION_SOURCES = [...IMPROVEMENT_SOURCES, 'manual'] as const;

/**
 * Schema of an {@link ActionSource}.
 *
 * @example
 * ```ts
 * ActionSourceSchema.safeParse('manual').success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ActionSourceSchema = z.enum(ACTION_SOURCES);

/**
 * Where an action came from.
 *
 * @example
 * ```ts
 * const source: ActionSource = 'kpi-miss';
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ActionSource = z.infer<typeof ActionSourceSchema>;

/**
 * The lifecycle of an action: `open` → `analysed` (root cause recorded) →
 * `in-progress` → `implemented` → `verified` (effective) → `closed`; a
 * verification that finds it not effective sends it back to `in-progress`.
 * `cancelled` ends an action raised in error before it was implemented.
 *
 * @example
 * ```ts
 * ACTION_STATUSES[0]; // 'open'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ACTION_STATUSES = [
  'open',
  'analysed',
  'in-progress',
  'implemented',
  'verified',
  'closed',
  'cancelled',
] as const;

/**
 * Schema of an {@link ActionStatus}.
 *
 * @example
 * ```ts
 * ActionStatusSchema.safeParse('verified').success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ActionStatusSchema = z.enum(ACTION_STATUSES);

/**
 * An action's status.
 *
 * @example
 * ```ts
 * const status: ActionStatus = 'in-progress';
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/**
 * The category of a root cause (根本原因), after the workshop's
 * 人机料法环测 checklist plus management: `people`, `equipment`, `material`
 * (parts and consumables), `method` (procedure), `environment`,
 * `measurement`, `management` (planning, rules, responsibilities).
 *
 * @example
 * ```ts
 * RootCauseCategorySchema.safeParse('method').success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const RootCauseCategorySchema = z.enum([
  'people',
  'equipment',
  'material',
  'method',
  'environment',
  'measurement',
  'management',
]);

/**
 * Schema of a recorded root cause: category, the analysis (e.g. five
 * whys), when and by whom.
 *
 * @example
 * ```ts
 * RootCauseSchema.safeParse({ category: 'method', analysis: '扭矩未按手册复核', recordedAt: at, recordedBy: 'emp_1' }).success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const RootCauseSchema = z.object({
  category: RootCauseCategorySchema,
  analysis: boundedText(MAX_FREE_TEXT),
  recordedAt: InstantSchema,
  recordedBy: EmployeeIdSchema,
});

/**
 * Schema of one verification of effectiveness (效果验证): when, by whom,
 * whether the action worked, and an optional note.
 *
 * @example
 * ```ts
 * VerificationSchema.safeParse({ at, by: 'emp_sm', effective: true, note: null }).success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const VerificationSchema = z.object({
  at: InstantSchema,
  by: EmployeeIdSchema,
  effective: z.boolean(),
  note: z.nullable(boundedText(MAX_TITLE)),
});

/**
 * Why an action was cancelled: a duplicate of another, merged into one,
 * not applicable, or raised in error. Codes only, so they may ride on events.
 *
 * @example
 * ```ts
 * CancelReasonSchema.safeParse('raised-in-error').success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const CancelReasonSchema = z.enum([
  'duplicate',
  'merged',
  'not-applicable',
  'raised-in-error',
]);

/**
 * Schema of a corrective or preventive action (纠正和预防措施) in the
 * register: kind, source and the trigger it answers (`null` for a manual
 * preventive action) with its duplicate key, title, subject, owner (an
 * employee id) and due date (the dealer's calendar day by which it should be
 * closed), root cause, the measure taken (`plan`) and its implementation,
 * every verification of effectiveness, the reopen count, and closing or
 * cancellation. Free texts are for staff; events never copy them.
 *
 * @example
 * ```ts
 * parseImprovementAction(JSON.parse(row)).isOk();
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ImprovementActionSchema = z.object({
  ...entityBaseShape,
  id: ImprovementActionIdSchema,
  kind: ActionKindSchema,
  source: ActionSourceSchema,
  trigger: z.nullable(ImprovementTriggerSchema),
  triggerKey: z.nullable(z.string().check(z.minLength(1), z.maxLength(200))),
  title: boundedText(MAX_TITLE),
  description: z.nullable(boundedText(MAX_FREE_TEXT)),
  subject: z.string().check(z.minLength(1), z.maxLength(120)),
  status: ActionStatusSchema,
  ownerId: EmployeeIdSchema,
  dueOn: CalendarDateSchema,
  openedAt: InstantSchema,
  openedBy: EmployeeIdSchema,
  rootCause: z.nullable(RootCauseSchema),
  plan: z.nullable(boundedText(MAX_FREE_TEXT)),
  startedAt: z.nullable(InstantSchema),
  implementation: z.nullable(
    z.object({ summary: boundedText(MAX_FREE_TEXT), at: InstantSchema, by: EmployeeIdSchema }),
  ),
  verifications: z.array(VerificationSchema).check(z.maxLength(MAX_VERIFICATIONS)),
  reopenCount: z.int().check(z.gte(0), z.lte(MAX_VERIFICATIONS)),
  closedAt: z.nullable(InstantSchema),
  closedBy: z.nullable(EmployeeIdSchema),
  cancellation: z.nullable(
    z.object({ reason: CancelReasonSchema, at: InstantSchema, by: EmployeeIdSchema }),
  ),
});

/**
 * A corrective or preventive action.
 *
 * @example
 * ```ts
 * const action: ImprovementAction = openAction(input, context)._unsafeUnwrap().action;
 * action.status; // 'open'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ImprovementAction = z.infer<typeof ImprovementActionSchema>;

/**
 * Parses a stored action at the boundary. Never throws.
 *
 * @returns the action, or `validation_failed`
 * @example
 * ```ts
 * parseImprovementAction({ id: 'ia_1' }).isErr(); // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function parseImprovementAction(input: unknown): Result<ImprovementAction, ValidationError> {
  return parseWith(ImprovementActionSchema, input, '§12.1.1–§12.1.3');
}
