import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { ActorSchema } from '../org/index';
import {
  type ForbiddenError,
  InstantSchema,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { type ImprovementCreateContext, permit } from './command-context';
import { type ImprovementEvent, improvementEvent } from './events';
import { ImprovementProposalIdSchema } from './ids';
import { type ImprovementProposal, ProposalAreaSchema } from './proposal-schema';
import { boundedText, MAX_FREE_TEXT, MAX_TITLE } from './text';

const CLAUSE = '§12.2.1–§12.2.3';

/**
 * Schema of the input that submits a proposal: title, description and area.
 *
 * @example
 * ```ts
 * ProposalInputSchema.safeParse({ title: '预约客户提前备料', description: '…', area: 'service' }).success; // true
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export const ProposalInputSchema = z.strictObject({
  title: boundedText(MAX_TITLE),
  description: boundedText(MAX_FREE_TEXT),
  area: ProposalAreaSchema,
});

/**
 * Input that submits a proposal (before parsing).
 *
 * @example
 * ```ts
 * const input: ProposalInput = { title: '轮胎架改为分层', description: '减少找胎时间', area: 'cost' };
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ProposalInput = z.input<typeof ProposalInputSchema>;

/**
 * A submitted proposal and its `improvement.proposal-submitted` event.
 *
 * @example
 * ```ts
 * const { proposal, events }: ProposalSubmitted = submitProposal(input, context)._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export interface ProposalSubmitted {
  readonly proposal: ImprovementProposal;
  readonly events: readonly ImprovementEvent[];
}

const ContextSchema = z.object({
  id: ImprovementProposalIdSchema,
  at: InstantSchema,
  actor: ActorSchema,
});

/**
 * Submits an improvement proposal (合理化建议, §12.2.3 turning staff ideas
 * into results). Any employee may: the manual's map gives every role
 * `improvement-proposal.submit`. The actor is the submitter.
 *
 * @returns the proposal (status `submitted`, version 0) and its event, or
 * `validation_failed`, `forbidden`
 * @example
 * ```ts
 * const { proposal } = submitProposal(
 *   { title: '预约客户提前备料', description: '预约确认后由配件部提前拣货', area: 'service' },
 *   { id: ids.next('ip'), at: clock.now(), actor: technician },
 * )._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function submitProposal(
  input: ProposalInput,
  context: ImprovementCreateContext,
): Result<ProposalSubmitted, ValidationError | ForbiddenError> {
  return parseWith(ContextSchema, context, CLAUSE).andThen(({ id, at, actor }) =>
    parseWith(ProposalInputSchema, input, CLAUSE).andThen((parsed) =>
      permit(actor, 'improvement-proposal.submit', context.capabilityMap).map(() => {
        const proposal: ImprovementProposal = {
          id,
          version: 0,
          createdAt: at,
          updatedAt: at,
          ...parsed,
          status: 'submitted',
          submittedBy: actor.id,
          submittedAt: at,
          evaluatorId: null,
          evaluationStartedAt: null,
          evaluation: null,
          rejection: null,
          implementation: null,
          award: null,
        };
        const event = improvementEvent(
          'improvement.proposal-submitted',
          'improvement-proposal',
          id,
          at,
          { proposalId: id, area: parsed.area, submitterId: actor.id },
        );
        return { proposal, events: [event] };
      }),
    ),
  );
}
