/**
 * §3.5, §5.2(3)(4), §5.3, REG-2, REG-3, REG-7: the settlement statement
 * (结算清单) priced from the final lines — every line with its basis and
 * parts grade, the discounts applied and the one rejected with its reason,
 * VAT — then payment, exit pass, delivery and the explanation to the customer.
 */
import type { PresentedCoupon, QuoteCustomer } from '../../src/pricing/index';
import { money, must, type Scenario, wallTime } from './context';
import { VEHICLE_CLASS } from './dealer';
import type { Quote, RepairOrder } from './library';
import { applyAll } from './order-ops';
import type { Setup } from './step-setup';

export interface SettlementPlan {
  readonly time: string;
  /** What the host's customer history says (tenure, visits, spend) for §5.3 conditions. */
  readonly customer: QuoteCustomer;
  readonly coupons: readonly PresentedCoupon[];
  readonly method: 'mobile-payment' | 'bank-card';
  readonly exitPass: string;
  /** Print the whole statement (the day's main order) or one line (a routine one). */
  readonly detail: 'full' | 'brief';
}

export interface Delivered {
  readonly order: RepairOrder;
  readonly statement: Quote;
}

const METHOD_ZH = { 'mobile-payment': '移动支付', 'bank-card': '银行卡' } as const;

const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - [...text].length));

function printStatement(s: Scenario, statement: Quote): void {
  const { pricing } = s.lib;
  s.log.note(
    'No  item / 项目                         basis / 计价依据                 list      discount    amount',
  );
  for (const line of statement.lines) {
    const basis =
      line.basis.kind === 'labour'
        ? `${line.basis.quotaHours} h × ${line.basis.hourlyRate.amount} × ${line.basis.quantity}`
        : `${line.basis.quantity} × ${'unitPrice' in line.basis ? line.basis.unitPrice.amount : ''}`;
    const grade = line.grade === undefined ? '' : ` [${line.grade}]`;
    s.log.note(
      `${pad(String(line.lineNo), 3)} ${pad(`${line.code}${grade}`, 34)} ${pad(basis, 24)} ${line.listAmount.amount.padStart(9)} ${`-${line.discount.amount}`.padStart(10)} ${line.amount.amount.padStart(9)}`,
    );
  }
  for (const adjustment of statement.adjustments) {
    s.log.say(
      pricing.explainAdjustment(adjustment, 'zh-CN'),
      pricing.explainAdjustment(adjustment, 'en'),
    );
  }
  for (const rejected of statement.rejectedRules) {
    s.log.say(
      pricing.explainRejectedRule(rejected, 'zh-CN'),
      pricing.explainRejectedRule(rejected, 'en'),
    );
  }
  s.log.say(
    pricing.explainQuote(statement, 'zh-CN').at(-1) ?? '',
    pricing.explainQuote(statement, 'en').at(-1) ?? '',
  );
}

