import { err, ok, type Result } from 'neverthrow';
import { idSchema, type ValidationError, validationError } from '../shared/index';
import type { RejectedRecord, RejectionReason } from './kpi';

const IdSchema = idSchema<'Record'>();
const MAX_FIELDS = 20;

/** A record that parsed, with its position in the input list. */
export interface Accepted<T> {
  readonly index: number;
  readonly record: T;
}

/** The outcome of parsing one input list record by record. */
export interface Screened<T> {
  readonly accepted: readonly Accepted<T>[];
  readonly rejected: readonly RejectedRecord[];
}

/** Reads a well-formed id from raw input, surviving hostile objects; `null` otherwise. */
export function readId(input: unknown, key = 'id'): string | null {
  try {
    if (typeof input !== 'object' || input === null) return null;
    const value: unknown = (input as Record<string, unknown>)[key];
    return IdSchema.safeParse(value).success ? (value as string) : null;
  } catch {
    return null;
  }
}

/** A rejection entry; `detail` names the scope rule, `part` a job left out of a used order. */
export function rejectRecord(
  collection: string,
  index: number,
  id: string | null,
  reason: RejectionReason,
  detail: string | null,
  extra: { readonly fields?: readonly string[]; readonly part?: string } = {},
): RejectedRecord {
  const base = { collection, index, id, reasons: [reason], fields: extra.fields ?? [], detail };
  return extra.part === undefined ? base : { ...base, part: extra.part };
}

/**
 * Parses every record of an input list with the owning module's parse
 * function (§11.2.1). Records that fail are listed with the failing paths,
 * never their values. Errors: `validation_failed` when the list itself is
 * not an array.
 */
export function screenRecords<T>(
  collection: string,
  records: unknown,
  parse: (input: unknown) => Result<T, ValidationError>,
  idKey = 'id',
): Result<Screened<T>, ValidationError> {
  if (!Array.isArray(records)) {
    return err(
      validationError(
        [{ path: collection, reason: 'invalid_type', detail: 'expected an array' }],
        '§11.2.1',
      ),
    );
  }
  const accepted: Accepted<T>[] = [];
  const rejected: RejectedRecord[] = [];
  records.forEach((input: unknown, index) => {
    const parsed = parse(input);
    if (parsed.isOk()) {
      accepted.push({ index, record: parsed.value });
      return;
    }
    const fields = [...new Set(parsed.error.data.issues.map((issue) => issue.path))];
    rejected.push(
      rejectRecord(collection, index, readId(input, idKey), 'validation_failed', null, {
        fields: fields.slice(0, MAX_FIELDS),
      }),
    );
  });
  return ok({ accepted, rejected });
}

/** How many records of each collection were counted: accepted minus those rejected whole. */
export function countUsed(
  accepted: Readonly<Record<string, readonly Accepted<unknown>[]>>,
  rejected: readonly RejectedRecord[],
): Record<string, number> {
  const used: Record<string, number> = {};
  for (const [collection, records] of Object.entries(accepted)) {
    const whole = new Set(
      rejected
        .filter((entry) => entry.collection === collection && entry.part === undefined)
        .map((entry) => entry.index),
    );
    used[collection] = records.filter((entry) => !whole.has(entry.index)).length;
  }
  return used;
}
