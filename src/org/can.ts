import { err, ok, type Result } from 'neverthrow';
import { type ForbiddenError, forbidden } from '../shared/index';
import type { Actor } from './actor';
import {
  CAPABILITIES,
  CAPABILITY_CLAUSES,
  type Capability,
  type CapabilityMap,
} from './capabilities';
import { defaultCapabilityMap } from './default-capability-map';
import { collectForRoles } from './role-table';
import { ROLES, type Role } from './roles';

/**
 * What {@link can} reads of an actor: its roles and delegated grants. Any
 * {@link Actor} is one; so is a plain `{ id, roles }` object in a host's code.
 *
 * @example
 * ```ts
 * const holder: RoleHolder = { id: 'emp_1', roles: ['service-manager'] };
 * ```
 * @category org
 */
export interface RoleHolder {
  /** The employee id, when known; `can` does not read it. */
  readonly id?: string;
  /** The actor's roles. */
  readonly roles: readonly Role[];
  /** Capabilities delegated to this actor beyond its roles. */
  readonly grants?: readonly Capability[] | undefined;
}

/**
 * Whether an actor may perform a step: true when one of the actor's roles
 * holds the capability in `map`, or when the capability was delegated to the
 * actor (`actor.grants`, §2.2.3(1) "or delegated"). Pure and deterministic;
 * reads only own properties of the map, so a hostile role name cannot reach
 * `Object.prototype`.
 *
 * @param actor - who acts (from the command)
 * @param capability - the step, e.g. `'price-list.publish'`
 * @param map - the host's role → capability map; defaults to the manual's
 * @returns `true` when allowed
 * @example
 * ```ts
 * can({ id: 'emp_1', roles: ['service-advisor'] } as Actor, 'price-list.publish'); // false
 * can({ id: 'emp_2', roles: ['service-manager'] } as Actor, 'price-list.publish'); // true
 * ```
 * @category org
 * @see §2.2.1(2)(3)
 * @see §2.2.2(3)
 * @see §2.2.3(1)
 * @see §2.2.5(4)
 */
export function can(
  actor: RoleHolder,
  capability: Capability,
  map: CapabilityMap = defaultCapabilityMap,
): boolean {
  if (actor.grants?.includes(capability) === true) return true;
  return actor.roles.some((role) => Object.hasOwn(map, role) && map[role]?.includes(capability));
}

/**
 * Options of {@link authorize}.
 *
 * @example
 * ```ts
 * const options: AuthorizeOptions = { map: hostMap, clause: '§5.2(3)' };
 * ```
 * @category org
 */
export interface AuthorizeOptions {
  /** The host's role → capability map; absent or `undefined`: the manual's. */
  readonly map?: CapabilityMap | undefined;
  /** The requirement to cite when refused; absent or `undefined`: the capability's own clause. */
  readonly clause?: string | undefined;
}

/**
 * {@link can} as a `Result`, for commands: the actor when allowed, otherwise a
 * `forbidden` error naming the capability, the actor's id and roles, and the
 * clause that ties the step to a role ({@link CAPABILITY_CLAUSES}, e.g.
 * `'§2.2.3(1)'` for `'job.dispatch'`). Errors: `forbidden`.
 *
 * @example
 * ```ts
 * authorize(advisor, 'job.dispatch'); // err: forbidden, clause '§2.2.3(1)'
 * authorize(supervisor, 'job.dispatch'); // ok(supervisor)
 * ```
 * @category org
 * @see §2.2.1(2)(3)
 * @see §2.2.3(1)
 * @see §2.2.5(4)
 */
export function authorize(
  actor: Actor,
  capability: Capability,
  options: AuthorizeOptions = {},
): Result<Actor, ForbiddenError> {
  if (can(actor, capability, options.map)) return ok(actor);
  const clause = options.clause ?? CAPABILITY_CLAUSES[capability];
  return err(forbidden(capability, actor.id, actor.roles, clause));
}

/**
 * Every capability an actor holds, through roles or grants, in
 * {@link CAPABILITIES} order (e.g. to show or hide buttons).
 *
 * @example
 * ```ts
 * capabilitiesOf({ id: 'emp_9', roles: ['trainer'] } as Actor).includes('training-attendance.record'); // true
 * ```
 * @category org
 */
export function capabilitiesOf(
  actor: RoleHolder,
  map: CapabilityMap = defaultCapabilityMap,
): readonly Capability[] {
  const fromRoles = new Set(collectForRoles(map, actor.roles, CAPABILITIES));
  for (const grant of actor.grants ?? []) fromRoles.add(grant);
  return CAPABILITIES.filter((capability) => fromRoles.has(capability));
}

/**
 * The roles that hold a capability in a map, in {@link ROLES} order — e.g. to
 * explain a refusal ("only the workshop supervisor may dispatch").
 *
 * @example
 * ```ts
 * rolesWithCapability('complaint.close'); // ['cs-supervisor']
 * ```
 * @category org
 */
export function rolesWithCapability(
  capability: Capability,
  map: CapabilityMap = defaultCapabilityMap,
): readonly Role[] {
  return ROLES.filter((role) => Object.hasOwn(map, role) && map[role]?.includes(capability));
}
