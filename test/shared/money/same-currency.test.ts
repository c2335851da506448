import { describe, expect, it } from 'vitest';
import { checkSameCurrency } from '../../../src/shared/money/same-currency';
import { money } from './helpers';

describe('checkSameCurrency', () => {
  it('returns the shared currency', () => {
    expect(checkSameCurrency(money('1'), money('2'))._unsafeUnwrap()).toBe('CNY');
  });

  it('returns currency_mismatch as a value naming both currencies, never throwing', () => {
    expect(() => checkSameCurrency(money('1'), money('1', 'HKD'))).not.toThrow();
    expect(checkSameCurrency(money('1'), money('1', 'HKD'))._unsafeUnwrapErr()).toEqual({
      code: 'currency_mismatch',
      data: { left: 'CNY', right: 'HKD' },
    });
  });
});
