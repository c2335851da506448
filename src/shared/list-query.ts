import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import type { EntityBase } from './entity';
import type { ValidationError } from './errors';
import { parseWith } from './validation';

/**
 * A value a list filter can compare for equality.
 *
 * @example
 * ```ts
 * const wanted: ScalarValue = 'in-progress';
 * ```
 * @category shared
 */
export type ScalarValue = string | number | boolean | null;

/**
 * The top-level fields of `T` whose values are scalars (strings, including
 * branded ids and instants, numbers, booleans, `null`): the fields a
 * {@link ListQuery} may filter and order by.
 *
 * @example
 * ```ts
 * type Field = ScalarField<{ id: string; rank: number | null; tags: string[] }>; // 'id' | 'rank'
 * ```
 * @category shared
 */
export type ScalarField<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends ScalarValue ? K : never;
}[keyof T & string];

/**
 * A small query every storage maps to one SQL statement (`WHERE f = ? AND …
 * ORDER BY f, id LIMIT ?`), with keyset pagination.
 *
 * - `where`: equality on top-level scalar fields, all of them must match.
 *   `null` matches a field that is `null` or absent; `undefined` does not
 *   filter. At most 16 fields;
 *   field names match `/^[A-Za-z][A-Za-z0-9_]{0,63}$/`; string values are at
 *   most 1,000 characters; numbers are finite.
 * - `orderBy`: one top-level scalar field, `asc` by default, always followed
 *   by `id` in the same direction as the tie-breaker, so the order is total
 *   and pages never overlap or skip. Default: by `id` ascending. Ordering is
 *   `null`/absent first (ascending), then `false` < `true` < numbers <
 *   strings; strings compare by Unicode code point (SQL `COLLATE "C"` /
 *   SQLite `BINARY` on UTF-8), never by locale.
 * - `limit`: 1–1000 items per page.
 * - `cursor`: `nextCursor` from the previous page of the same `orderBy`
 *   (opaque, at most 4,096 characters). The next page holds the items that
 *   sort strictly after the previous page's last item *now*, so items saved
 *   between calls are neither repeated nor lost when they sort later.
 *
 * @typeParam T - the entity type, to type-check field names
 * @example
 * ```ts
 * const query: ListQuery<RepairOrder> = {
 *   where: { status: 'in-progress' },
 *   orderBy: { field: 'createdAt', direction: 'desc' },
 *   limit: 50,
 * };
 * ```
 * @category shared
 * @see §11.1.2
 */
export interface ListQuery<T = EntityBase> {
  readonly where?: { readonly [K in ScalarField<T>]?: T[K] | null };
  readonly orderBy?: { readonly field: ScalarField<T>; readonly direction?: 'asc' | 'desc' };
  readonly limit: number;
  readonly cursor?: string | null;
}

/**
 * Most items one list page or outbox read may return.
 *
 * @example
 * ```ts
 * await orders.list({ limit: MAX_PAGE_SIZE });
 * ```
 * @category shared
 */
export const MAX_PAGE_SIZE = 1000;

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const MAX_FILTER_FIELDS = 16;
const MAX_FILTER_STRING_LENGTH = 1000;
const MAX_CURSOR_LENGTH = 4096;

function isFilterValue(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= MAX_FILTER_STRING_LENGTH;
  if (typeof value === 'number') return Number.isFinite(value);
  return value === null || value === undefined || typeof value === 'boolean';
}

function isWhereClause(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Readonly<Record<string, unknown>>;
  const fields = Object.keys(record);
  return (
    fields.length <= MAX_FILTER_FIELDS &&
    fields.every((field) => FIELD_NAME.test(field) && isFilterValue(record[field]))
  );
}

/**
 * Schema of a {@link ListQuery} with untyped field names, enforcing the
 * limits documented there. Adapters parse every query with it (through
 * {@link parseListQuery}) so that all of them accept and reject the same queries.
 *
 * @example
 * ```ts
 * ListQuerySchema.safeParse({ limit: 5000 }).success; // false
 * ```
 * @category shared
 * @see §11.1.2
 */
export const ListQuerySchema = z.object({
  where: z.optional(
    z.custom<Readonly<Record<string, ScalarValue | undefined>>>(isWhereClause, {
      message: `must map at most ${MAX_FILTER_FIELDS} field names to strings, finite numbers, booleans or null`,
      params: { reason: 'where_invalid' },
    }),
  ),
  orderBy: z.optional(
    z.object({
      field: z.string().check(z.maxLength(64), z.regex(FIELD_NAME)),
      direction: z.optional(z.enum(['asc', 'desc'])),
    }),
  ),
  limit: z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE)),
  cursor: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_CURSOR_LENGTH)))),
});

/**
 * A list query as adapters receive it after parsing. A `where` entry whose
 * value is `undefined` does not filter.
 *
 * @example
 * ```ts
 * const query: ParsedListQuery = parseListQuery(input)._unsafeUnwrap();
 * const field = query.orderBy?.field ?? 'id';
 * ```
 * @category shared
 */
export type ParsedListQuery = z.infer<typeof ListQuerySchema>;

/**
 * Parses a list query for an adapter. Never throws.
 *
 * Errors: `validation_failed` (e.g. reason `where_invalid`, `too_big` for a limit over 1000).
 *
 * @example
 * ```ts
 * parseListQuery({ where: { status: 'open' }, limit: 20 }).isOk(); // true
 * ```
 * @category shared
 * @see §11.1.2
 */
export function parseListQuery(input: unknown): Result<ParsedListQuery, ValidationError> {
  return parseWith(ListQuerySchema, input);
}

/**
 * One page of a list: the items in query order, and the cursor of the next
 * page, `null` when this page is the last one.
 *
 * @example
 * ```ts
 * const first = (await orders.list({ limit: 50 }))._unsafeUnwrap();
 * if (first.nextCursor) await orders.list({ limit: 50, cursor: first.nextCursor });
 * ```
 * @category shared
 * @see §11.1.2
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}
