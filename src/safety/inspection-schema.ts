import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { CalendarDateSchema, entityBaseShape } from '../shared/index';
import { SafetyChecklistSchema } from './checklist';
import { HazardRiskLevelSchema, SafetyAreaSchema } from './hazard-schema';
import { HazardIdSchema, SafetyInspectionIdSchema } from './ids';
import { boundedText, MAX_LABEL, MAX_TEXT, uniqueBy } from './text';

/**
 * Kinds of safety inspection (安全检查): routine (日常), special (专项),
 * seasonal (季节性), before a holiday (节假日) and comprehensive (综合).
 *
 * @example
 * ```ts
 * SAFETY_INSPECTION_KINDS.includes('holiday'); // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const SAFETY_INSPECTION_KINDS = [
  'routine',
  'special',
  'seasonal',
  'holiday',
  'comprehensive',
] as const;

/**
 * Schema of the result of one checklist item: `pass`, `fail` or
 * `not-applicable`, a note, and the hazard a failure registered.
 *
 * @example
 * ```ts
 * ChecklistResultSchema.safeParse({ itemId: 'lifts', text: '举升机', result: 'pass', note: null, hazardId: null }).success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const ChecklistResultSchema = z.object({
  itemId: z.string().check(z.minLength(1), z.maxLength(64)),
  text: boundedText(MAX_LABEL),
  result: z.enum(['pass', 'fail', 'not-applicable']),
  note: z.nullable(boundedText(MAX_TEXT)),
  hazardId: z.nullable(HazardIdSchema),
});

/**
 * Schema of a recorded safety inspection (安全检查记录, §9.1.2): its kind,
 * the checklist and area, the dealer date, the inspector, one result per
 * checklist item and the hazards it registered.
 *
 * @example
 * ```ts
 * parseSafetyInspection(JSON.parse(row)).isOk();
 * ```
 * @category safety
 * @see §9.1.2
 */
export const SafetyInspectionSchema = z.object({
  ...entityBaseShape,
  id: SafetyInspectionIdSchema,
  kind: z.enum(SAFETY_INSPECTION_KINDS),
  checklistId: z.string().check(z.minLength(1), z.maxLength(64)),
  area: SafetyAreaSchema,
  inspectedOn: CalendarDateSchema,
  inspectorId: EmployeeIdSchema,
  results: z.array(ChecklistResultSchema).check(z.minLength(1), z.maxLength(200)),
  hazardIds: z.array(HazardIdSchema).check(z.maxLength(200)),
});

/**
 * A recorded safety inspection.
 *
 * @example
 * ```ts
 * const failed = inspection.results.filter((r) => r.result === 'fail');
 * ```
 * @category safety
 * @see §9.1.2
 */
export type SafetyInspection = z.infer<typeof SafetyInspectionSchema>;

/**
 * Schema of what records an inspection: its kind, the checklist used and
 * one result per item; a failed item carries the hazard to register (id,
 * risk level, owner, optional deadline and description — by default the
 * item's text), and only a failed item may (reason `hazard_without_failure`).
 *
 * @example
 * ```ts
 * SafetyInspectionInputSchema.safeParse({ kind: 'routine', checklist, results }).success;
 * ```
 * @category safety
 * @see §9.1.2
 */
export const SafetyInspectionInputSchema = z.strictObject({
  kind: z.enum(SAFETY_INSPECTION_KINDS),
  checklist: SafetyChecklistSchema,
  results: z
    .array(
      z
        .strictObject({
          itemId: z.string().check(z.minLength(1), z.maxLength(64)),
          result: z.enum(['pass', 'fail', 'not-applicable']),
          note: z.optional(boundedText(MAX_TEXT)),
          hazard: z.optional(
            z.strictObject({
              id: HazardIdSchema,
              description: z.optional(boundedText(MAX_TEXT)),
              riskLevel: HazardRiskLevelSchema,
              ownerId: EmployeeIdSchema,
              rectificationDueOn: z.optional(CalendarDateSchema),
            }),
          ),
        })
        .check(
          z.refine((r) => r.hazard === undefined || r.result === 'fail', {
            message: 'only a failed item registers a hazard',
            path: ['hazard'],
            params: { reason: 'hazard_without_failure' },
          }),
        ),
    )
    .check(
      z.maxLength(200),
      uniqueBy((r) => r.itemId),
    ),
});

/**
 * Input that records a safety inspection (before parsing).
 *
 * @example
 * ```ts
 * const input: SafetyInspectionInput = {
 *   kind: 'routine', checklist: defaultSafetyChecklists[0]!,
 *   results: [{ itemId: 'lifts', result: 'fail', hazard: { id: 'hz_1', riskLevel: 'major', ownerId: 'emp_ws' } }],
 * };
 * ```
 * @category safety
 * @see §9.1.2
 */
export type SafetyInspectionInput = z.input<typeof SafetyInspectionInputSchema>;
