import { err, ok, type Result } from 'neverthrow';
import { type EntityBase, EntityBaseSchema, isJsonSafe } from './entity';
import { type ValidationError, type ValidationIssue, validationError } from './errors';
import { AggregateTypeSchema, type DomainEvent, DomainEventSchema } from './events';
import type { Change } from './repository';
import { parseWith } from './validation';

/**
 * A {@link Change} whose every field has been checked by {@link checkChanges}.
 *
 * @example
 * ```ts
 * const checked: CheckedChange[] = checkChanges(changes, true)._unsafeUnwrap();
 * ```
 * @category shared
 * @see §11.1.2
 */
export interface CheckedChange {
  readonly collection: string;
  readonly entity: EntityBase;
  readonly expectedVersion: number;
  readonly events: readonly DomainEvent[];
}

function issue(path: string, reason: string, detail: string): ValidationIssue {
  return { path, reason, detail };
}

function at(prefix: string, field: string): string {
  return prefix === '' || field === '' ? prefix + field : `${prefix}.${field}`;
}

function issuesAt(prefix: string, result: Result<unknown, ValidationError>): ValidationIssue[] {
  if (result.isOk()) return [];
  return result.error.data.issues.map((found) => ({ ...found, path: at(prefix, found.path) }));
}

function checkEvents(events: unknown, prefix: string): Result<DomainEvent[], ValidationIssue[]> {
  if (!Array.isArray(events)) return err([issue(prefix, 'invalid_type', 'must be an array')]);
  const parsed = events.map((event: unknown) => parseWith(DomainEventSchema, event));
  const issues = parsed.flatMap((result, index) => issuesAt(at(prefix, String(index)), result));
  return issues.length > 0 ? err(issues) : ok(parsed.map((result) => result._unsafeUnwrap()));
}

function checkChange(change: Change, prefix: string): Result<CheckedChange, ValidationIssue[]> {
  if (typeof change !== 'object' || change === null) {
    return err([issue(prefix, 'invalid_type', 'a change must be an object')]);
  }
  const { collection, entity, expectedVersion, events = [] } = change;
  const checkedEvents = checkEvents(events, at(prefix, 'events'));
  const issues = [
    ...issuesAt(at(prefix, 'collection'), parseWith(AggregateTypeSchema, collection)),
    ...issuesAt(at(prefix, 'entity'), parseWith(EntityBaseSchema, entity)),
    ...(checkedEvents.isErr() ? checkedEvents.error : []),
  ];
  if (!isJsonSafe(entity)) {
    issues.push(issue(at(prefix, 'entity'), 'not_json_safe', 'must be JSON-safe data'));
  }
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    const detail = 'must be a non-negative integer';
    issues.push(issue(at(prefix, 'expectedVersion'), 'invalid_version', detail));
  }
  if (checkedEvents.isErr() || issues.length > 0) return err(issues);
  return ok({ collection, entity, expectedVersion, events: checkedEvents.value });
}

/**
 * Checks a save or a commit before anything is written: base entity fields,
 * JSON safety (`not_json_safe`), a non-negative integer `expectedVersion`
 * (`invalid_version`), well-formed events, and no `(collection, id)` twice in
 * one commit (`duplicate_change`). Every adapter (memory, sql, a host's own)
 * calls it so that all of them reject exactly the same input with the same
 * issue paths. It does not look at stored versions: that is the adapter's job.
 *
 * Errors: `validation_failed`.
 *
 * @param changes - the changes of one commit (a save is a commit of one)
 * @param indexed - a commit's issue paths start with the change's index; a save's do not
 * @example
 * ```ts
 * const checked = checkChanges([{ collection: 'bay', entity, expectedVersion: 0 }], true);
 * if (checked.isErr()) return errAsync(checked.error);
 * ```
 * @category shared
 * @see §11.1.2
 * @see X-6
 */
export function checkChanges(
  changes: readonly Change[],
  indexed: boolean,
): Result<CheckedChange[], ValidationError> {
  if (!Array.isArray(changes)) {
    return err(validationError([issue('', 'invalid_type', 'changes must be an array')]));
  }
  const issues: ValidationIssue[] = [];
  const checked: CheckedChange[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const prefix = indexed ? String(index) : '';
    const result = checkChange(change, prefix);
    if (result.isErr()) {
      issues.push(...result.error);
      return;
    }
    const key = JSON.stringify([result.value.collection, result.value.entity.id]);
    if (seen.has(key)) {
      issues.push(issue(prefix, 'duplicate_change', 'the same entity appears twice in one commit'));
    }
    seen.add(key);
    checked.push(result.value);
  });
  return issues.length > 0 ? err(validationError(issues)) : ok(checked);
}
