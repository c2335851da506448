import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { ScalarValue } from '../shared/index';
import type { SqlDialectName } from './tables';

/**
 * How a list compares order values. Every scalar maps to a sort key
 * `(rank, num, str)`: rank orders the kinds (null/absent 0, booleans 1,
 * numbers 2, strings 3), `num` orders booleans and numbers, `str` orders
 * strings by code point. Keys are never SQL NULL, so row-value comparisons
 * (`(rank, num, str, id) > (…)`) give the documented total order.
 */
export interface ScalarKey {
  readonly rank: number;
  readonly num: number;
  readonly str: string;
}

/** The sort key of a scalar read in JavaScript (cursor positions). */
export function scalarKey(value: ScalarValue): ScalarKey {
  if (value === null) return { rank: 0, num: 0, str: '' };
  if (typeof value === 'boolean') return { rank: 1, num: value ? 1 : 0, str: '' };
  if (typeof value === 'number') return { rank: 2, num: value, str: '' };
  return { rank: 3, num: 0, str: value };
}

/**
 * The per-row columns the inner list query selects for field `field`:
 * `t`, the JSON type of the value (SQL NULL when absent), and `v`, its value.
 */
export function fieldColumns(dialect: SqlDialectName, field: string) {
  if (dialect === 'sqlite') {
    const path = `$.${field}`;
    return {
      t: sql<string | null>`json_type(body, ${path})`,
      v: sql<unknown>`json_extract(body, ${path})`,
    };
  }
  return {
    t: sql<string | null>`jsonb_typeof(doc -> cast(${field} as text))`,
    v: sql<unknown>`doc ->> cast(${field} as text)`,
  };
}

/** SQL expressions of the sort key over the inner query's `k.t` and `k.v`. */
export interface KeyExpressions {
  readonly bad: RawBuilder<SqlBool>;
  readonly rank: RawBuilder<number>;
  readonly num: RawBuilder<number>;
  readonly str: RawBuilder<string>;
}

/** The sort-key expressions of a dialect; `bad` flags objects and arrays. */
export function keyExpressions(dialect: SqlDialectName): KeyExpressions {
  if (dialect === 'sqlite') {
    return {
      bad: sql<SqlBool>`(coalesce(k.t in ('object', 'array'), 0))`,
      rank: sql<number>`(case when k.t is null or k.t = 'null' then 0 when k.t in ('true', 'false') then 1 when k.t in ('integer', 'real') then 2 else 3 end)`,
      num: sql<number>`(case when k.t in ('integer', 'real') then k.v when k.t = 'true' then 1 else 0 end)`,
      str: sql<string>`(case when k.t = 'text' then k.v else '' end)`,
    };
  }
  return {
    bad: sql<SqlBool>`(coalesce(k.t in ('object', 'array'), false))`,
    rank: sql<number>`(case when k.t is null or k.t = 'null' then 0 when k.t = 'boolean' then 1 when k.t = 'number' then 2 else 3 end)`,
    num: sql<number>`(case when k.t = 'number' then cast(k.v as double precision) when k.t = 'boolean' and k.v = 'true' then 1 else 0 end)`,
    str: sql<string>`((case when k.t = 'string' then k.v else '' end) collate "C")`,
  };
}

/** The cursor's sort key as typed SQL parameters. */
export function keyParameters(dialect: SqlDialectName, key: ScalarKey) {
  const float = dialect === 'sqlite' ? sql`real` : sql`double precision`;
  return {
    rank: sql<number>`cast(${key.rank} as integer)`,
    num: sql<number>`cast(${key.num} as ${float})`,
    str: sql<string>`cast(${key.str} as text)`,
  };
}
