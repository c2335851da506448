import { describe, expect, it } from 'vitest';
import {
  couponNotApplied,
  duplicateDiscountRule,
  priceListDatesInvalid,
  priceListNotInForce,
  priceListNotPublishable,
  priceListOverlap,
  priceNotDisclosed,
  pricingMessages,
  quantityInvalid,
} from '../../src/pricing/index';
import { forbidden, formatError, LOCALES, sharedMessages } from '../../src/shared/index';

const errors = [
  priceNotDisclosed(2, 'fee:F-X'),
  priceListNotInForce('2026-03-01'),
  priceListOverlap('plv_2', 'plv_1'),
  priceListDatesInvalid('plv_1'),
  priceListNotPublishable('plv_1', [{ itemKey: 'part:P-1', problem: 'explanation_missing' }]),
  duplicateDiscountRule('rule_1'),
  couponNotApplied('SPRING50', 'q_1'),
  quantityInvalid(3),
];

describe('pricingMessages', () => {
  it('§5.2(3) renders price_not_disclosed in zh-CN and en with its clause', () => {
    const [error] = errors;
    if (error === undefined) throw new Error('no error');
    expect(formatError(error, 'zh-CN', pricingMessages)).toBe(
      '第 2 行的项目 fee:F-X 不在现行公示价目表中，不得收费（§5.2(3)）',
    );
    expect(formatError(error, 'en', pricingMessages)).toBe(
      'Line 2: fee:F-X is not in the published price list in force and cannot be charged (§5.2(3))',
    );
  });

  it('§5.2(3) shared codes render through the shared catalog alongside', () => {
    const error = forbidden('price-override.approve', 'emp_sa', ['service-advisor'], '§5.2(3)');
    expect(formatError(error, 'en', pricingMessages, sharedMessages)).toBe(
      'Not allowed: this needs the capability price-override.approve (§5.2(3))',
    );
  });

  it('§5.2(4) every pricing code has a zh-CN and an en message', () => {
    for (const error of errors) {
      for (const locale of LOCALES) {
        const text = formatError(error, locale, pricingMessages);
        expect(text).not.toContain(error.code);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('§5.1(3) lists the offending items and counts the rest', () => {
    const problems = Array.from({ length: 12 }, (_, i) => ({
      itemKey: `part:P-${i}`,
      problem: 'below_margin_floor' as const,
    }));
    const text = formatError(priceListNotPublishable('plv_1', problems), 'en', pricingMessages);
    expect(text).toContain('part:P-0: priced below cost plus minimum margin');
    expect(text).toContain('2 more');
    expect(
      formatError(priceListNotPublishable('plv_1', problems), 'zh-CN', pricingMessages),
    ).toContain('另有 2 项');
  });
});
