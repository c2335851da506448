import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDiscountRules, sortDiscountRules } from '../../src/pricing/index';
import { rule } from './fixtures';

describe('discount rule order', () => {
  it('§5.3(1) sorts by priority descending, then id ascending', () => {
    const rules = [
      rule({ id: 'b', priority: 1 }),
      rule({ id: 'a', priority: 1 }),
      rule({ id: 'z', priority: 5 }),
      rule({ id: 'c', priority: -2 }),
    ];
    expect(
      sortDiscountRules(rules)
        ._unsafeUnwrap()
        .map((r) => r.id),
    ).toEqual(['z', 'a', 'b', 'c']);
    expect(rules.map((r) => r.id)).toEqual(['b', 'a', 'z', 'c']);
  });

  it('§5.3(1) ties are broken by code-unit id order, never by input order', () => {
    const rules = ['r10', 'r9', 'R1', 'r1'].map((id) => rule({ id }));
    fc.assert(
      fc.property(fc.shuffledSubarray(rules, { minLength: rules.length }), (shuffled) => {
        expect(
          sortDiscountRules(shuffled)
            ._unsafeUnwrap()
            .map((r) => r.id),
        ).toEqual(['R1', 'r1', 'r10', 'r9']);
      }),
    );
    expect(compareDiscountRules(rule({ id: 'a' }), rule({ id: 'a' }))).toBe(0);
  });

  it('§5.3(1) duplicate ids are an error', () => {
    expect(
      sortDiscountRules([rule({ id: 'x' }), rule({ id: 'x', priority: 3 })])._unsafeUnwrapErr(),
    ).toEqual({
      code: 'duplicate_discount_rule',
      data: { ruleId: 'x' },
    });
  });
});
