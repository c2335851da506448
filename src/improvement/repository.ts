import type { ResultAsync } from 'neverthrow';
import type { Repository, StorageError, ValidationError } from '../shared/index';
import type { ActionStatus, ImprovementAction } from './action-schema';
import type { InnovationFund } from './fund-schema';
import type { ImprovementProposal, ProposalStatus } from './proposal-schema';

/**
 * Errors of the lookup queries of the improvement repositories.
 *
 * @example
 * ```ts
 * function report(error: ImprovementLookupError) { return error.code; } // 'storage_failed' | 'validation_failed'
 * ```
 * @category improvement
 * @see §11.1.2
 */
export type ImprovementLookupError = StorageError | ValidationError;

/**
 * Storage port of the action register, with the lookups the duplicate
 * check, the owner's worklist and the overdue report need.
 *
 * @example
 * ```ts
 * const existing = await repositories.actions.findByTriggerKey(triggerKey(trigger));
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export interface ImprovementActionRepository extends Repository<ImprovementAction> {
  /** Every action opened for this trigger key (normally at most one), oldest first. */
  findByTriggerKey(key: string): ResultAsync<readonly ImprovementAction[], ImprovementLookupError>;
  /** Every action in a status, earliest due first. */
  listByStatus(
    status: ActionStatus,
  ): ResultAsync<readonly ImprovementAction[], ImprovementLookupError>;
  /** Every action an employee owns, earliest due first. */
  listByOwner(ownerId: string): ResultAsync<readonly ImprovementAction[], ImprovementLookupError>;
}

/**
 * Storage port of improvement proposals.
 *
 * @example
 * ```ts
 * const queue = await repositories.proposals.listByStatus('submitted');
 * ```
 * @category improvement
 * @see §12.2.1–§12.2.3
 */
export interface ImprovementProposalRepository extends Repository<ImprovementProposal> {
  /** Every proposal in a status, oldest first. */
  listByStatus(
    status: ProposalStatus,
  ): ResultAsync<readonly ImprovementProposal[], ImprovementLookupError>;
  /** Every proposal an employee submitted, oldest first. */
  listBySubmitter(
    employeeId: string,
  ): ResultAsync<readonly ImprovementProposal[], ImprovementLookupError>;
}

/**
 * All of the improvement module's repositories, as
 * {@link createImprovementRepositories} builds them.
 *
 * @example
 * ```ts
 * const { actions, proposals, funds }: ImprovementRepositories = createImprovementRepositories(store);
 * ```
 * @category improvement
 * @see §11.1.2
 */
export interface ImprovementRepositories {
  readonly actions: ImprovementActionRepository;
  readonly proposals: ImprovementProposalRepository;
  readonly funds: Repository<InnovationFund>;
}
