import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import type { Actor, CapabilityMap } from '../org/index';
import {
  type ForbiddenError,
  type Instant,
  parseWith,
  type ValidationError,
} from '../shared/index';
import { permit } from './command-context';
import { type ImprovementInvalidTransitionError, invalidImprovementTransition } from './errors';
import {
  type ImprovementEvent,
  type ImprovementEventPayloads,
  type ImprovementEventType,
  improvementEvent,
} from './events';
import {
  type ProposalCommand,
  type ProposalCommandOf,
  ProposalCommandSchema,
} from './proposal-commands';
import {
  type ProposalEvaluatorIsSubmitterError,
  proposalEvaluatorIsSubmitter,
} from './proposal-errors';
import type { ImprovementProposal } from './proposal-schema';

/**
 * The proposal after a command and the events it caused.
 *
 * @example
 * ```ts
 * const { proposal, events }: ProposalTransition = transitionProposal(p, command)._unsafeUnwrap();
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export interface ProposalTransition {
  readonly proposal: ImprovementProposal;
  readonly events: readonly ImprovementEvent[];
}

/**
 * Every error {@link transitionProposal} can return.
 *
 * @example
 * ```ts
 * function explain(error: ProposalTransitionError) { return error.code; }
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export type ProposalTransitionError =
  | ValidationError
  | ForbiddenError
  | ImprovementInvalidTransitionError
  | ProposalEvaluatorIsSubmitterError;

type Outcome = Result<ProposalTransition, ProposalTransitionError>;

function done(
  proposal: ImprovementProposal,
  at: Instant,
  patch: Partial<ImprovementProposal>,
  event: ImprovementEvent,
): Outcome {
  return ok({ proposal: { ...proposal, ...patch, updatedAt: at }, events: [event] });
}

function event<K extends ImprovementEventType>(
  type: K,
  proposal: ImprovementProposal,
  at: Instant,
  payload: ImprovementEventPayloads[K],
): ImprovementEvent {
  return improvementEvent(type, 'improvement-proposal', proposal.id, at, payload);
}

/**
 * `improvement-proposal.evaluate`, and never on one's own proposal.
 * Internal to improvement.
 *
 * @example
 * ```ts
 * permitEvaluator(proposal, actor, undefined).isOk();
 * ```
 * @internal
 * @category improvement
 */
export function permitEvaluator(
  proposal: ImprovementProposal,
  actor: Actor,
  map: CapabilityMap | undefined,
): Result<Actor, ForbiddenError | ProposalEvaluatorIsSubmitterError> {
  return permit(actor, 'improvement-proposal.evaluate', map).andThen((allowed) =>
    allowed.id === proposal.submittedBy
      ? err(proposalEvaluatorIsSubmitter(proposal.id, allowed.id))
      : ok(allowed),
  );
}

function accept(proposal: ImprovementProposal, c: ProposalCommandOf<'accept'>): Outcome {
  const { benefit, feasibility, novelty } = c.scores;
  const totalScore = benefit + feasibility + novelty;
  const evaluation = {
    scores: c.scores,
    totalScore,
    estimatedAnnualSaving: c.estimatedAnnualSaving ?? null,
    note: c.note ?? null,
    at: c.at,
    by: c.actor.id,
  };
  return done(
    proposal,
    c.at,
    { status: 'accepted', evaluation },
    event('improvement.proposal-accepted', proposal, c.at, {
      proposalId: proposal.id,
      benefit,
      totalScore,
      evaluatorId: c.actor.id,
    }),
  );
}

function reject(proposal: ImprovementProposal, c: ProposalCommandOf<'reject'>): Outcome {
  const scores = c.scores;
  const evaluation =
    scores === undefined
      ? null
      : {
          scores,
          totalScore: scores.benefit + scores.feasibility + scores.novelty,
          estimatedAnnualSaving: null,
          note: null,
          at: c.at,
          by: c.actor.id,
        };
  const rejection = { reason: c.reason, note: c.note ?? null, at: c.at, by: c.actor.id };
  return done(
    proposal,
    c.at,
    { status: 'rejected', evaluation, rejection },
    event('improvement.proposal-rejected', proposal, c.at, {
      proposalId: proposal.id,
      reason: c.reason,
      evaluatorId: c.actor.id,
    }),
  );
}

/**
 * Applies one command to an improvement proposal (合理化建议, §12.2):
 * `submitted` → `under-evaluation` → `accepted` (scored: benefit,
 * feasibility, novelty) or `rejected` (with a reason code); an accepted
 * proposal → `implemented`. Every step needs
 * `improvement-proposal.evaluate`, and nobody evaluates, accepts or rejects
 * their own proposal. The award that follows implementation moves money
 * from the innovation fund: `awardProposal`. Any other combination of
 * status and command is `invalid_transition`.
 *
 * @returns the new proposal and its event, or `validation_failed`,
 * `forbidden`, `proposal_evaluator_is_submitter`, `invalid_transition`
 * @example
 * ```ts
 * const accepted = transitionProposal(underEvaluation, {
 *   type: 'accept', at, actor: serviceManager, scores: { benefit: 4, feasibility: 5, novelty: 3 },
 * });
 * accepted._unsafeUnwrap().proposal.status; // 'accepted'
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export function transitionProposal(
  proposal: ImprovementProposal,
  command: ProposalCommand,
  options: { readonly capabilityMap?: CapabilityMap } = {},
): Result<ProposalTransition, ProposalTransitionError> {
  return parseWith(ProposalCommandSchema, command, '§12.2.1–§12.2.3').andThen((cmd) =>
    match([proposal.status, cmd] as const)
      .with(['submitted', { type: 'start-evaluation' }], ([, c]) =>
        permitEvaluator(proposal, c.actor, options.capabilityMap).andThen(() =>
          done(
            proposal,
            c.at,
            { status: 'under-evaluation', evaluatorId: c.actor.id, evaluationStartedAt: c.at },
            event('improvement.proposal-evaluation-started', proposal, c.at, {
              proposalId: proposal.id,
              evaluatorId: c.actor.id,
            }),
          ),
        ),
      )
      .with(['under-evaluation', { type: 'accept' }], ([, c]) =>
        permitEvaluator(proposal, c.actor, options.capabilityMap).andThen(() =>
          accept(proposal, c),
        ),
      )
      .with(['under-evaluation', { type: 'reject' }], ([, c]) =>
        permitEvaluator(proposal, c.actor, options.capabilityMap).andThen(() =>
          reject(proposal, c),
        ),
      )
      .with(['accepted', { type: 'record-implementation' }], ([, c]) =>
        permit(c.actor, 'improvement-proposal.evaluate', options.capabilityMap).andThen(() => {
          const actionId = c.actionId ?? null;
          const implementation = { summary: c.summary, actionId, at: c.at, by: c.actor.id };
          return done(
            proposal,
            c.at,
            { status: 'implemented', implementation },
            event('improvement.proposal-implemented', proposal, c.at, {
              proposalId: proposal.id,
              actionId,
              actorId: c.actor.id,
            }),
          );
        }),
      )
      .otherwise(([status, c]) =>
        err(invalidImprovementTransition('improvement-proposal', proposal.id, status, c.type)),
      ),
  );
}
