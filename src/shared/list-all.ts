import { okAsync, type ResultAsync } from 'neverthrow';
import type { EntityBase } from './entity';
import type { StorageError, ValidationError } from './errors';
import { type ListQuery, MAX_PAGE_SIZE } from './list-query';
import type { Repository } from './repository';

/**
 * Every entity matching `where`, in `orderBy` order, read page by page
 * through the generic `list` query, so a lookup port (`listByStatus`,
 * `findByVin`…) works on every adapter that passes the conformance suite.
 *
 * @example
 * ```ts
 * const open = await listAllMatching(store.repository<Complaint>('crm-complaint'), { status: 'received' });
 * ```
 * @returns the entities, or the adapter's `storage_failed` / `validation_failed`
 * @category shared
 * @see §11.1.2
 */
export function listAllMatching<T extends EntityBase>(
  repository: Pick<Repository<T>, 'list'>,
  where: ListQuery<T>['where'],
  orderBy?: ListQuery<T>['orderBy'],
): ResultAsync<readonly T[], StorageError | ValidationError> {
  const next = (
    cursor: string | null,
    found: readonly T[],
  ): ResultAsync<readonly T[], StorageError | ValidationError> =>
    repository
      .list({ where, ...(orderBy === undefined ? {} : { orderBy }), limit: MAX_PAGE_SIZE, cursor })
      .andThen((page) => {
        const all = [...found, ...page.items];
        return page.nextCursor === null ? okAsync(all) : next(page.nextCursor, all);
      });
  return next(null, []);
}

/**
 * The three generic methods of a repository as own properties, ready to be
 * spread into a module's richer port (`{ ...delegateRepository(r), listByStatus }`):
 * spreading the adapter's object itself would lose methods an adapter keeps
 * on a prototype.
 *
 * @example
 * ```ts
 * const lots = { ...delegateRepository(store.repository<WasteLot>('environment-waste-lot')) };
 * ```
 * @category shared
 * @see §11.1.2
 */
export function delegateRepository<T extends EntityBase>(repository: Repository<T>): Repository<T> {
  return {
    get: (id) => repository.get(id),
    save: (entity, options) => repository.save(entity, options),
    list: (query) => repository.list(query),
  };
}
