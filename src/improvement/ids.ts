import { type Id, idSchema } from '../shared/index';

/**
 * Identifier of a corrective or preventive action (纠正和预防措施) in the register.
 *
 * @example
 * ```ts
 * const id: ImprovementActionId = ImprovementActionIdSchema.parse('ia_1');
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export type ImprovementActionId = Id<'ImprovementAction'>;

/**
 * Schema of an {@link ImprovementActionId}.
 *
 * @example
 * ```ts
 * ImprovementActionIdSchema.safeParse('ia_1').success; // true
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export const ImprovementActionIdSchema = idSchema<'ImprovementAction'>();

/**
 * Identifier of an employee's improvement proposal (合理化建议).
 *
 * @example
 * ```ts
 * const id: ImprovementProposalId = ImprovementProposalIdSchema.parse('ip_1');
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ImprovementProposalId = Id<'ImprovementProposal'>;

/**
 * Schema of an {@link ImprovementProposalId}.
 *
 * @example
 * ```ts
 * ImprovementProposalIdSchema.safeParse('ip_1').success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const ImprovementProposalIdSchema = idSchema<'ImprovementProposal'>();

/**
 * Identifier of an innovation fund (创新基金).
 *
 * @example
 * ```ts
 * const id: InnovationFundId = InnovationFundIdSchema.parse('fund_2027');
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type InnovationFundId = Id<'InnovationFund'>;

/**
 * Schema of an {@link InnovationFundId}.
 *
 * @example
 * ```ts
 * InnovationFundIdSchema.safeParse('fund_2027').success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const InnovationFundIdSchema = idSchema<'InnovationFund'>();
