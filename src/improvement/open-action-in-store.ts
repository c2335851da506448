import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type {
  EntityBase,
  NotFoundError,
  Repository,
  RepositoryError,
  StorageError,
  Store,
} from '../shared/index';
import type { ImprovementAction } from './action-schema';
import type { ImprovementCreateContext, ImprovementOptions } from './command-context';
import { createImprovementRepositories, IMPROVEMENT_COLLECTIONS } from './create-repositories';
import { type OpenActionError, type OpenActionInput, openAction } from './open-action';
import type { ImprovementLookupError } from './repository';
import type { ImprovementTrigger } from './trigger';
import { parseImprovementTrigger, triggerKey } from './trigger-schema';

/**
 * The record that one trigger has an action: stored under an id derived
 * from the trigger key, so two hosts opening an action for the same trigger
 * at the same time cannot both commit.
 *
 * @example
 * ```ts
 * const claim: TriggerClaim = { id: 'complaint:complaint_closed:0f3a…', version: 1, createdAt: at, updatedAt: at, triggerKey: 'complaint|cmp_1|complaint_closed', actionId: 'ia_1' };
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see X-6
 */
export interface TriggerClaim extends EntityBase {
  readonly triggerKey: string;
  readonly actionId: string;
}

// FNV-1a over UTF-16 code units, twice with different offset bases: 64 bits,
// enough that two source ids of one source and reason practically never meet.
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The id of the {@link TriggerClaim} of a trigger: source, reason and a
 * 64-bit hash of the source id (source ids may hold characters ids may not).
 *
 * @example
 * ```ts
 * triggerClaimId(trigger); // 'complaint:complaint_closed:5c0e1f2a9b3d4e6f'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 */
export function triggerClaimId(
  trigger: Pick<ImprovementTrigger, 'source' | 'sourceId' | 'reason'>,
): string {
  const text = trigger.sourceId;
  return `${trigger.source}:${trigger.reason}:${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

function loadClaim(
  claims: Repository<TriggerClaim>,
  id: string,
): ResultAsync<TriggerClaim | null, StorageError> {
  return claims
    .get(id as TriggerClaim['id'])
    .map((claim): TriggerClaim | null => claim)
    .orElse((error: NotFoundError | StorageError) =>
      error.code === 'not_found' ? okAsync(null) : errAsync(error),
    );
}

/**
 * Opens an action against a store (a thin service around
 * {@link openAction}): looks up the actions already opened for the
 * trigger, opens the new one, and commits it with its event and the
 * trigger's {@link TriggerClaim} in one unit of work. If another writer
 * opened an action for the same trigger in between, the commit fails with
 * `concurrency_conflict` and nothing is written; a retry then finds that
 * action and returns `duplicate_improvement_trigger`. A manual preventive
 * action (no trigger) is simply saved.
 *
 * @returns the stored action, or every error of {@link openAction},
 * `concurrency_conflict`, `storage_failed`, `validation_failed`
 * @example
 * ```ts
 * const opened = await openActionInStore(store, { trigger, ownerId: 'emp_ws' }, { id: ids.next('ia'), at, actor });
 * opened._unsafeUnwrap().status; // 'open'
 * ```
 * @category improvement
 * @see §12.1.1–§12.1.3
 * @see X-6
 */
export function openActionInStore(
  store: Store,
  input: OpenActionInput,
  context: ImprovementCreateContext,
  options: ImprovementOptions = {},
): ResultAsync<ImprovementAction, OpenActionError | RepositoryError | ImprovementLookupError> {
  const actions = IMPROVEMENT_COLLECTIONS.actions;
  if (input.trigger == null) {
    const opened = openAction(input, context, options);
    if (opened.isErr()) return errAsync(opened.error);
    const { action, events } = opened.value;
    return store
      .repository<ImprovementAction>(actions)
      .save(action, { expectedVersion: 0, events });
  }
  const parsed = parseImprovementTrigger(input.trigger);
  if (parsed.isErr()) return errAsync(parsed.error);
  const trigger = parsed.value;
  const claimId = triggerClaimId(trigger);
  const claims = store.repository<TriggerClaim>(IMPROVEMENT_COLLECTIONS.triggerClaims);
  return createImprovementRepositories(store)
    .actions.findByTriggerKey(triggerKey(trigger))
    .andThen((existing) => loadClaim(claims, claimId).map((claim) => ({ existing, claim })))
    .andThen(({ existing, claim }) => {
      const opened = openAction({ ...input, trigger }, context, { ...options, existing });
      if (opened.isErr()) return errAsync(opened.error);
      const { action, events } = opened.value;
      const entity: TriggerClaim = {
        id: claimId as TriggerClaim['id'],
        version: claim?.version ?? 0,
        createdAt: claim?.createdAt ?? action.createdAt,
        updatedAt: action.createdAt,
        triggerKey: triggerKey(trigger),
        actionId: action.id,
      };
      return store.unitOfWork
        .commit([
          {
            collection: IMPROVEMENT_COLLECTIONS.triggerClaims,
            entity,
            expectedVersion: claim?.version ?? 0,
          },
          { collection: actions, entity: action, expectedVersion: 0, events },
        ])
        .map((stored) => stored[1] as ImprovementAction);
    });
}
