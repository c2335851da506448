import type { Locale } from '../shared/index';
import {
  ADJUSTMENT_TEXT,
  CLIP_TEXT,
  formatMoneyText,
  formatRate,
  GRADE_TEXT,
  KIND_TEXT,
  REJECTION_TEXT,
} from './explain-labels';
import type { Adjustment, LineBasis, Quote, QuoteLine, RejectedRule } from './schema';

const SEPARATOR: Readonly<Record<Locale, string>> = { 'zh-CN': '；', en: '; ' };

function basisText(basis: LineBasis, locale: Locale): string {
  const m = (money: Parameters<typeof formatMoneyText>[0]) => formatMoneyText(money, locale);
  const zh = locale === 'zh-CN';
  switch (basis.kind) {
    case 'labour':
      return zh
        ? `定额工时 ${basis.quotaHours} 小时 × 工时单价 ${m(basis.hourlyRate)}/小时 × ${basis.quantity}`
        : `${basis.quotaHours} quota h × ${m(basis.hourlyRate)}/h × ${basis.quantity}`;
    case 'part':
    case 'fee':
      return zh
        ? `${basis.quantity} ${basis.unit} × 单价 ${m(basis.unitPrice)}`
        : `${basis.quantity} ${basis.unit} × ${m(basis.unitPrice)}`;
    case 'override':
      return zh
        ? `${basis.quantity} × 经理核定单价 ${m(basis.unitPrice)}`
        : `${basis.quantity} × manager-approved unit price ${m(basis.unitPrice)}`;
  }
}

/**
 * Explains one quote line (费用说明) in zh-CN or en: what it is, its parts
 * grade, how its list amount is calculated (quota hours × hourly rate, or
 * quantity × unit price), its labour / material / transport components, its
 * discount and what is payable, plus the price list's own explanation.
 *
 * @example
 * ```ts
 * explainLine(line, 'en');
 * // 'Line 1 · Oil change (labour OP-OIL): 0.5 quota h × CNY 200.00/h × 1 = CNY 100.00 …'
 * ```
 * @category pricing
 * @see §5.1(2)
 * @see §5.2(4)
 * @see REG-2
 * @see REG-3
 */
export function explainLine(line: QuoteLine, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const m = (money: QuoteLine['amount']) => formatMoneyText(money, locale);
  const kind =
    line.basis.kind === 'fee'
      ? KIND_TEXT[line.basis.feeType][locale]
      : KIND_TEXT[line.kind][locale];
  const grade =
    line.grade === undefined ? '' : `${zh ? '，' : ', '}${GRADE_TEXT[line.grade][locale]}`;
  const { labour, material, transport } = line.components;
  const parts = [
    zh
      ? `第 ${line.lineNo} 行 · ${line.name}（${kind} ${line.code}${grade}）：${basisText(line.basis, locale)} = ${m(line.listAmount)}`
      : `Line ${line.lineNo} · ${line.name} (${kind} ${line.code}${grade}): ${basisText(line.basis, locale)} = ${m(line.listAmount)}`,
    zh
      ? `其中工时费 ${m(labour)}、材料费 ${m(material)}、运输费 ${m(transport)}`
      : `of which labour ${m(labour)}, material ${m(material)}, transport ${m(transport)}`,
  ];
  if (!/^[0.]+$/.test(line.discount.amount)) {
    parts.push(zh ? `优惠 ${m(line.discount)}` : `discount ${m(line.discount)}`);
  }
  parts.push(zh ? `应付 ${m(line.amount)}` : `payable ${m(line.amount)}`);
  if (line.override !== undefined) {
    parts.push(
      zh
        ? `未公示项目，经理核价：${line.override.reason}`
        : `not in the published list; manager override: ${line.override.reason}`,
    );
  }
  if (line.explanation !== undefined) parts.push(line.explanation[locale]);
  return parts.join(SEPARATOR[locale]);
}

/**
 * Explains one applied discount (优惠说明): the rule and its type and
 * clause, the coupon code, what it asked for and what it gave, why it was
 * reduced (margin floor, discount cap), and how it was spread over lines.
 *
 * @example
 * ```ts
 * explainAdjustment(quote.adjustments[0], 'zh-CN');
 * // '会员 95 折（会员优惠，§5.3(5)）：按 5% 计 …'
 * ```
 * @category pricing
 * @see §5.2(4)
 * @see §5.3(1)
 */
