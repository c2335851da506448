import { err, ok, type Result } from 'neverthrow';
import {
  type EntityBase,
  type Page,
  type ParsedListQuery,
  parseListQuery,
  type ScalarValue,
  type ValidationError,
  validationError,
} from '../shared/index';
import { compareCodePoints, compareScalars, readScalar } from './scalar-order';
import type { StoredRecord } from './state';

/** The position of an item in an ordered list: its order value and its id. */
type Position = readonly [value: ScalarValue, id: string];

interface Ordering {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

function invalid(path: string, reason: string, detail: string): ValidationError {
  return validationError([{ path, reason, detail }]);
}

function encodeCursor(ordering: Ordering, position: Position): string {
  // Opaque to callers; it names its ordering so a cursor cannot be replayed on another one.
  return JSON.stringify(['m1', ordering.field, ordering.direction, ...position]);
}

function decodeCursor(cursor: string, ordering: Ordering): Position | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(cursor);
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 5) return undefined;
  const [tag, field, direction, value, id] = decoded as unknown[];
  const isValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (tag !== 'm1' || field !== ordering.field || direction !== ordering.direction)
    return undefined;
  return isValue && typeof id === 'string' ? [value as ScalarValue, id] : undefined;
}

function matches(
  fields: Readonly<Record<string, unknown>>,
  where: ParsedListQuery['where'],
): boolean {
  if (where === undefined) return true;
  return Object.keys(where).every((field) => {
    const wanted = where[field];
    return wanted === undefined || readScalar(fields, field) === wanted;
  });
}

function comparePositions(a: Position, b: Position, ordering: Ordering): number {
  const order = compareScalars(a[0], b[0]) || compareCodePoints(a[1], b[1]);
  return ordering.direction === 'asc' ? order : -order;
}

interface Row {
  readonly position: Position;
  readonly record: StoredRecord;
}

function collectRows(
  records: Iterable<[string, StoredRecord]>,
  query: ParsedListQuery,
  field: string,
): Result<Row[], ValidationError> {
  const rows: Row[] = [];
  for (const [id, record] of records) {
    if (!matches(record.fields, query.where)) continue;
    const value = readScalar(record.fields, field);
    if (value === undefined) {
      return err(
        invalid('orderBy.field', 'field_not_scalar', 'the order field holds objects or arrays'),
      );
    }
    rows.push({ position: [value, id], record });
  }
  return ok(rows);
}

/**
 * One page of a collection, following the `ListQuery` contract: equality
 * filters, a total order (field, then id), keyset pagination through an
 * opaque cursor. Items are fresh copies parsed from the stored JSON.
 */
export function listEntities<T extends EntityBase>(
  records: Iterable<[string, StoredRecord]>,
  input: unknown,
): Result<Page<T>, ValidationError> {
  const parsed = parseListQuery(input);
  if (parsed.isErr()) return err(parsed.error);
  const query = parsed.value;
  const ordering: Ordering = {
    field: query.orderBy?.field ?? 'id',
    direction: query.orderBy?.direction ?? 'asc',
  };
  const after = query.cursor == null ? undefined : decodeCursor(query.cursor, ordering);
  if (query.cursor != null && after === undefined) {
    return err(invalid('cursor', 'cursor_invalid', 'not a cursor of this ordering'));
  }
  return collectRows(records, query, ordering.field).map((rows) => {
    const ordered = rows
      .filter((row) => after === undefined || comparePositions(row.position, after, ordering) > 0)
      .sort((a, b) => comparePositions(a.position, b.position, ordering));
    const page = ordered.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor =
      ordered.length > query.limit && last ? encodeCursor(ordering, last.position) : null;
    return { items: page.map((row) => JSON.parse(row.record.json) as T), nextCursor };
  });
}
