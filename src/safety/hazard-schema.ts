import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import { CalendarDateSchema, entityBaseShape, InstantSchema } from '../shared/index';
import { HazardIdSchema, SafetyInspectionIdSchema } from './ids';
import { boundedText, MAX_TEXT } from './text';

/**
 * Where in the dealership a hazard or an inspection is: workshop, paint
 * shop, warehouse, customer area (reception and lounge), office, yard, other.
 *
 * @example
 * ```ts
 * SAFETY_AREAS.includes('paint-shop'); // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const SAFETY_AREAS = [
  'workshop',
  'paint-shop',
  'warehouse',
  'customer-area',
  'office',
  'yard',
  'other',
] as const;

/**
 * Schema of a {@link SafetyArea}.
 *
 * @example
 * ```ts
 * SafetyAreaSchema.safeParse('warehouse').success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const SafetyAreaSchema = z.enum(SAFETY_AREAS);

/**
 * One of {@link SAFETY_AREAS}.
 *
 * @example
 * ```ts
 * const area: SafetyArea = 'workshop';
 * ```
 * @category safety
 * @see §9.1.2
 */
export type SafetyArea = z.infer<typeof SafetyAreaSchema>;

/**
 * Risk levels of a hazard, lowest first, as China's four-colour risk
 * grading names them: low (低风险, blue), general (一般风险, yellow),
 * significant (较大风险, orange), major (重大风险 / 重大隐患, red).
 *
 * @example
 * ```ts
 * HAZARD_RISK_LEVELS.at(-1); // 'major'
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HAZARD_RISK_LEVELS = ['low', 'general', 'significant', 'major'] as const;

/**
 * Schema of a {@link HazardRiskLevel}.
 *
 * @example
 * ```ts
 * HazardRiskLevelSchema.safeParse('major').success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HazardRiskLevelSchema = z.enum(HAZARD_RISK_LEVELS);

/**
 * One of {@link HAZARD_RISK_LEVELS}.
 *
 * @example
 * ```ts
 * const level: HazardRiskLevel = 'significant';
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardRiskLevel = z.infer<typeof HazardRiskLevelSchema>;

/**
 * The hazard lifecycle (§9.1.2): `reported` → `rectifying` (整改中) →
 * `rectified` (整改完成) → `verified` (验收); a failed verification sends it
 * back to `rectifying`.
 *
 * @example
 * ```ts
 * HAZARD_STATUSES; // ['reported', 'rectifying', 'rectified', 'verified']
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HAZARD_STATUSES = ['reported', 'rectifying', 'rectified', 'verified'] as const;

/**
 * Schema of a {@link HazardStatus}.
 *
 * @example
 * ```ts
 * HazardStatusSchema.safeParse('verified').success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HazardStatusSchema = z.enum(HAZARD_STATUSES);

/**
 * One of {@link HAZARD_STATUSES}.
 *
 * @example
 * ```ts
 * const status: HazardStatus = 'rectifying';
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardStatus = z.infer<typeof HazardStatusSchema>;

/**
 * Schema of a hazard (事故隐患, §9.1.2): where, what, its risk level, the
 * inspection that found it (or `null` when reported on its own), the
 * rectification owner (整改责任人) and deadline (`rectificationDueOn`, the
 * last day in the dealer's zone), and the instants and employees of each
 * step. The verifier is never the owner nor who rectified it.
 *
 * @example
 * ```ts
 * parseHazard(JSON.parse(row)).isOk();
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HazardSchema = z.object({
  ...entityBaseShape,
  id: HazardIdSchema,
  inspectionId: z.nullable(SafetyInspectionIdSchema),
  area: SafetyAreaSchema,
  description: boundedText(MAX_TEXT),
  riskLevel: HazardRiskLevelSchema,
  status: HazardStatusSchema,
  ownerId: EmployeeIdSchema,
  rectificationDueOn: CalendarDateSchema,
  reportedAt: InstantSchema,
  reportedBy: EmployeeIdSchema,
  rectificationStartedAt: z.nullable(InstantSchema),
  rectifiedAt: z.nullable(InstantSchema),
  rectifiedBy: z.nullable(EmployeeIdSchema),
  rectificationNote: z.nullable(boundedText(MAX_TEXT)),
  verifiedAt: z.nullable(InstantSchema),
  verifiedBy: z.nullable(EmployeeIdSchema),
  rejectionCount: z.int().check(z.gte(0), z.lte(1000)),
  /** Why the last verification failed; `null` until one does. */
  rejectionReason: z.nullable(boundedText(MAX_TEXT)),
});

/**
 * A hazard.
 *
 * @example
 * ```ts
 * const open: readonly Hazard[] = hazards.filter((h) => h.status !== 'verified');
 * ```
 * @category safety
 * @see §9.1.2
 */
export type Hazard = z.infer<typeof HazardSchema>;

/**
 * Schema of what registers a hazard: id, area, description, risk level,
 * rectification owner and, optionally, the deadline (otherwise the
 * configured days for its risk level, see {@link SafetyConfigSchema}).
 *
 * @example
 * ```ts
 * HazardInputSchema.safeParse({ id: 'hz_1', area: 'workshop', description: '举升机保险锁失效', riskLevel: 'major', ownerId: 'emp_ws' }).success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HazardInputSchema = z.strictObject({
  id: HazardIdSchema,
  area: SafetyAreaSchema,
  description: boundedText(MAX_TEXT),
  riskLevel: HazardRiskLevelSchema,
  ownerId: EmployeeIdSchema,
  rectificationDueOn: z.optional(CalendarDateSchema),
});

/**
 * Input that registers a hazard (before parsing).
 *
 * @example
 * ```ts
 * const input: HazardInput = { id: 'hz_1', area: 'yard', description: '消防通道堆放轮胎', riskLevel: 'general', ownerId: 'emp_ws' };
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardInput = z.input<typeof HazardInputSchema>;
