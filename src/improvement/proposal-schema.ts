import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { EmployeeIdSchema } from '../org/index';
import {
  entityBaseShape,
  InstantSchema,
  MoneySchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import {
  ImprovementActionIdSchema,
  ImprovementProposalIdSchema,
  InnovationFundIdSchema,
} from './ids';
import { boundedText, MAX_FREE_TEXT, MAX_TITLE } from './text';

/**
 * What a proposal improves: product (repair) quality (§12.1.1), service
 * (§12.1.2), management (§12.1.3), safety, environment and energy, cost, or
 * technology and tooling (技术革新).
 *
 * @example
 * ```ts
 * ProposalAreaSchema.safeParse('service').success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const ProposalAreaSchema = z.enum([
  'product-quality',
  'service',
  'management',
  'safety',
  'environment',
  'cost',
  'technology',
]);

/**
 * A proposal's area.
 *
 * @example
 * ```ts
 * const area: ProposalArea = 'technology';
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ProposalArea = z.infer<typeof ProposalAreaSchema>;

/**
 * The proposal lifecycle: `submitted` → `under-evaluation` → `accepted` or
 * `rejected` (with a reason); an accepted proposal → `implemented` →
 * `awarded` (paid from the innovation fund).
 *
 * @example
 * ```ts
 * PROPOSAL_STATUSES.at(-1); // 'awarded'
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const PROPOSAL_STATUSES = [
  'submitted',
  'under-evaluation',
  'accepted',
  'rejected',
  'implemented',
  'awarded',
] as const;

/**
 * Schema of a {@link ProposalStatus}.
 *
 * @example
 * ```ts
 * ProposalStatusSchema.safeParse('accepted').success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const ProposalStatusSchema = z.enum(PROPOSAL_STATUSES);

/**
 * A proposal's status.
 *
 * @example
 * ```ts
 * const status: ProposalStatus = 'under-evaluation';
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/**
 * Schema of the evaluation scores (评分), each an integer 1–5: `benefit`
 * (效益: what it saves or improves), `feasibility` (可行性) and `novelty` (创新性).
 *
 * @example
 * ```ts
 * ProposalScoresSchema.safeParse({ benefit: 4, feasibility: 5, novelty: 3 }).success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const ProposalScoresSchema = z.strictObject({
  benefit: z.int().check(z.gte(1), z.lte(5)),
  feasibility: z.int().check(z.gte(1), z.lte(5)),
  novelty: z.int().check(z.gte(1), z.lte(5)),
});

/**
 * Evaluation scores.
 *
 * @example
 * ```ts
 * const scores: ProposalScores = { benefit: 4, feasibility: 5, novelty: 3 };
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ProposalScores = z.infer<typeof ProposalScoresSchema>;

/**
 * Why a proposal was rejected, as a code (the note explains): not feasible,
 * too little benefit, already in place, a duplicate of another proposal,
 * outside the dealer's remit, or other.
 *
 * @example
 * ```ts
 * RejectionReasonSchema.safeParse('insufficient-benefit').success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const RejectionReasonSchema = z.enum([
  'not-feasible',
  'insufficient-benefit',
  'already-in-place',
  'duplicate',
  'out-of-scope',
  'other',
]);

const EvaluationSchema = z.object({
  scores: ProposalScoresSchema,
  /** benefit + feasibility + novelty, 3–15. */
  totalScore: z.int().check(z.gte(3), z.lte(15)),
  estimatedAnnualSaving: z.nullable(MoneySchema),
  note: z.nullable(boundedText(MAX_TITLE)),
  at: InstantSchema,
  by: EmployeeIdSchema,
});

/**
 * Schema of an improvement proposal (合理化建议) from any employee: title,
 * description, area, the submitter and instant, the evaluator, the
 * evaluation (scores, estimated saving), the rejection (reason code and
 * note), the implementation (optionally through a registered action) and
 * the award paid from the innovation fund (创新基金).
 *
 * Not to be confused with crm's `ImprovementProposal`, which is an
 * {@link ImprovementTrigger} produced from customer feedback.
 *
 * @example
 * ```ts
 * parseImprovementProposal(JSON.parse(row)).isOk();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const ImprovementProposalSchema = z.object({
  ...entityBaseShape,
  id: ImprovementProposalIdSchema,
  title: boundedText(MAX_TITLE),
  description: boundedText(MAX_FREE_TEXT),
  area: ProposalAreaSchema,
  status: ProposalStatusSchema,
  submittedBy: EmployeeIdSchema,
  submittedAt: InstantSchema,
  evaluatorId: z.nullable(EmployeeIdSchema),
  evaluationStartedAt: z.nullable(InstantSchema),
  evaluation: z.nullable(EvaluationSchema),
  rejection: z.nullable(
    z.object({
      reason: RejectionReasonSchema,
      note: z.nullable(boundedText(MAX_TITLE)),
      at: InstantSchema,
      by: EmployeeIdSchema,
    }),
  ),
  implementation: z.nullable(
    z.object({
      summary: boundedText(MAX_FREE_TEXT),
      actionId: z.nullable(ImprovementActionIdSchema),
      at: InstantSchema,
      by: EmployeeIdSchema,
    }),
  ),
  award: z.nullable(
    z.object({
      fundId: InnovationFundIdSchema,
      amount: MoneySchema,
      at: InstantSchema,
      by: EmployeeIdSchema,
    }),
  ),
});

/**
 * An employee's improvement proposal.
 *
 * @example
 * ```ts
 * const proposal: ImprovementProposal = submitProposal(input, context)._unsafeUnwrap().proposal;
 * proposal.status; // 'submitted'
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ImprovementProposal = z.infer<typeof ImprovementProposalSchema>;

/**
 * Parses a stored proposal at the boundary. Never throws.
 *
 * @returns the proposal, or `validation_failed`
 * @example
 * ```ts
 * parseImprovementProposal({}).isErr(); // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function parseImprovementProposal(
  input: unknown,
): Result<ImprovementProposal, ValidationError> {
  return parseWith(ImprovementProposalSchema, input, '§12.2.1–§12.2.3');
}
