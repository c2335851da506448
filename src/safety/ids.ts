import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of a safety inspection (安全检查).
 *
 * @example
 * ```ts
 * const id: SafetyInspectionId = SafetyInspectionIdSchema.parse('sin_1');
 * ```
 * @category safety
 * @see §9.1.2
 */
export type SafetyInspectionId = Id<'SafetyInspection'>;

/**
 * Schema of a {@link SafetyInspectionId}.
 *
 * @example
 * ```ts
 * SafetyInspectionIdSchema.safeParse('sin_1').success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const SafetyInspectionIdSchema = idSchema<'SafetyInspection'>();

/**
 * Identifier of a hazard (隐患).
 *
 * @example
 * ```ts
 * const id: HazardId = HazardIdSchema.parse('hz_1');
 * ```
 * @category safety
 * @see §9.1.2
 */
export type HazardId = Id<'Hazard'>;

/**
 * Schema of a {@link HazardId}.
 *
 * @example
 * ```ts
 * HazardIdSchema.safeParse('hz_1').success; // true
 * ```
 * @category safety
 * @see §9.1.2
 */
export const HazardIdSchema = idSchema<'Hazard'>();

/**
 * Identifier of an incident (事故).
 *
 * @example
 * ```ts
 * const id: IncidentId = IncidentIdSchema.parse('inc_1');
 * ```
 * @category safety
 * @see §9.3.1
 */
export type IncidentId = Id<'Incident'>;

/**
 * Schema of an {@link IncidentId}.
 *
 * @example
 * ```ts
 * IncidentIdSchema.safeParse('inc_1').success; // true
 * ```
 * @category safety
 * @see §9.3.1
 */
export const IncidentIdSchema = idSchema<'Incident'>();

/**
 * Identifier of an emergency plan (应急预案).
 *
 * @example
 * ```ts
 * const id: EmergencyPlanId = EmergencyPlanIdSchema.parse('plan_fire');
 * ```
 * @category safety
 * @see §9.3.2
 */
export type EmergencyPlanId = Id<'EmergencyPlan'>;

/**
 * Schema of an {@link EmergencyPlanId}.
 *
 * @example
 * ```ts
 * EmergencyPlanIdSchema.safeParse('plan_fire').success; // true
 * ```
 * @category safety
 * @see §9.3.2
 */
export const EmergencyPlanIdSchema = idSchema<'EmergencyPlan'>();

/**
 * Identifier of an emergency drill (应急演练).
 *
 * @example
 * ```ts
 * const id: DrillId = DrillIdSchema.parse('drl_1');
 * ```
 * @category safety
 * @see §9.3.3
 */
export type DrillId = Id<'Drill'>;

/**
 * Schema of a {@link DrillId}.
 *
 * @example
 * ```ts
 * DrillIdSchema.safeParse('drl_1').success; // true
 * ```
 * @category safety
 * @see §9.3.3
 */
export const DrillIdSchema = idSchema<'Drill'>();

/**
 * Identifier of a reward or penalty record (奖惩记录).
 *
 * @example
 * ```ts
 * const id: SafetyRecordId = SafetyRecordIdSchema.parse('srd_1');
 * ```
 * @category safety
 * @see §9.1.3
 */
export type SafetyRecordId = Id<'SafetyRecord'>;

/**
 * Schema of a {@link SafetyRecordId}.
 *
 * @example
 * ```ts
 * SafetyRecordIdSchema.safeParse('srd_1').success; // true
 * ```
 * @category safety
 * @see §9.1.3
 */
export const SafetyRecordIdSchema = idSchema<'SafetyRecord'>();

/**
 * Identifier of a corrective action (整改措施) inside an incident or a
 * drill finding; unique within its incident or drill.
 *
 * @example
 * ```ts
 * const id: CorrectiveActionId = CorrectiveActionIdSchema.parse('ca_1');
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export type CorrectiveActionId = Id<'CorrectiveAction'>;

/**
 * Schema of a {@link CorrectiveActionId}.
 *
 * @example
 * ```ts
 * CorrectiveActionIdSchema.safeParse('ca_1').success; // true
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export const CorrectiveActionIdSchema = idSchema<'CorrectiveAction'>();
