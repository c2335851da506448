import * as z from 'zod/mini';
import { type Id, idSchema } from './ids';
import { InstantSchema } from './time/instant';

/**
 * The fields every entity (实体) carries, as a zod mini shape that module
 * schemas spread into their own objects (replacing `id` with their branded id):
 * `id`; `version`, the optimistic-concurrency counter that storage sets
 * (0 = never stored, then 1, 2, … after each save); `createdAt` and
 * `updatedAt` instants, set by the pure core from the command's `at`.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { entityBaseShape, idSchema } from 'aftersales/shared';
 * export const BaySchema = z.object({
 *   ...entityBaseShape,
 *   id: idSchema<'Bay'>(),
 *   name: z.string().check(z.minLength(1), z.maxLength(50)),
 * });
 * ```
 * @category shared
 * @see X-6
 */
export const entityBaseShape = {
  id: idSchema<string>(),
  version: z.int().check(z.gte(0)),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
};

/**
 * Schema of the base fields alone; unknown keys are stripped, so it suits
 * checking the base of any entity (as storage adapters do) but not parsing one.
 *
 * @example
 * ```ts
 * EntityBaseSchema.safeParse({ id: 'bay_1', version: 0, createdAt: at, updatedAt: at }).success; // true
 * ```
 * @category shared
 */
export const EntityBaseSchema = z.object(entityBaseShape);

/**
 * The base fields of any entity; repositories store anything that extends it.
 *
 * @example
 * ```ts
 * function describe(entity: EntityBase): string {
 *   return `${entity.id} v${entity.version}`;
 * }
 * ```
 * @category shared
 * @see X-6
 */
export type EntityBase = z.infer<typeof EntityBaseSchema>;

/**
 * The base fields with the id branded for kind `B`, read-only: a convenient
 * base for entity types written by hand.
 *
 * @example
 * ```ts
 * type Bay = Entity<'Bay'> & { readonly name: string };
 * ```
 * @category shared
 */
export type Entity<B extends string> = Readonly<Omit<EntityBase, 'id'> & { id: Id<B> }>;

/** Deeper nesting is refused: no entity is this deep, and a cycle would never end. */
const MAX_JSON_DEPTH = 64;

/**
 * Whether a value survives `JSON.stringify` / `JSON.parse` unchanged, as
 * every entity and event payload must: only plain objects, arrays, strings,
 * finite numbers, booleans and `null`. Object properties whose value is
 * `undefined` are allowed (they are absent after the round trip, which is
 * how optional fields read anyway). Rejected: `Date`, `Map`, class
 * instances, functions, symbols, bigints, `NaN`/`Infinity`, `undefined` or
 * holes in arrays, symbol keys, cycles and nesting deeper than 64. Never throws.
 *
 * @example
 * ```ts
 * isJsonSafe({ amount: '12.50', tags: ['a'] }); // true
 * isJsonSafe({ at: new Date() }); // false
 * ```
 * @category shared
 * @see X-5
 */
export function isJsonSafe(value: unknown): boolean {
  try {
    return isJsonSafeAt(value, 0);
  } catch {
    // Getters and proxies can throw while being inspected; such a value is not plain data.
    return false;
  }
}

function isJsonSafeAt(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= MAX_JSON_DEPTH) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Array.prototype) return isJsonSafeArray(value as readonly unknown[], depth);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return isJsonSafeRecord(value as Readonly<Record<string, unknown>>, depth);
}

function isJsonSafeArray(items: readonly unknown[], depth: number): boolean {
  for (let index = 0; index < items.length; index += 1) {
    if (!(index in items) || !isJsonSafeAt(items[index], depth + 1)) return false;
  }
  return true;
}

/**
 * for…in instead of `Object.keys(…).every(…)`: every save walks whole
 * entities, and an array and a closure per object were most of its cost.
 * Only own keys count; a plain object has no enumerable inherited ones.
 */
function isJsonSafeRecord(record: Readonly<Record<string, unknown>>, depth: number): boolean {
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const field = record[key];
    if (field !== undefined && !isJsonSafeAt(field, depth + 1)) return false;
  }
  return true;
}
