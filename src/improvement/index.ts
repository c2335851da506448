/**
 * `aftersales/improvement`: continuous improvement (持续改进, §12). Corrective
 * and preventive actions opened from any module's {@link ImprovementTrigger}
 * (a complaint, a weak survey dimension, a failed inspection, an incident, a
 * drill finding, a KPI below target…), one action per trigger, with root
 * cause, owner, due date and a verification of effectiveness by someone
 * other than the owner (§12.1); improvement proposals (合理化建议) from any
 * employee, evaluated and awarded from an innovation fund that never goes
 * negative (§12.2).
 *
 * @example
 * ```ts
 * import { improvementFromComplaint } from 'aftersales/crm';
 * import { openAction, transitionAction } from 'aftersales/improvement';
 *
 * const trigger = improvementFromComplaint(closedComplaint);
 * const { action } = openAction({ trigger, ownerId }, { id, at, actor: manager })._unsafeUnwrap();
 * ```
 * @packageDocumentation
 * @module improvement
 */

export type { ActionCommand } from './action-commands';
export { ActionCommandSchema } from './action-commands';
export type {
  ActionVerifierIsOwnerError,
  DueDateBeforeOpeningError,
  DuplicateImprovementTriggerError,
  ImprovementTriggerRequiredError,
} from './action-errors';
export {
  actionVerifierIsOwner,
  dueDateBeforeOpening,
  duplicateImprovementTrigger,
  improvementTriggerRequired,
} from './action-errors';
export type { ActionTransition, ActionTransitionError } from './action-machine';
export { transitionAction } from './action-machine';
export type {
  ActionMetrics,
  ActionMetricsOptions,
  OverdueAction,
  SourceCounts,
} from './action-metrics';
export {
  ActionMetricsOptionsSchema,
  computeActionMetrics,
  findOverdueActions,
  isActionOverdue,
} from './action-metrics';
export type { ActionKind, ActionSource, ActionStatus, ImprovementAction } from './action-schema';
export {
  ACTION_SOURCES,
  ACTION_STATUSES,
  ActionKindSchema,
  ActionSourceSchema,
  ActionStatusSchema,
  CancelReasonSchema,
  ImprovementActionSchema,
  parseImprovementAction,
  RootCauseCategorySchema,
  RootCauseSchema,
  VerificationSchema,
} from './action-schema';
export type { AwardCommand, AwardProposalError, ProposalAwarded } from './award-proposal';
export { AwardCommandSchema, awardProposal } from './award-proposal';
export type { ImprovementCreateContext, ImprovementOptions } from './command-context';
export type { ImprovementConfig } from './config';
export {
  defaultImprovementConfig,
  ImprovementConfigSchema,
  parseImprovementConfig,
} from './config';
export { createImprovementRepositories, IMPROVEMENT_COLLECTIONS } from './create-repositories';
export type { ImprovementError, ImprovementInvalidTransitionError } from './errors';
export { invalidImprovementTransition } from './errors';
export type {
  ImprovementAggregateType,
  ImprovementEvent,
  ImprovementEventPayloads,
  ImprovementEventType,
} from './events';
export type { InnovationFund } from './fund-schema';
export { InnovationFundSchema, parseInnovationFund } from './fund-schema';
export type { ImprovementActionId, ImprovementProposalId, InnovationFundId } from './ids';
export {
  ImprovementActionIdSchema,
  ImprovementProposalIdSchema,
  InnovationFundIdSchema,
} from './ids';
export type { FundChanged, FundContribution } from './innovation-fund';
export { contributeToFund, FundContributionSchema, openInnovationFund } from './innovation-fund';
export { improvementMessages } from './messages';
export type {
  ActionOpened,
  OpenActionError,
  OpenActionInput,
  OpenActionOptions,
} from './open-action';
export { findActionForTrigger, OpenActionInputSchema, openAction } from './open-action';
export type { TriggerClaim } from './open-action-in-store';
export { openActionInStore, triggerClaimId } from './open-action-in-store';
export type { ProposalCommand } from './proposal-commands';
export { ProposalCommandSchema } from './proposal-commands';
export type {
  AwardAboveCapError,
  ImprovementAmountNotPositiveError,
  InnovationFundInsufficientError,
  ProposalEvaluatorIsSubmitterError,
} from './proposal-errors';
export {
  awardAboveCap,
  improvementAmountNotPositive,
  innovationFundInsufficient,
  proposalEvaluatorIsSubmitter,
} from './proposal-errors';
export type { ProposalTransition, ProposalTransitionError } from './proposal-machine';
export { transitionProposal } from './proposal-machine';
export type {
  ImprovementProposal,
  ProposalArea,
  ProposalScores,
  ProposalStatus,
} from './proposal-schema';
export {
  ImprovementProposalSchema,
  PROPOSAL_STATUSES,
  ProposalAreaSchema,
  ProposalScoresSchema,
  ProposalStatusSchema,
  parseImprovementProposal,
  RejectionReasonSchema,
} from './proposal-schema';
export type {
  ImprovementActionRepository,
  ImprovementLookupError,
  ImprovementProposalRepository,
  ImprovementRepositories,
} from './repository';
export type { ProposalInput, ProposalSubmitted } from './submit-proposal';
export { ProposalInputSchema, submitProposal } from './submit-proposal';
export type { ImprovementSource, ImprovementTrigger } from './trigger';
export { IMPROVEMENT_SOURCES } from './trigger';
export { triggerFromProposal } from './trigger-from-proposal';
export {
  ImprovementSourceSchema,
  ImprovementTriggerSchema,
  parseImprovementTrigger,
  triggerKey,
} from './trigger-schema';