/** Settles, takes payment, issues the exit pass and delivers. */
export async function settleAndDeliver(
  s: Scenario,
  setup: Setup,
  ready: RepairOrder,
  plan: SettlementPlan,
): Promise<Delivered> {
  const { repairOrder, pricing, shared } = s.lib;
  const start = s.at('mon', plan.time);
  const at = (minutes: number) => shared.addMinutesToInstant(start, minutes);
  const statement = must(
    repairOrder.priceSettlement(
      ready,
      {
        id: `q_${ready.id}_final` as Quote['id'],
        at: at(0),
        currency: 'CNY',
        vehicleClass: VEHICLE_CLASS,
        customer: plan.customer,
        coupons: [...plan.coupons],
      },
      { priceLists: [setup.dealer.priceList], rules: setup.dealer.rules },
    ),
    'price settlement',
  );
  let order = await applyAll(s, ready, [
    { type: 'settle', at: at(0), actor: s.staff.advisor, statement },
  ]);
  const settlement = order.settlement;
  if (settlement === null) throw new Error('not settled');
  const workChanged = settlement.differences.filter((d) => d.change !== 'changed').length;
  if (plan.detail === 'brief') {
    const reasons = statement.rejectedRules.map((r) => `${r.ruleId}: ${r.reason}`).join(', ');
    s.log.say(
      `${wallTime(at(0), 'zh')} 结算 ${money(statement.total, 'zh')}（含增值税 ${money(statement.vat.vat, 'zh')}），无适用优惠（${reasons}）`,
      `${wallTime(at(0), 'en')} settled at ${money(statement.total, 'en')} (VAT ${money(statement.vat.vat, 'en')} included), no discount applies (${reasons})`,
    );
  } else {
    s.log.say(
      `${wallTime(at(0), 'zh')} 结算清单 ${statement.id}：批准估价（方案 + 已同意的追加项目）${money(settlement.estimatedTotal, 'zh')}，项目增减 ${workChanged} 处；明细如下（§3.5(2)）`,
      `${wallTime(at(0), 'en')} settlement statement ${statement.id}: approved estimate (plan + approved supplementary work) ${money(settlement.estimatedTotal, 'en')}, ${workChanged} items added or removed; the breakdown (§3.5(2)):`,
    );
    printStatement(s, statement);
  }
  for (const coupon of plan.coupons) {
    const redeemed = must(
      pricing.redeemCoupon(statement, {
        couponCode: coupon.code,
        orderId: order.id,
        customerId: order.customerId,
        at: at(5),
        existing: [],
      }),
      'redeem coupon',
    );
    s.log.say(
      `优惠券 ${coupon.code} 核销（核销键 ${redeemed.redemption.key}，同一工单重复核销无效，§5.3(4)）`,
      `Coupon ${coupon.code} redeemed (key ${redeemed.redemption.key}; redeeming it again on this order changes nothing, §5.3(4))`,
    );
  }
  order = await applyAll(s, order, [
    {
      type: 'record-payment',
      at: at(10),
      actor: s.staff.advisor,
      payment: {
        id: `pay_${order.id}`,
        kind: 'payment',
        method: plan.method,
        amount: statement.total,
      },
    },
    { type: 'issue-exit-pass', at: at(12), actor: s.staff.advisor, number: plan.exitPass },
    { type: 'deliver', at: at(20), actor: s.staff.advisor },
  ]);
  const balance = repairOrder.computeBalance(order);
  const summary = repairOrder.summarizeDelivery(order);
  const next = order.delivery?.nextService;
  s.log.say(
    `收款 ${money(balance.paid, 'zh')}（${METHOD_ZH[plan.method]}），余额 ${money(balance.balance, 'zh')}，出门证 ${plan.exitPass}；${wallTime(at(20), 'zh')} 交车，归还钥匙和证件，讲解完成的 ${summary.jobsDone.length} 项作业和更换的 ${summary.partsReplaced.length} 种配件（含配件等级，REG-3）；下次保养 ${next?.dueDate ?? '—'} 或 ${next?.dueOdometerKm?.toLocaleString('en') ?? '—'} km`,
    `Paid ${money(balance.paid, 'en')} (${plan.method.replace('-', ' ')}), balance ${money(balance.balance, 'en')}, exit pass ${plan.exitPass}; delivered ${wallTime(at(20), 'en')} with keys and documents, the work explained (jobs done: ${summary.jobsDone.length}, parts replaced with their grade: ${summary.partsReplaced.length}, REG-3); next service by ${next?.dueDate ?? '—'} or ${next?.dueOdometerKm?.toLocaleString('en') ?? '—'} km`,
  );
  if (summary.recommendations.length > 0) {
    const listed = summary.recommendations
      .map((r) => `${r.description} (${r.severity})`)
      .join('、');
    s.log.say(
      `向客户说明暂缓项目：${listed}`,
      `Deferred work explained to the customer: ${listed}`,
    );
  }
  return { order, statement };
}
