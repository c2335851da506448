import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { ParsedListQuery, ScalarValue } from '../shared/index';
import { queryScalar } from './query-document';
import type { SqlDialectName } from './tables';

type Where = NonNullable<ParsedListQuery['where']>;

/** The defined entries of a `where` clause (an `undefined` value does not filter). */
function entriesOf(where: ParsedListQuery['where']): [string, ScalarValue][] {
  if (where === undefined) return [];
  return Object.keys(where).flatMap((field) => {
    const value = (where as Where)[field];
    return value === undefined ? [] : [[field, value] as [string, ScalarValue]];
  });
}

function sqliteFilter(field: string, value: ScalarValue): RawBuilder<SqlBool> {
  const path = `$.${field}`;
  const type = sql`json_type(body, ${path})`;
  if (value === null) return sql<SqlBool>`(${type} is null or ${type} = 'null')`;
  // better-sqlite3 cannot bind booleans, and JSON types tell `true` from `1` anyway.
  if (typeof value === 'boolean') return sql<SqlBool>`${type} = ${value ? 'true' : 'false'}`;
  const types = typeof value === 'number' ? sql`('integer', 'real')` : sql`('text')`;
  return sql<SqlBool>`(${type} in ${types} and json_extract(body, ${path}) = ${value})`;
}

function postgresNullFilter(field: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`coalesce(doc -> cast(${field} as text), 'null'::jsonb) = 'null'::jsonb`;
}

/**
 * The SQL conditions of a list's equality filters, all parameterised. Field
 * names were checked by `parseListQuery`; they are bound as values anyway.
 * On PostgreSQL the non-null filters form one `jsonb` containment test
 * (`doc @> {…}`), which compares JSON types strictly and can use the GIN index.
 */
export function listFilters(
  dialect: SqlDialectName,
  where: ParsedListQuery['where'],
): RawBuilder<SqlBool>[] {
  const entries = entriesOf(where);
  if (dialect === 'sqlite') return entries.map(([field, value]) => sqliteFilter(field, value));
  const nulls = entries.filter(([, value]) => value === null).map(([f]) => postgresNullFilter(f));
  const values = entries.filter(([, value]) => value !== null);
  if (values.length === 0) return nulls;
  const contained = JSON.stringify(
    Object.fromEntries(values.map(([field, value]) => [field, queryScalar(value)])),
  );
  return [sql<SqlBool>`doc @> cast(${contained} as jsonb)`, ...nulls];
}
