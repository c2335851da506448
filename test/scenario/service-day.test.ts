import { beforeAll, describe, expect, it } from 'vitest';
import { runServiceDay, type ServiceDayResult } from '../../demo/service-day-scenario';
import * as analytics from '../../src/analytics/index';
import * as appointment from '../../src/appointment/index';
import * as crm from '../../src/crm/index';
import * as improvement from '../../src/improvement/index';
import * as org from '../../src/org/index';
import * as parts from '../../src/parts/index';
import * as pricing from '../../src/pricing/index';
import * as quality from '../../src/quality/index';
import * as repairOrder from '../../src/repair-order/index';
import * as shared from '../../src/shared/index';
import { createSqlStore } from '../../src/sql/index';

const library = {
  analytics,
  appointment,
  crm,
  improvement,
  org,
  parts,
  pricing,
  quality,
  repairOrder,
  shared,
};

/** Sum of money amounts in cents, exactly (amounts are decimal strings with two places). */
const cents = (amounts: readonly { amount: string }[]) =>
  amounts.reduce((sum, money) => sum + BigInt(money.amount.replace('.', '')), 0n);

let day: ServiceDayResult;
let storedActions: readonly improvement.ImprovementAction[] = [];

beforeAll(async () => {
  const store = (await createSqlStore({ dialect: 'sqlite', filename: ':memory:' }))._unsafeUnwrap();
  try {
    day = await runServiceDay(library, store);
    const actions = improvement.createImprovementRepositories(store).actions;
    storedActions = (await actions.listByStatus('open'))._unsafeUnwrap();
  } finally {
    await store.close();
  }
});

describe('the demo service day on SQLite (npm run demo)', () => {
  it('§3.1(2) finds slots and books the one the customer chose, with a priced estimate', () => {
    expect(day.figures.slotsFound).toBe(3);
    expect(day.figures.bookedStart).toBe('2026-03-16T01:00:00.000Z');
  });

  it('REG-4 records the customer approving the disc replacement and declining the A/C cleaning', () => {
    expect(day.figures.supplementary).toEqual({
      approved: ['ln_b3', 'ln_b4'],
      declined: ['ln_c1', 'ln_c2'],
    });
  });

  it('§3.4(3) the report holds all three levels after one rework (§3.4(4)) and a certificate is issued (§4.1(4))', () => {
    expect(new Set(day.figures.inspection.levels)).toEqual(new Set([1, 2, 3]));
    expect(day.figures.inspection.reworkCount).toBe(1);
    expect(day.figures.certificateNumber).toBe('SH4S01-2026-000001');
  });

  it('§3.5(2) REG-7 the settlement statement reconciles to the cent, VAT included', () => {
    const { statement } = day.figures;
    expect(cents(statement.lineAmounts)).toBe(cents([statement.total]));
    expect(cents([statement.subtotal]) - cents([statement.discountTotal])).toBe(
      cents([statement.total]),
    );
    expect(cents([statement.vatNet, statement.vat])).toBe(cents([statement.total]));
    expect(statement.total.amount).toBe('2785.60');
    expect(statement.vat.amount).toBe('320.47');
  });

  it('§5.3(1) §5.3(4) applies the loyal-customer rule and the coupon, and §5.3(3) rejects the out-of-season rule', () => {
    const { applied, rejected, discountTotal } = day.figures.statement;
    expect(applied.map((a) => a.ruleId)).toEqual(['rule_loyal_labour', 'rule_spring_coupon']);
    expect(cents(applied.map((a) => a.amount))).toBe(cents([discountTotal]));
    expect(rejected).toEqual([{ ruleId: 'rule_may_day', reason: 'outside_season' }]);
  });

  it('§3.5(3) is paid in full before both cars are delivered', () => {
    expect(day.figures.paid).toEqual(day.figures.statement.total);
    expect(day.figures.balance.amount).toBe('0.00');
    expect(day.figures.statuses).toEqual(['delivered', 'delivered']);
  });

  it('§7.3.2 handles the complaint within its deadlines and §7.2.3 scores the survey', () => {
    expect(day.figures.complaint).toEqual({ status: 'closed', breaches: 0 });
    expect(day.figures.surveyIndex).toBeGreaterThan(80);
  });

  it('§6.2.2 X-4 stores the day’s movements, rebuilds the ledger from them and §6.1.1 suggests purchases', () => {
    expect(day.figures.parts).toEqual({
      movements: 7,
      lostSales: 1,
      suggested: ['part_disc', 'part_wiper'],
      rebuiltMatches: true,
    });
  });

  it('§2.2.3(2) §2.2.5(2) §2.2.4(3) computes the day’s KPIs: first-time fix, coverage 100 %, fill rate', () => {
    const { kpis } = day.figures;
    expect(kpis.firstTimeFixRate).toBe(0.5);
    expect(kpis.followUpCoverage).toBe(1);
    expect(kpis.fillRate).toBe(0.875);
    expect(kpis.revenue.amount).toBe('3275.60');
  });

  it('§11.2.4 §12.1.1–§12.1.3 opens one stored corrective action per quality KPI off target', () => {
    // First-time fix 50 % is under its 95 % target and rework 50 % over its 2 % limit;
    // the comeback rate (0 %) is within its limit.
    expect(day.figures.kpis.improvementActions).toEqual([
      ['first-time-fix-rate', 'ia_first-time-fix-rate'],
      ['rework-rate', 'ia_rework-rate'],
    ]);
    expect(day.lines.join('\n')).toContain('本月返工率 50.0%，超过上限 2.0%');
    expect(storedActions.map((action) => [action.source, action.subject, action.ownerId])).toEqual([
      ['kpi-miss', 'first-time-fix-rate', 'emp_ws_li'],
      ['kpi-miss', 'rework-rate', 'emp_ws_li'],
    ]);
  });

  it('§1.2(7) tells the day in Chinese and English without unmasked customer names or phones', () => {
    const text = day.lines.join('\n');
    expect(text).toMatch(/【1】开门前 · Before opening/);
    expect(text).toMatch(/今日指标 · The day's KPIs/);
    for (const secret of ['张伟', '李娜', '13812345678', '13987654321']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('138****5678');
  });
});
