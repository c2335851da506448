import { delegateRepository, listAllMatching, type Store } from '../shared/index';
import type { ImprovementAction } from './action-schema';
import type { InnovationFund } from './fund-schema';
import type { ImprovementProposal } from './proposal-schema';
import type { ImprovementRepositories } from './repository';

/**
 * The storage collection of each improvement aggregate (kebab-case, as
 * `Store.repository` takes them).
 *
 * @example
 * ```ts
 * store.repository<ImprovementAction>(IMPROVEMENT_COLLECTIONS.actions);
 * ```
 * @category improvement
 * @see §11.1.2
 */
export const IMPROVEMENT_COLLECTIONS = Object.freeze({
  actions: 'improvement-action',
  proposals: 'improvement-proposal',
  funds: 'improvement-innovation-fund',
  triggerClaims: 'improvement-trigger-claim',
} as const);

/**
 * Builds the improvement repository ports on any shared `Store` — the
 * memory adapter, the SQL adapter or a third-party one — using only the
 * generic `list` query, so every adapter that passes the conformance suite
 * works (§11.1.2). Lookups page through all matches.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createImprovementRepositories(createMemoryStore());
 * await repositories.actions.save(action, { expectedVersion: 0, events });
 * ```
 * @category improvement
 * @see §11.1.2
 * @see §12.1.1–§12.1.3
 * @see X-6
 */
export function createImprovementRepositories(store: Store): ImprovementRepositories {
  const actions = store.repository<ImprovementAction>(IMPROVEMENT_COLLECTIONS.actions);
  const proposals = store.repository<ImprovementProposal>(IMPROVEMENT_COLLECTIONS.proposals);
  const funds = store.repository<InnovationFund>(IMPROVEMENT_COLLECTIONS.funds);
  const oldest = { field: 'createdAt', direction: 'asc' } as const;
  const earliestDue = { field: 'dueOn', direction: 'asc' } as const;
  return {
    actions: {
      ...delegateRepository(actions),
      findByTriggerKey: (key) => listAllMatching(actions, { triggerKey: key }, oldest),
      listByStatus: (status) => listAllMatching(actions, { status }, earliestDue),
      listByOwner: (ownerId) =>
        listAllMatching(actions, { ownerId: ownerId as ImprovementAction['ownerId'] }, earliestDue),
    },
    proposals: {
      ...delegateRepository(proposals),
      listByStatus: (status) => listAllMatching(proposals, { status }, oldest),
      listBySubmitter: (employeeId) =>
        listAllMatching(
          proposals,
          { submittedBy: employeeId as ImprovementProposal['submittedBy'] },
          oldest,
        ),
    },
    funds: delegateRepository(funds),
  };
}
