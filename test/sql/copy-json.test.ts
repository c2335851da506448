import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonSafe } from '../../src/shared/index';
import { copyJson } from '../../src/sql/copy-json';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Every object and array reachable from a value. */
function containers(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    found.add(value);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

describe('copyJson', () => {
  it('X-5 equals the JSON text round trip of any JSON-safe value and shares nothing with it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        fc.pre(isJsonSafe(value));
        const copy = copyJson(value);
        expect(copy).toStrictEqual(roundTrip(value));
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
        const original = containers(value);
        for (const inner of containers(copy)) expect(original.has(inner)).toBe(false);
      }),
    );
  });

  it('X-5 drops undefined properties, reads -0 as 0 and keeps an own __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const input = { ...value, gone: undefined, zero: -0, list: [-0, { nested: undefined }] };
    const copy = copyJson(input) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__', 'a', 'zero', 'list']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.is(copy.zero, 0)).toBe(true);
    expect(copy.list).toStrictEqual([0, {}]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(input));
  });

  it('X-5 turns null-prototype records into plain objects, as JSON.parse does', () => {
    const record = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: [1] });
    const copy = copyJson(record);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toStrictEqual(roundTrip(record));
  });
});
