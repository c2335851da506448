import { err, ok, type Result } from 'neverthrow';
import {
  type ParsedListQuery,
  type ScalarValue,
  type ValidationError,
  validationError,
} from '../shared/index';

/** The position of an item in an ordered list: its order value and its id. */
export type Position = readonly [value: ScalarValue, id: string];

/** A list's order: one field (`id` by default) and a direction; `id` breaks ties. */
export interface Ordering {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

/**
 * The value of a top-level field as a list sees it: `null` when absent,
 * `undefined` when it holds an object or an array.
 */
export function readScalar(
  fields: Readonly<Record<string, unknown>>,
  field: string,
): ScalarValue | undefined {
  if (!Object.hasOwn(fields, field)) return null;
  const value = fields[field];
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  return typeof value === 'number' ? value : undefined;
}

/**
 * Opaque to callers. It names the adapter (`tag`) and its ordering, so a
 * cursor cannot be replayed on another ordering or another store.
 */
export function encodeCursor(tag: string, ordering: Ordering, position: Position): string {
  return JSON.stringify([tag, ordering.field, ordering.direction, ...position]);
}

function isScalar(value: unknown): value is ScalarValue {
  if (typeof value === 'number') return Number.isFinite(value);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}

function decodeCursor(tag: string, cursor: string, ordering: Ordering): Position | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(cursor);
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 5) return undefined;
  const [found, field, direction, value, id] = decoded as unknown[];
  if (found !== tag || field !== ordering.field || direction !== ordering.direction) {
    return undefined;
  }
  return isScalar(value) && typeof id === 'string' ? [value, id] : undefined;
}

/**
 * Where a page of a parsed list query starts: its ordering and the position
 * after which it continues (`undefined` for the first page), or
 * `validation_failed` at `cursor` for text that is not a cursor of this
 * adapter and ordering. Shared by the memory and SQL stores so both read
 * queries the same way.
 */
export function pageStart(
  tag: string,
  query: ParsedListQuery,
): Result<{ readonly ordering: Ordering; readonly after: Position | undefined }, ValidationError> {
  const ordering: Ordering = {
    field: query.orderBy?.field ?? 'id',
    direction: query.orderBy?.direction ?? 'asc',
  };
  if (query.cursor == null) return ok({ ordering, after: undefined });
  const after = decodeCursor(tag, query.cursor, ordering);
  return after === undefined
    ? err(
        validationError([
          { path: 'cursor', reason: 'cursor_invalid', detail: 'not a cursor of this ordering' },
        ]),
      )
    : ok({ ordering, after });
}
