import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { EntityBaseSchema, entityBaseShape, idSchema, isJsonSafe } from '../../src/shared/index';

const base = {
  id: 'bay_1',
  version: 0,
  createdAt: '2026-11-27T00:00:00Z',
  updatedAt: '2026-11-27T00:00:00.000Z',
};

describe('entity base', () => {
  it('X-6 spreads into module schemas with a branded id, a version and canonical instants', () => {
    const BaySchema = z.object({ ...entityBaseShape, id: idSchema<'Bay'>(), name: z.string() });
    const bay = BaySchema.parse({ ...base, name: 'Bay 1' });
    expect(bay).toEqual({ ...base, createdAt: '2026-11-27T00:00:00.000Z', name: 'Bay 1' });
  });

  it.each([
    ['a negative version', { ...base, version: -1 }],
    ['a fractional version', { ...base, version: 1.5 }],
    ['a version as text', { ...base, version: '1' }],
    ['an instant with an offset', { ...base, createdAt: '2026-11-27T08:00:00+08:00' }],
    ['an empty id', { ...base, id: '' }],
    ['a missing updatedAt', { id: 'bay_1', version: 0, createdAt: base.createdAt }],
  ])('X-6 rejects %s', (_, input) => {
    expect(EntityBaseSchema.safeParse(input).success).toBe(false);
  });
});

describe('isJsonSafe', () => {
  it('accepts plain JSON data, including null-prototype objects and undefined properties', () => {
    expect(isJsonSafe({ a: '1.50', b: [1, true, null, { c: 'x' }], d: undefined })).toBe(true);
    expect(isJsonSafe(Object.assign(Object.create(null), { a: 1 }))).toBe(true);
    expect(isJsonSafe(JSON.parse('{"__proto__": {"x": 1}}'))).toBe(true);
    expect(isJsonSafe('text')).toBe(true);
  });

  it.each([
    ['a Date', { at: new Date(0) }],
    ['a Map', { m: new Map() }],
    ['a class instance', { v: new (class Money {})() }],
    ['a function', { f: () => 1 }],
    ['a bigint', { n: 1n }],
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['undefined in an array', [1, undefined]],
    ['a hole in an array', new Array<number>(3).fill(1, 0, 1)],
    ['a symbol value', { s: Symbol('s') }],
    ['a symbol key', { [Symbol('k')]: 1 }],
    ['undefined itself', undefined],
    [
      'a throwing getter',
      Object.defineProperty({}, 'x', {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      }),
    ],
  ])('rejects %s', (_, value) => {
    expect(isJsonSafe(value)).toBe(false);
  });

  it('accepts any JSON value and rejects it once a Date is planted anywhere inside (X-5)', () => {
    const container = fc.oneof(
      fc.array(fc.jsonValue({ maxDepth: 4 }), { minLength: 1 }),
      fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 }), { minKeys: 1 }),
    );
    fc.assert(
      fc.property(container, fc.nat(), (value, pick) => {
        expect(isJsonSafe(value)).toBe(true);
        const planted = structuredClone(value) as Record<string, unknown>;
        const keys = Object.keys(planted);
        planted[keys[pick % keys.length] as string] = new Date(0);
        expect(isJsonSafe(planted)).toBe(false);
      }),
    );
  });

  it('rejects cycles and absurd nesting without overflowing the stack', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(isJsonSafe(cycle)).toBe(false);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(isJsonSafe(deep)).toBe(false);
  });
});
