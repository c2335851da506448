import type { Result } from 'neverthrow';
import type { ValidationError } from '../shared/index';
import {
  CAPABILITIES,
  type Capability,
  type CapabilityMap,
  CapabilitySchema,
} from './capabilities';
import { freezeRoleTable, parseRoleTable, roleTableSchema } from './role-table';
import { ROLES, type Role } from './roles';

const CapabilityMapSchema = roleTableSchema(CapabilitySchema, CAPABILITIES.length);

/**
 * Validates a host-supplied role → capability map (e.g. from a settings file).
 * Keys must be role ids and values lists of distinct capabilities. A role the
 * map leaves out holds **no** capabilities: the host map replaces the manual's
 * defaults rather than patching them (to patch, use {@link extendCapabilityMap}).
 * Never throws; the result is frozen.
 *
 * Errors: `validation_failed` with an issue per problem — `unknown_role` at
 * the key's path, `invalid_value` at `role.index` for an unknown capability,
 * `duplicate` for a repeated capability.
 *
 * @example
 * ```ts
 * parseCapabilityMap({ 'team-leader': ['job.dispatch'] }).isOk(); // true
 * parseCapabilityMap({ 'night-guard': ['job.dispatch'] }).isErr(); // true: unknown_role
 * ```
 * @returns the frozen map, or `validation_failed`
 * @category org
 * @see §2.2.1(2)(3)
 */
export function parseCapabilityMap(input: unknown): Result<CapabilityMap, ValidationError> {
  return parseRoleTable(CapabilityMapSchema, input);
}

/**
 * Changes to a capability map: capabilities to add to and remove from roles.
 * A capability both granted and revoked for the same role ends up revoked.
 *
 * @example
 * ```ts
 * const changes: CapabilityMapChanges = { grant: { 'team-leader': ['job.dispatch'] } };
 * ```
 * @category org
 */
export interface CapabilityMapChanges {
  /** Capabilities each role gains. */
  readonly grant?: CapabilityMap;
  /** Capabilities each role loses. */
  readonly revoke?: CapabilityMap;
}

/**
 * A new map with the changes applied; `base` is not modified. Lists keep
 * {@link CAPABILITIES} order and never repeat an item; a role left with no
 * capability is dropped. The result is frozen.
 *
 * @example
 * ```ts
 * const map = extendCapabilityMap(defaultCapabilityMap, {
 *   grant: { 'team-leader': ['job.dispatch'] },
 *   revoke: { 'cs-agent': ['appointment.manage'] },
 * });
 * can(teamLeader, 'job.dispatch', map); // true
 * ```
 * @category org
 * @see §2.2.3(1)
 */
export function extendCapabilityMap(
  base: CapabilityMap,
  changes: CapabilityMapChanges,
): CapabilityMap {
  const next: Partial<Record<Role, readonly Capability[]>> = {};
  for (const role of ROLES) {
    const held = new Set([...own(base, role), ...own(changes.grant, role)]);
    for (const capability of own(changes.revoke, role)) held.delete(capability);
    if (held.size > 0) next[role] = CAPABILITIES.filter((capability) => held.has(capability));
  }
  return freezeRoleTable(next);
}

function own(map: CapabilityMap | undefined, role: Role): readonly Capability[] {
  return map !== undefined && Object.hasOwn(map, role) ? (map[role] ?? []) : [];
}
