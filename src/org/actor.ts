import type { Result } from 'neverthrow';
import * as z from 'zod/mini';
import { parseWith, type ValidationError } from '../shared/index';
import { CAPABILITIES, type Capability, CapabilitySchema } from './capabilities';
import { uniqueItems } from './checks';
import { ROLES, RoleSchema } from './roles';
import { type Employee, EmployeeIdSchema } from './schema';

/**
 * Who performs a command: the employee's id, roles, and capabilities
 * delegated to them personally (`grants`, the "or delegated" of §2.2.3(1)).
 * Commands of every module carry one; {@link can} decides from it alone.
 * Roles may be empty (an actor acting only on grants); neither list may
 * repeat an item (reason `duplicate`).
 *
 * @example
 * ```ts
 * ActorSchema.safeParse({ id: 'emp_1', roles: ['service-advisor'] }).success; // true
 * ```
 * @category org
 * @see §2.2.3(1)
 */
export const ActorSchema = z.object({
  id: EmployeeIdSchema,
  roles: z.array(RoleSchema).check(z.maxLength(ROLES.length), uniqueItems()),
  grants: z.optional(
    z.array(CapabilitySchema).check(z.maxLength(CAPABILITIES.length), uniqueItems()),
  ),
});

/**
 * A parsed {@link ActorSchema}: what commands carry as `actor`.
 *
 * @example
 * ```ts
 * const actor: Actor = parseActor({ id: 'emp_1', roles: ['technician'] })._unsafeUnwrap();
 * ```
 * @category org
 * @see §2.2.3(1)
 */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * Parses an actor at the boundary (e.g. from a session token's claims).
 * Never throws. Errors: `validation_failed` (unknown role or capability,
 * repeated items, malformed id).
 *
 * @example
 * ```ts
 * parseActor({ id: 'emp_1', roles: ['chef'] }).isErr(); // true
 * ```
 * @returns the actor, or `validation_failed` listing every issue
 * @category org
 */
export function parseActor(input: unknown): Result<Actor, ValidationError> {
  return parseWith(ActorSchema, input);
}

/**
 * The actor an employee acts as, optionally with delegated capabilities.
 * Copies the roles, so later changes to either object do not leak.
 *
 * @example
 * ```ts
 * const supervisorStandIn = actorFromEmployee(teamLeader, ['job.dispatch']);
 * ```
 * @category org
 * @see §2.2.3(1)
 */
export function actorFromEmployee(
  employee: Pick<Employee, 'id' | 'roles'>,
  grants?: readonly Capability[],
): Actor {
  const roles = [...employee.roles];
  return grants === undefined || grants.length === 0
    ? { id: employee.id, roles }
    : { id: employee.id, roles, grants: [...new Set(grants)] };
}
