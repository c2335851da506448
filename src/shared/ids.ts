import * as z from 'zod/mini';

declare const brand: unique symbol;

/**
 * A nominal type: a `T` that the compiler keeps apart from other `T`s.
 * Brands exist only in types; at run time the value is the plain `T`.
 *
 * @example
 * ```ts
 * type CustomerId = Brand<string, 'CustomerId'>;
 * ```
 * @category shared
 */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/**
 * A branded entity identifier, e.g. `Id<'RepairOrder'>`.
 *
 * @category shared
 */
export type Id<B extends string> = Brand<string, B>;

/** Longest identifier the library accepts; keeps hostile input out of keys and logs. */
export const MAX_ID_LENGTH = 128;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * A zod schema for one branded id kind: 1–128 characters of letters, digits
 * and `_ . : -`, starting with a letter or digit (safe in URLs, SQL keys and
 * file names alike).
 *
 * @example
 * ```ts
 * const CustomerIdSchema = idSchema<'Customer'>();
 * type CustomerId = z.infer<typeof CustomerIdSchema>; // Id<'Customer'>
 * ```
 * @category shared
 */
export function idSchema<B extends string>() {
  return z.pipe(
    z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH), z.regex(ID_PATTERN)),
    z.transform((value: string) => value as Id<B>),
  );
}

/**
 * The port through which the library receives new identifiers. The pure
 * core never invents ids; services ask this port, tests pass a deterministic one.
 *
 * @example
 * ```ts
 * const ids: IdGenerator = { next: (kind) => `${kind}_${crypto.randomUUID()}` };
 * ```
 * @category shared
 */
export interface IdGenerator {
  /** A new, unique id for an entity of `kind` (`'repair-order'`, `'event'`…). */
  next(kind: string): string;
}

/**
 * A deterministic {@link IdGenerator} for tests and demos: `kind_1`, `kind_2`, …
 * counted per kind. Each call returns an independent generator.
 *
 * @example
 * ```ts
 * const ids = sequentialIds();
 * ids.next('ro'); // 'ro_1'
 * ids.next('ro'); // 'ro_2'
 * ```
 * @category shared
 */
export function sequentialIds(): IdGenerator {
  const counters = new Map<string, number>();
  return {
    next(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}_${n}`;
    },
  };
}

/**
 * An {@link IdGenerator} backed by `crypto.randomUUID()` (Node ≥ 20, browsers,
 * edge runtimes): `kind_<uuid>`.
 *
 * @example
 * ```ts
 * randomIds().next('cus'); // 'cus_3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 * @category shared
 */
export function randomIds(): IdGenerator {
  // Typed locally: the library compiles without DOM or Node globals.
  const { crypto } = globalThis as unknown as { crypto: { randomUUID(): string } };
  return { next: (kind) => `${kind}_${crypto.randomUUID()}` };
}
