import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import type {
  EntityBase,
  NotFoundError,
  Page,
  Repository,
  StorageError,
  Store,
  ValidationError,
} from '../shared/index';
import type { LostSale } from './lost-sale-schema';
import type { StockMovement } from './movement-schema';
import type { Part, PartNumber } from './schema';
import type { Stocktake } from './stocktake-schema';

/**
 * The storage collections of the parts module, prefixed so they never clash
 * with another module's names. Movements and lost sales are append-only: save
 * them with `expectedVersion: 0`, so storage itself rejects a second posting
 * of the same idempotency key (their id) with `concurrency_conflict`.
 *
 * @example
 * ```ts
 * store.repository<Part>(PARTS_COLLECTIONS.parts);
 * ```
 * @category parts
 */
export const PARTS_COLLECTIONS = Object.freeze({
  parts: 'parts-part',
  movements: 'parts-stock-movement',
  lostSales: 'parts-lost-sale',
  stocktakes: 'parts-stocktake',
} as const);

/**
 * One page of a listing: up to `limit` items (1–1000, default 1000) after `cursor`.
 *
 * @example
 * ```ts
 * const request: PageRequest = { limit: 500, cursor: previous.nextCursor };
 * ```
 * @category parts
 */
export interface PageRequest {
  readonly limit?: number;
  readonly cursor?: string | null;
}

/**
 * The storage port of catalogue parts.
 *
 * @example
 * ```ts
 * const part = (await repositories.parts.findByPartNumber('90915-YZZE1' as PartNumber))._unsafeUnwrap();
 * ```
 * @category parts
 * @see REG-3
 */
export interface PartRepository extends Repository<Part> {
  /** The part with a number, or `null`. Errors: `storage_failed`, `validation_failed`. */
  findByPartNumber(
    partNumber: PartNumber,
  ): ResultAsync<Part | null, StorageError | ValidationError>;
}

/**
 * The storage port of stock movements (append-only).
 *
 * @example
 * ```ts
 * const page = (await repositories.movements.listByPart('part_1', { limit: 1000 }))._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.2.2
 */
export interface StockMovementRepository extends Repository<StockMovement> {
  /** A part's movements, oldest first. Errors: `storage_failed`, `validation_failed`. */
  listByPart(
    partId: string,
    page?: PageRequest,
  ): ResultAsync<Page<StockMovement>, StorageError | ValidationError>;
}

/**
 * The storage port of lost sales (append-only).
 *
 * @example
 * ```ts
 * await repositories.lostSales.save(lostSale, { expectedVersion: 0, events });
 * ```
 * @category parts
 * @see X-4
 */
export interface LostSaleRepository extends Repository<LostSale> {
  /** A part's lost sales, oldest first. Errors: `storage_failed`, `validation_failed`. */
  listByPart(
    partId: string,
    page?: PageRequest,
  ): ResultAsync<Page<LostSale>, StorageError | ValidationError>;
}

/**
 * The storage port of stocktake sessions.
 *
 * @example
 * ```ts
 * const open = (await repositories.stocktakes.listByStatus('counting'))._unsafeUnwrap();
 * ```
 * @category parts
 * @see §6.2.3
 */
export interface StocktakeRepository extends Repository<Stocktake> {
  /** Sessions in a status, oldest id first. Errors: `storage_failed`, `validation_failed`. */
  listByStatus(
    status: Stocktake['status'],
    page?: PageRequest,
  ): ResultAsync<Page<Stocktake>, StorageError | ValidationError>;
}

/**
 * Every parts repository, built on one store.
 *
 * @example
 * ```ts
 * const { parts, movements, lostSales, stocktakes }: PartsRepositories = createPartsRepositories(store);
 * ```
 * @category parts
 */
export interface PartsRepositories {
  readonly parts: PartRepository;
  readonly movements: StockMovementRepository;
  readonly lostSales: LostSaleRepository;
  readonly stocktakes: StocktakeRepository;
}

function delegate<T extends EntityBase>(repository: Repository<T>): Repository<T> {
  return {
    get: (id) => repository.get(id),
    save: (entity, options) => repository.save(entity, options),
    list: (query) => repository.list(query),
  };
}

function orNull<T>(
  result: ResultAsync<T | undefined, NotFoundError | StorageError | ValidationError>,
): ResultAsync<T | null, StorageError | ValidationError> {
  return result
    .map((value) => value ?? null)
    .orElse((error) => (error.code === 'not_found' ? okAsync(null) : errAsync(error)));
}

/**
 * Builds the parts repository ports on any shared `Store` (memory, SQL or a
 * host's own adapter). The queries use only `list` with equality filters
 * and ordering by `createdAt`, so every adapter that passes the conformance
 * suite supports them.
 *
 * @param store - the storage adapter
 * @example
 * ```ts
 * import { createMemoryStore } from 'aftersales/memory';
 * const repositories = createPartsRepositories(createMemoryStore());
 * ```
 * @category parts
 * @see §11.1.2
 */
export function createPartsRepositories(store: Store): PartsRepositories {
  const parts = store.repository<Part>(PARTS_COLLECTIONS.parts);
  const movements = store.repository<StockMovement>(PARTS_COLLECTIONS.movements);
  const lostSales = store.repository<LostSale>(PARTS_COLLECTIONS.lostSales);
  const stocktakes = store.repository<Stocktake>(PARTS_COLLECTIONS.stocktakes);
  const oldestFirst = { field: 'createdAt', direction: 'asc' } as const;
  return {
    parts: {
      ...delegate(parts),
      findByPartNumber: (partNumber) =>
        orNull(
          parts
            .list({ where: { partNumber: partNumber.toUpperCase() as PartNumber }, limit: 1 })
            .map((page) => page.items[0]),
        ),
    },
    movements: {
      ...delegate(movements),
      listByPart: (partId, page = {}) =>
        movements.list({
          where: { partId: partId as StockMovement['partId'] },
          orderBy: oldestFirst,
          limit: page.limit ?? 1000,
          cursor: page.cursor ?? null,
        }),
    },
    lostSales: {
      ...delegate(lostSales),
      listByPart: (partId, page = {}) =>
        lostSales.list({
          where: { partId: partId as LostSale['partId'] },
          orderBy: oldestFirst,
          limit: page.limit ?? 1000,
          cursor: page.cursor ?? null,
        }),
    },
    stocktakes: {
      ...delegate(stocktakes),
      listByStatus: (status, page = {}) =>
        stocktakes.list({
          where: { status },
          limit: page.limit ?? 1000,
          cursor: page.cursor ?? null,
        }),
    },
  };
}
