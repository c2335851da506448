/**
 * Reads an own property of a record keyed by ids or part numbers. Keys come
 * from data, so an inherited name (`constructor`, `toString`) must never
 * reach `Object.prototype`.
 *
 * @example
 * ```ts
 * ownValue({ a: 1 }, 'constructor'); // undefined
 * ```
 * @category parts
 * @internal
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets `key` on a record the caller owns (a local copy being built), as an
 * own data property: a key from data never reaches a prototype setter
 * (`__proto__`).
 *
 * @example
 * ```ts
 * const copy = { ...positions };
 * setOwn(copy, partId, position);
 * ```
 * @category parts
 * @internal
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
