const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A deep copy of JSON-safe data (as shared `isJsonSafe` accepts it) that
 * equals `JSON.parse(JSON.stringify(value))`: plain objects and arrays,
 * properties holding `undefined` left out, `-0` read as `0`, an own
 * `__proto__` key kept as data. Several times faster than the text round
 * trip on an entity, which a save needs twice (the stored copy it returns
 * and PostgreSQL's query document). Only for values already checked.
 */
export function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) items[index] = copyJson(value[index]);
    return items;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const copy: Record<string, unknown> = {};
  // for…in with an own-property test visits the keys of Object.keys, in its order, without an array per object.
  for (const key in record) {
    if (!hasOwn.call(record, key)) continue;
    const field = record[key];
    if (field === undefined) continue;
    if (key === '__proto__') {
      Object.defineProperty(copy, key, {
        value: copyJson(field),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      copy[key] = copyJson(field);
    }
  }
  return copy;
}