export function explainAdjustment(adjustment: Adjustment, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const m = (money: Adjustment['amount']) => formatMoneyText(money, locale);
  const kind = ADJUSTMENT_TEXT[adjustment.reason][locale];
  const coupon = adjustment.couponCode === undefined ? '' : ` ${adjustment.couponCode}`;
  const benefit =
    adjustment.benefit.kind === 'percentage'
      ? zh
        ? `按 ${formatRate(adjustment.benefit.rate)} 计（基于此前应付金额）`
        : `${formatRate(adjustment.benefit.rate)} of the amount still payable`
      : zh
        ? `立减 ${m(adjustment.benefit.amount)}`
        : `${m(adjustment.benefit.amount)} off`;
  const parts = [
    zh
      ? `${adjustment.ruleName}（${kind}${coupon}，${adjustment.clause}）：${benefit}`
      : `${adjustment.ruleName} (${kind}${coupon}, ${adjustment.clause}): ${benefit}`,
    zh
      ? `应减 ${m(adjustment.requested)}，实减 ${m(adjustment.amount)}`
      : `requested ${m(adjustment.requested)}, applied ${m(adjustment.amount)}`,
  ];
  for (const clip of adjustment.clipped) parts.push(CLIP_TEXT[clip][locale]);
  const spread = adjustment.allocations
    .map(({ lineNo, amount }) =>
      zh ? `第 ${lineNo} 行 ${m(amount)}` : `line ${lineNo} ${m(amount)}`,
    )
    .join(zh ? '、' : ', ');
  if (spread !== '') parts.push(zh ? `分摊：${spread}` : `spread: ${spread}`);
  return parts.join(SEPARATOR[locale]);
}

/**
 * Explains why a discount rule did not apply.
 *
 * @example
 * ```ts
 * explainRejectedRule(quote.rejectedRules[0], 'en');
 * // 'Spring coupon (§5.3(4)) not applied: the coupon has expired'
 * ```
 * @category pricing
 * @see §5.2(4)
 * @see §5.3(4)
 */
export function explainRejectedRule(rejected: RejectedRule, locale: Locale): string {
  const reason = REJECTION_TEXT[rejected.reason][locale];
  return locale === 'zh-CN'
    ? `${rejected.ruleName}（${rejected.clause}）未适用：${reason}`
    : `${rejected.ruleName} (${rejected.clause}) not applied: ${reason}`;
}

/**
 * Explains a whole quote, one text per line, applied discount and rejected
 * rule, then the totals with the VAT split (REG-7) — everything a customer is
 * told about a price (§1.2(9), §5.2(4)).
 *
 * @example
 * ```ts
 * explainQuote(quote, 'zh-CN').join('\n');
 * ```
 * @category pricing
 * @see §5.2(4)
 * @see REG-7
 */
export function explainQuote(quote: Quote, locale: Locale): string[] {
  const m = (money: Quote['total']) => formatMoneyText(money, locale);
  const { vat } = quote;
  const rate = formatRate(vat.rate);
  const basis =
    vat.basis === 'inclusive'
      ? locale === 'zh-CN'
        ? '含税'
        : 'tax-inclusive'
      : locale === 'zh-CN'
        ? '不含税价另加税'
        : 'tax added';
  const totals =
    locale === 'zh-CN'
      ? `合计：项目金额 ${m(quote.subtotal)} − 优惠 ${m(quote.discountTotal)} = 应付 ${m(quote.total)}（${basis}；不含税金额 ${m(vat.net)} + 增值税 ${rate} ${m(vat.vat)}）`
      : `Total: items ${m(quote.subtotal)} − discounts ${m(quote.discountTotal)} = payable ${m(quote.total)} (${basis}; net ${m(vat.net)} + VAT ${rate} ${m(vat.vat)})`;
  return [
    ...quote.lines.map((line) => explainLine(line, locale)),
    ...quote.adjustments.map((adjustment) => explainAdjustment(adjustment, locale)),
    ...quote.rejectedRules.map((rejected) => explainRejectedRule(rejected, locale)),
    totals,
  ];
}
