import { describe, expect, it } from 'vitest';
import {
  explainAdjustment,
  explainLine,
  explainQuote,
  explainRejectedRule,
  quote,
} from '../../src/pricing/index';
import { cny, goldCustomer, manager, request, rule, version } from './fixtures';

function priced() {
  return quote(request({ customer: goldCustomer }), {
    priceLists: [version()],
    rules: [
      rule({ id: 'rule_gold', name: 'Gold 10%' }),
      rule({
        id: 'rule_deep',
        name: 'Filter 90%',
        priority: 5,
        scope: { kind: 'lines', itemKeys: ['part:P-FILTER'] },
        benefit: { kind: 'percentage', rate: '0.9' },
      }),
      rule({
        id: 'rule_may',
        name: 'May days',
        condition: { type: 'seasonal', from: '2026-05-01', to: '2026-05-05' },
      }),
    ],
  })._unsafeUnwrap();
}

describe('explanations', () => {
  it('§5.2(4) §4.1(2) REG-2 a labour line explains quota hours × hourly rate and its components', () => {
    const line = priced().lines[0];
    if (line === undefined) throw new Error('no line');
    expect(explainLine(line, 'zh-CN')).toBe(
      '第 1 行 · 更换机油（工时 OP-OIL）：定额工时 0.5 小时 × 工时单价 200.00元/小时 × 1 = 100.00元；其中工时费 100.00元、材料费 0.00元、运输费 0.00元；优惠 10.00元；应付 90.00元；价格说明',
    );
    expect(explainLine(line, 'en')).toBe(
      'Line 1 · 更换机油 (labour OP-OIL): 0.5 quota h × CNY 200.00/h × 1 = CNY 100.00; of which labour CNY 100.00, material CNY 0.00, transport CNY 0.00; discount CNY 10.00; payable CNY 90.00; How the price is made up',
    );
  });

  it('REG-3 §5.2(4) a part line names its grade in both locales', () => {
    const line = priced().lines[1];
    if (line === undefined) throw new Error('no line');
    expect(explainLine(line, 'zh-CN')).toContain(
      '（配件 P-FILTER，原厂件）：1 pc × 单价 80.00元 = 80.00元',
    );
    expect(explainLine(line, 'en')).toContain(
      '(part P-FILTER, original (OEM)): 1 pc × CNY 80.00 = CNY 80.00',
    );
  });

  it('§5.2(4) §5.1(3) an adjustment explains its rule, clause, amounts, clip and spread', () => {
    const [deep, gold] = priced().adjustments;
    if (deep === undefined || gold === undefined) throw new Error('no adjustment');
    expect(explainAdjustment(deep, 'en')).toBe(
      'Filter 90% (membership discount, §5.3(5)): 90% of the amount still payable; requested CNY 72.00, applied CNY 30.00; reduced so that no line falls below cost plus minimum margin; spread: line 2 CNY 30.00',
    );
    expect(explainAdjustment(deep, 'zh-CN')).toBe(
      'Filter 90%（会员优惠，§5.3(5)）：按 90% 计（基于此前应付金额）；应减 72.00元，实减 30.00元；受成本加最低利润限制而减少；分摊：第 2 行 30.00元',
    );
    expect(explainAdjustment(gold, 'zh-CN')).toContain(
      '分摊：第 1 行 10.00元、第 3 行 29.48元、第 4 行 1.00元',
    );
  });

  it('§5.3(3) §5.2(4) a rejected rule says why in both locales', () => {
    const [rejected] = priced().rejectedRules;
    if (rejected === undefined) throw new Error('no rejection');
    expect(explainRejectedRule(rejected, 'zh-CN')).toBe(
      'May days（§5.3(3)）未适用：不在活动日期内',
    );
    expect(explainRejectedRule(rejected, 'en')).toBe(
      'May days (§5.3(3)) not applied: outside the promotion dates',
    );
  });

  it('§1.2(9) §5.2(4) REG-7 the quote explanation ends with totals and the VAT split', () => {
    const lines = explainQuote(priced(), 'zh-CN');
    expect(lines).toHaveLength(4 + 2 + 1 + 1);
    expect(lines.at(-1)).toBe(
      '合计：项目金额 484.75元 − 优惠 70.48元 = 应付 414.27元（含税；不含税金额 366.61元 + 增值税 13% 47.66元）',
    );
    expect(explainQuote(priced(), 'en').at(-1)).toBe(
      'Total: items CNY 484.75 − discounts CNY 70.48 = payable CNY 414.27 (tax-inclusive; net CNY 366.61 + VAT 13% CNY 47.66)',
    );
  });

  it('§5.2(3) §5.2(4) an overridden line says it is a manager override with the reason', () => {
    const result = quote(
      request({
        lines: [
          {
            kind: 'fee',
            feeCode: 'F-TOOL',
            quantity: '1',
            override: {
              name: 'Tool rental',
              unitPrice: cny('25.00'),
              reason: 'agreed on site',
              auditEntryId: 'aud_1',
            },
          },
        ],
      }),
      { priceLists: [version()], actor: manager },
    )._unsafeUnwrap();
    const line = result.lines[0];
    if (line === undefined) throw new Error('no line');
    expect(explainLine(line, 'en')).toContain('1 × manager-approved unit price CNY 25.00');
    expect(explainLine(line, 'en')).toContain('manager override: agreed on site');
    expect(explainLine(line, 'zh-CN')).toContain('经理核价：agreed on site');
  });
});
