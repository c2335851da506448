import { type Expression, type SqlBool, sql } from 'kysely';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import {
  encodeCursor,
  type Ordering,
  type Position,
  pageStart,
  readScalar,
} from '../_lib/list-cursor';
import {
  type EntityBase,
  type Page,
  parseListQuery,
  type StorageError,
  type ValidationError,
  validationError,
} from '../shared/index';
import { runOperation, type SqlContext } from './context';
import { listFilters } from './list-filters';
import { queryScalar } from './query-document';
import { fieldColumns, keyExpressions, keyParameters, scalarKey } from './scalar-key';

const CURSOR_TAG = 's1';

function invalid(path: string, reason: string, detail: string): ValidationError {
  return validationError([{ path, reason, detail }]);
}

interface ListRow {
  readonly id: string;
  readonly body: string;
  readonly bad: unknown;
}

/** Rows matching the filters, after `after`, in list order; non-scalar order values first. */
async function selectRows(
  context: SqlContext,
  collection: string,
  where: Parameters<typeof listFilters>[1],
  ordering: Ordering,
  after: Position | undefined,
  limit: number,
): Promise<readonly ListRow[]> {
  const { dialect } = context;
  const byId = ordering.field === 'id';
  const columns = fieldColumns(dialect, ordering.field);
  let inner = context.db
    .selectFrom('aftersales_entities')
    .select(['id', 'body', columns.t.as('t'), columns.v.as('v')])
    .where('collection', '=', collection);
  for (const filter of listFilters(dialect, where)) inner = inner.where(filter);
  const key = keyExpressions(dialect);
  const direction = ordering.direction === 'asc' ? sql`asc` : sql`desc`;
  const comparison = ordering.direction === 'asc' ? sql`>` : sql`<`;
  let query = context.db
    .selectFrom(inner.as('k'))
    .select(['k.id', 'k.body', (byId ? sql<SqlBool>`(1 = 0)` : key.bad).as('bad')])
    .limit(limit + 1);
  if (after !== undefined) {
    const id = sql`cast(${after[1]} as text)`;
    // PostgreSQL compares the query copy, whose strings were made storable; so must the cursor.
    const value = dialect === 'postgres' ? queryScalar(after[0]) : after[0];
    const cursor = keyParameters(dialect, scalarKey(value));
    const later: Expression<SqlBool> = byId
      ? sql<SqlBool>`k.id ${comparison} ${id}`
      : sql<SqlBool>`(${key.bad} or (${key.rank}, ${key.num}, ${key.str}, k.id) ${comparison} (${cursor.rank}, ${cursor.num}, ${cursor.str}, ${id}))`;
    query = query.where(later);
  }
  if (!byId) {
    query = query
      .orderBy(sql`${key.bad} desc`)
      .orderBy(sql`${key.rank} ${direction}`)
      .orderBy(sql`${key.num} ${direction}`)
      .orderBy(sql`${key.str} ${direction}`);
  }
  return query.orderBy(sql`k.id ${direction}`).execute();
}

function toPage<T extends EntityBase>(
  rows: readonly ListRow[],
  ordering: Ordering,
  limit: number,
): Result<Page<T>, ValidationError> {
  if (rows.some((row) => row.bad === true || Number(row.bad) === 1)) {
    return err(
      invalid('orderBy.field', 'field_not_scalar', 'the order field holds objects or arrays'),
    );
  }
  const items = rows.slice(0, limit).map((row) => JSON.parse(row.body) as T);
  const last = items.at(-1);
  if (rows.length <= limit || last === undefined) return ok({ items, nextCursor: null });
  const value = readScalar(last as Readonly<Record<string, unknown>>, ordering.field) ?? null;
  return ok({ items, nextCursor: encodeCursor(CURSOR_TAG, ordering, [value, last.id]) });
}

/**
 * One page of a collection with exactly the `ListQuery` semantics of the
 * reference memory store: the query is parsed with `parseListQuery`, filters
 * compare JSON types strictly, the order is total (order value by kind —
 * null/absent, booleans, numbers, strings by code point — then id), and the
 * cursor is a keyset position, so pages neither overlap nor skip.
 * One parameterised SQL statement per page.
 */
export function listEntities<T extends EntityBase>(
  context: SqlContext,
  collection: string,
  input: unknown,
): ResultAsync<Page<T>, StorageError | ValidationError> {
  return runOperation<Page<T>, ValidationError>(context, 'list', async () => {
    const parsed = parseListQuery(input);
    if (parsed.isErr()) return err(parsed.error);
    const query = parsed.value;
    const start = pageStart(CURSOR_TAG, query);
    if (start.isErr()) return err(start.error);
    const { ordering, after } = start.value;
    const rows = await selectRows(context, collection, query.where, ordering, after, query.limit);
    return toPage<T>(rows, ordering, query.limit);
  });
}
