import { err, ok, type Result } from 'neverthrow';
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
  type ParsedListQuery,
  parseListQuery,
  type ValidationError,
  validationError,
} from '../shared/index';
import { compareCodePoints, compareScalars } from './scalar-order';
import type { StoredRecord } from './state';

const CURSOR_TAG = 'm1';

function invalid(path: string, reason: string, detail: string): ValidationError {
  return validationError([{ path, reason, detail }]);
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
  const start = pageStart(CURSOR_TAG, query);
  if (start.isErr()) return err(start.error);
  const { ordering, after } = start.value;
  return collectRows(records, query, ordering.field).map((rows) => {
    const ordered = rows
      .filter((row) => after === undefined || comparePositions(row.position, after, ordering) > 0)
      .sort((a, b) => comparePositions(a.position, b.position, ordering));
    const page = ordered.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor =
      ordered.length > query.limit && last
        ? encodeCursor(CURSOR_TAG, ordering, last.position)
        : null;
    return { items: page.map((row) => JSON.parse(row.record.json) as T), nextCursor };
  });
}
