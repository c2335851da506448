import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { type EmployeeId, EmployeeIdSchema } from '../org/index';
import { CalendarDateSchema, type Instant, InstantSchema } from '../shared/index';
import { type CorrectiveActionInvalidError, correctiveActionInvalid } from './handling-errors';
import { CorrectiveActionIdSchema } from './ids';
import { boundedText, MAX_TEXT } from './text';

/**
 * Schema of a corrective action (整改措施) of an incident or a drill finding:
 * what is to be done, by whom, by which dealer date, and when and by whom it
 * was completed (`null` while open).
 *
 * @example
 * ```ts
 * CorrectiveActionSchema.safeParse({ id: 'ca_1', description: '加装防护栏', ownerId: 'emp_ws', dueOn: '2026-04-01', completedAt: null, completedBy: null }).success; // true
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export const CorrectiveActionSchema = z.object({
  id: CorrectiveActionIdSchema,
  description: boundedText(MAX_TEXT),
  ownerId: EmployeeIdSchema,
  dueOn: CalendarDateSchema,
  completedAt: z.nullable(InstantSchema),
  completedBy: z.nullable(EmployeeIdSchema),
});

/**
 * A corrective action.
 *
 * @example
 * ```ts
 * const open = incident.correctiveActions.filter((a: CorrectiveAction) => a.completedAt === null);
 * ```
 * @category safety
 * @see §9.3.1
 */
export type CorrectiveAction = z.infer<typeof CorrectiveActionSchema>;

/**
 * Schema of a new corrective action: id, description, owner and due date.
 *
 * @example
 * ```ts
 * CorrectiveActionInputSchema.safeParse({ id: 'ca_1', description: '培训', ownerId: 'emp_so', dueOn: '2026-04-01' }).success; // true
 * ```
 * @category safety
 * @see §9.3.1
 * @see §9.3.3
 */
export const CorrectiveActionInputSchema = z.strictObject({
  id: CorrectiveActionIdSchema,
  description: boundedText(MAX_TEXT),
  ownerId: EmployeeIdSchema,
  dueOn: CalendarDateSchema,
});

/**
 * A new corrective action (before parsing).
 *
 * @example
 * ```ts
 * const action: CorrectiveActionInput = { id: 'ca_1', description: '更换破损插座', ownerId: 'emp_ws', dueOn: '2026-04-01' };
 * ```
 * @category safety
 * @see §9.3.1
 */
export type CorrectiveActionInput = z.input<typeof CorrectiveActionInputSchema>;

type Owner = {
  readonly entity: 'incident' | 'drill';
  readonly id: string;
  readonly clause: string;
};

/**
 * Appends a new open action; its id must be new. Internal to safety.
 *
 * @example
 * ```ts
 * appendAction(actions, input, { entity: 'incident', id, clause: '§9.3.1' });
 * ```
 * @internal
 * @category safety
 */
export function appendAction(
  actions: readonly CorrectiveAction[],
  input: z.infer<typeof CorrectiveActionInputSchema>,
  owner: Owner,
): Result<readonly CorrectiveAction[], CorrectiveActionInvalidError> {
  if (actions.some((a) => a.id === input.id)) {
    return err(
      correctiveActionInvalid(owner.entity, owner.id, input.id, 'duplicate', owner.clause),
    );
  }
  return ok([...actions, { ...input, completedAt: null, completedBy: null }]);
}

/**
 * Marks one open action completed. Internal to safety.
 *
 * @example
 * ```ts
 * completeAction(actions, 'ca_1', at, actorId, { entity: 'drill', id, clause: '§9.3.3' });
 * ```
 * @internal
 * @category safety
 */
export function completeAction(
  actions: readonly CorrectiveAction[],
  actionId: string,
  at: Instant,
  by: EmployeeId,
  owner: Owner,
): Result<readonly CorrectiveAction[], CorrectiveActionInvalidError> {
  const action = actions.find((a) => a.id === actionId);
  if (action === undefined || action.completedAt !== null) {
    const reason = action === undefined ? 'unknown' : 'completed';
    return err(correctiveActionInvalid(owner.entity, owner.id, actionId, reason, owner.clause));
  }
  return ok(
    actions.map((a) => (a.id === actionId ? { ...a, completedAt: at, completedBy: by } : a)),
  );
}

/**
 * Ids of the actions still open. Internal to safety.
 *
 * @example
 * ```ts
 * openActionIds(incident.correctiveActions); // ['ca_2']
 * ```
 * @internal
 * @category safety
 */
export function openActionIds(actions: readonly CorrectiveAction[]): readonly string[] {
  return actions.filter((a) => a.completedAt === null).map((a) => a.id);
}
