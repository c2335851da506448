import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of a customer (客户): a person or a company / fleet account.
 *
 * @example
 * ```ts
 * const id: CustomerId = CustomerIdSchema.parse('cus_1');
 * ```
 * @category crm
 * @see §7.1.1
 */
export type CustomerId = Id<'Customer'>;

/**
 * Schema of a {@link CustomerId}.
 *
 * @example
 * ```ts
 * CustomerIdSchema.safeParse('cus_1').success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const CustomerIdSchema = idSchema<'Customer'>();

/**
 * Identifier of a customer's vehicle (车辆).
 *
 * @example
 * ```ts
 * const id: VehicleId = VehicleIdSchema.parse('veh_1');
 * ```
 * @category crm
 * @see §7.1.1
 */
export type VehicleId = Id<'Vehicle'>;

/**
 * Schema of a {@link VehicleId}.
 *
 * @example
 * ```ts
 * VehicleIdSchema.safeParse('veh_1').success; // true
 * ```
 * @category crm
 * @see §7.1.1
 */
export const VehicleIdSchema = idSchema<'Vehicle'>();

/**
 * Identifier of one entry of a customer's or vehicle's change history.
 *
 * @example
 * ```ts
 * const id: RevisionId = RevisionIdSchema.parse('rev_1');
 * ```
 * @category crm
 * @see §7.1.3
 */
export type RevisionId = Id<'Revision'>;

/**
 * Schema of a {@link RevisionId}.
 *
 * @example
 * ```ts
 * RevisionIdSchema.safeParse('rev_1').success; // true
 * ```
 * @category crm
 * @see §7.1.3
 */
export const RevisionIdSchema = idSchema<'Revision'>();

/**
 * Identifier of a follow-up call task (回访任务).
 *
 * @example
 * ```ts
 * const id: FollowUpId = FollowUpIdSchema.parse('fu_1');
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type FollowUpId = Id<'FollowUp'>;

/**
 * Schema of a {@link FollowUpId}.
 *
 * @example
 * ```ts
 * FollowUpIdSchema.safeParse('fu_1').success; // true
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export const FollowUpIdSchema = idSchema<'FollowUp'>();

/**
 * Identifier of a satisfaction questionnaire (满意度调查问卷).
 *
 * @example
 * ```ts
 * const id: SurveyId = SurveyIdSchema.parse('svy_1');
 * ```
 * @category crm
 * @see §7.2.2
 */
export type SurveyId = Id<'Survey'>;

/**
 * Schema of a {@link SurveyId}.
 *
 * @example
 * ```ts
 * SurveyIdSchema.safeParse('svy_1').success; // true
 * ```
 * @category crm
 * @see §7.2.2
 */
export const SurveyIdSchema = idSchema<'Survey'>();

/**
 * Identifier of one customer's answers to a questionnaire.
 *
 * @example
 * ```ts
 * const id: SurveyResponseId = SurveyResponseIdSchema.parse('rsp_1');
 * ```
 * @category crm
 * @see §7.2.1
 */
export type SurveyResponseId = Id<'SurveyResponse'>;

/**
 * Schema of a {@link SurveyResponseId}.
 *
 * @example
 * ```ts
 * SurveyResponseIdSchema.safeParse('rsp_1').success; // true
 * ```
 * @category crm
 * @see §7.2.1
 */
export const SurveyResponseIdSchema = idSchema<'SurveyResponse'>();

/**
 * Identifier of an invitation to answer a questionnaire after a delivery.
 *
 * @example
 * ```ts
 * const id: SurveyInvitationId = SurveyInvitationIdSchema.parse('inv_1');
 * ```
 * @category crm
 * @see §3.5(5)
 */
export type SurveyInvitationId = Id<'SurveyInvitation'>;

/**
 * Schema of a {@link SurveyInvitationId}.
 *
 * @example
 * ```ts
 * SurveyInvitationIdSchema.safeParse('inv_1').success; // true
 * ```
 * @category crm
 * @see §3.5(5)
 */
export const SurveyInvitationIdSchema = idSchema<'SurveyInvitation'>();

/**
 * Identifier of a complaint (投诉).
 *
 * @example
 * ```ts
 * const id: ComplaintId = ComplaintIdSchema.parse('cmp_1');
 * ```
 * @category crm
 * @see §7.3.2
 */
export type ComplaintId = Id<'Complaint'>;

/**
 * Schema of a {@link ComplaintId}.
 *
 * @example
 * ```ts
 * ComplaintIdSchema.safeParse('cmp_1').success; // true
 * ```
 * @category crm
 * @see §7.3.2
 */
export const ComplaintIdSchema = idSchema<'Complaint'>();

/**
 * Identifier of a repair order (维修工单) as crm refers to it. crm never
 * imports the repair-order module; the brand matches that module's id.
 *
 * @example
 * ```ts
 * const id: RepairOrderRef = RepairOrderRefSchema.parse('ro_1');
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export type RepairOrderRef = Id<'RepairOrder'>;

/**
 * Schema of a {@link RepairOrderRef}.
 *
 * @example
 * ```ts
 * RepairOrderRefSchema.safeParse('ro_1').success; // true
 * ```
 * @category crm
 * @see §2.2.5(2)
 */
export const RepairOrderRefSchema = idSchema<'RepairOrder'>();
