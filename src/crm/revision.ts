import type { EmployeeId } from '../org/index';
import type { Instant } from '../shared/index';
import type { RevisionId } from './ids';
import type { FieldChange, Revision } from './revision-schema';

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

/**
 * The fields whose value differs between `before` and the `changes` given
 * (only keys present in `changes` are compared). Internal to crm.
 *
 * @example
 * ```ts
 * diffFields({ email: null, name: '张三' }, { email: 'a@b.cn' }); // [{ field: 'email', before: null, after: 'a@b.cn' }]
 * ```
 * @internal
 * @category crm
 */
export function diffFields(
  before: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, unknown>>,
): FieldChange[] {
  return Object.keys(changes)
    .filter((field) => changes[field] !== undefined && !sameValue(before[field], changes[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: changes[field] ?? null }));
}

/**
 * Builds the history entry of one change. Internal to crm.
 *
 * @example
 * ```ts
 * buildRevision({ id, subjectType: 'customer', subject: customer, at, actorId, changes });
 * ```
 * @internal
 * @category crm
 */
export function buildRevision(input: {
  readonly id: RevisionId;
  readonly subjectType: Revision['subjectType'];
  readonly subject: { readonly id: string; readonly version: number };
  readonly at: Instant;
  readonly actorId: EmployeeId;
  readonly changes: readonly FieldChange[];
}): Revision {
  return {
    id: input.id,
    version: 0,
    createdAt: input.at,
    updatedAt: input.at,
    subjectType: input.subjectType,
    subjectId: input.subject.id,
    subjectVersion: input.subject.version + 1,
    at: input.at,
    actorId: input.actorId,
    changes: input.changes.map((change) => ({ ...change })),
  };
}

/**
 * Applies a parsed change set to a customer or vehicle and builds its
 * history entry; `null` when nothing changes. `undefined` values in the
 * change set leave fields alone. Internal to crm.
 *
 * @example
 * ```ts
 * const tracked = applyTrackedChanges(customer, { email: null }, { subjectType: 'customer', revisionId, at, actorId });
 * ```
 * @internal
 * @category crm
 */
export function applyTrackedChanges<T extends { readonly id: string; readonly version: number }>(
  subject: T,
  changes: Readonly<Record<string, unknown>>,
  meta: {
    readonly subjectType: Revision['subjectType'];
    readonly revisionId: RevisionId;
    readonly at: Instant;
    readonly actorId: EmployeeId;
  },
): { readonly updated: T; readonly revision: Revision } | null {
  const fieldChanges = diffFields(subject, changes);
  if (fieldChanges.length === 0) return null;
  const defined = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  const updated = { ...subject, ...defined, updatedAt: meta.at };
  const revision = buildRevision({
    id: meta.revisionId,
    subjectType: meta.subjectType,
    subject,
    at: meta.at,
    actorId: meta.actorId,
    changes: fieldChanges,
  });
  return { updated, revision };
}
