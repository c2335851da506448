import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import {
  issuesFromZod,
  type ParseSchema,
  type ValidationError,
  type ValidationIssue,
  validationError,
} from '../shared/index';
import { uniqueItems } from './checks';
import { ROLES, type Role } from './roles';

/**
 * A per-role list of T (capabilities, visible fields). A missing role has an
 * empty list. Shared by the capability map and the field-visibility policy so
 * both parse, freeze and read the same way.
 *
 * @example
 * ```ts
 * const table: RoleTable<Capability> = { trainer: ['drill.record'] };
 * ```
 * @category org
 * @internal
 */
export type RoleTable<T> = Readonly<Partial<Record<Role, readonly T[]>>>;

/** Unknown keys are echoed in issue paths; a hostile key must not flood logs. */
const MAX_KEY_ECHO = 64;

/**
 * A strict schema for a {@link RoleTable}: only role ids as keys (unknown keys,
 * `__proto__` included, are rejected), lists of at most `maxItems` distinct items.
 *
 * @example
 * ```ts
 * const schema = roleTableSchema(CapabilitySchema, CAPABILITIES.length);
 * ```
 * @category org
 * @internal
 */
export function roleTableSchema<T>(
  item: ParseSchema<T>,
  maxItems: number,
): ParseSchema<RoleTable<T>> {
  const list = z.optional(z.array(item).check(z.maxLength(maxItems), uniqueItems()));
  const shape = Object.fromEntries(ROLES.map((role) => [role, list]));
  return z.strictObject(shape) as unknown as ParseSchema<RoleTable<T>>;
}

/**
 * Parses a {@link RoleTable} with a schema from {@link roleTableSchema}. Never
 * throws. An unknown role gets its own issue at its own path (reason
 * `unknown_role`) rather than zod's single root-level `unrecognized_keys`.
 * Errors: `validation_failed`.
 *
 * @example
 * ```ts
 * parseRoleTable(schema, { janitor: [] }); // err: janitor:unknown_role
 * ```
 * @category org
 * @internal
 */
export function parseRoleTable<T>(
  schema: ParseSchema<RoleTable<T>>,
  input: unknown,
  clause?: string,
): Result<RoleTable<T>, ValidationError> {
  try {
    const result = schema.safeParse(input);
    if (result.success) return ok(freezeRoleTable(result.data));
    return err(validationError(result.error.issues.flatMap(toIssues), clause));
  } catch {
    return err(
      validationError(
        [{ path: '', reason: 'unparseable', detail: 'input could not be read' }],
        clause,
      ),
    );
  }
}

function toIssues(issue: z.core.$ZodIssue): ValidationIssue[] {
  if (issue.code !== 'unrecognized_keys') return issuesFromZod([issue]);
  return issue.keys.map((key) => ({
    path: key.length > MAX_KEY_ECHO ? `${key.slice(0, MAX_KEY_ECHO)}…` : key,
    reason: 'unknown_role',
    detail: 'not a role id',
  }));
}

/**
 * A frozen copy holding only the roles that have a list, in {@link ROLES}
 * order; the input is left untouched.
 *
 * @example
 * ```ts
 * freezeRoleTable({ trainer: ['drill.record'], 'cs-agent': undefined }); // { trainer: [...] }, frozen
 * ```
 * @category org
 * @internal
 */
export function freezeRoleTable<T>(table: RoleTable<T>): RoleTable<T> {
  const copy: Partial<Record<Role, readonly T[]>> = {};
  for (const role of ROLES) {
    const list = Object.hasOwn(table, role) ? table[role] : undefined;
    if (list !== undefined) copy[role] = Object.freeze([...list]);
  }
  return Object.freeze(copy);
}

/**
 * The union of the lists of `roles`, in the order of `universe`. Reads only
 * own properties, so an unparsed role such as `'constructor'` finds nothing.
 *
 * @example
 * ```ts
 * collectForRoles(map, ['technician', 'qc-inspector'], CAPABILITIES);
 * ```
 * @category org
 * @internal
 */
export function collectForRoles<T>(
  table: RoleTable<T>,
  roles: readonly Role[],
  universe: readonly T[],
): readonly T[] {
  const held = new Set<T>();
  for (const role of roles) {
    const list = Object.hasOwn(table, role) ? table[role] : undefined;
    for (const item of list ?? []) held.add(item);
  }
  return universe.filter((item) => held.has(item));
}
