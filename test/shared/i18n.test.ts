import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  concurrencyConflict,
  createErrorFormatter,
  domainError,
  forbidden,
  formatError,
  LOCALES,
  notFound,
  parseWith,
  sharedMessages,
  storageFailed,
  validationError,
} from '../../src/shared/index';

const coreErrors = [
  validationError([{ path: 'odometerKm', reason: 'too_small', detail: 'must be ≥ 0' }]),
  notFound('repair-order', 'ro_1'),
  concurrencyConflict('repair-order', 'ro_1', 3, 4),
  forbidden('price-list.publish', 'emp_7', ['service-advisor'], '§2.2.1(3)'),
  storageFailed('save', 'connection closed'),
];

describe('error messages in zh-CN and en', () => {
  it('every core error renders in both locales, with its clause appended', () => {
    for (const error of coreErrors) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, sharedMessages);
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/undefined|\[object/);
        if (error.clause) expect(text).toContain(error.clause);
      }
    }
    expect(formatError(notFound('vehicle', 'veh_1'), 'zh-CN', sharedMessages)).toBe(
      '未找到车辆 veh_1',
    );
    expect(formatError(coreErrors[3] as never, 'zh-CN', sharedMessages)).toMatch(
      /（§2\.2\.1\(3\)）$/,
    );
  });

  it('X-6 a concurrency conflict tells the user to reload', () => {
    expect(formatError(coreErrors[2] as never, 'en', sharedMessages)).toMatch(/reload/);
  });

  it('an unknown code falls back to a generic message naming the code', () => {
    const error = domainError('bay_on_fire', { bay: 'B2' }, '§9.3.1');
    expect(formatError(error, 'en', sharedMessages)).toBe('Operation failed: bay_on_fire (§9.3.1)');
    expect(formatError(error, 'zh-CN')).toBe('操作失败：bay_on_fire（§9.3.1）');
  });

  it('a template that cannot read malformed data does not hide the error', () => {
    const malformed = { code: 'not_found', data: null } as never;
    expect(formatError(malformed, 'en', sharedMessages)).toBe('Operation failed: not_found');
  });

  it('a bound formatter uses the first catalog that knows the code', () => {
    const custom = { not_found: { 'zh-CN': () => '没有', en: () => 'nothing' } };
    const format = createErrorFormatter(custom, sharedMessages);
    expect(format(notFound('x', 'y'), 'en')).toBe('nothing');
    expect(format(storageFailed('get', 'timeout'), 'en')).toMatch(/timeout/);
  });

  it('inherited keys such as __proto__ or toString are not message templates', () => {
    const error = domainError('toString', {});
    expect(formatError(error, 'en', sharedMessages)).toBe('Operation failed: toString');
  });
});

describe('parseWith', () => {
  const schema = z.object({ lines: z.array(z.object({ quantity: z.number() })) });

  it('reports every issue with a dotted path and never echoes the value', () => {
    const result = parseWith(schema, { lines: [{ quantity: 'secret-13812345678' }] });
    const issues = result._unsafeUnwrapErr().data.issues;
    expect(issues).toEqual([
      { path: 'lines.0.quantity', reason: 'invalid_type', detail: expect.any(String) },
    ]);
    expect(JSON.stringify(issues)).not.toContain('13812345678');
  });

  it('survives a refinement that throws, and hostile input', () => {
    const throwing = z.string().check(
      z.refine(() => {
        throw new Error('boom');
      }),
    );
    expect(parseWith(throwing, 'x')._unsafeUnwrapErr().data.issues[0]?.reason).toBe('unparseable');
    for (const input of [
      null,
      undefined,
      42,
      'x'.repeat(1_000_000),
      JSON.parse('{"__proto__":{"lines":[]}}'),
    ]) {
      expect(parseWith(schema, input).isErr()).toBe(true);
    }
  });

  it('carries the clause it enforces', () => {
    expect(parseWith(schema, null, '§3.2(4)')._unsafeUnwrapErr().clause).toBe('§3.2(4)');
  });
});
