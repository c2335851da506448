import { describe, expect, it } from 'vitest';
import {
  ageReceivable,
  ageReceivables,
  openReceivablesOf,
  parsePartsSalesConfig,
  type Receivable,
} from '../../../src/parts/sales/index';
import { AT, at, cny, receivable } from './fixtures';

describe('ageReceivables (账龄分析)', () => {
  it('§6.3.5 aging buckets count days past due in the dealer zone: 0–30, 31–60, 61–90, 90+', () => {
    const r = receivable({ dueDate: '2026-12-01' as Receivable['dueDate'] });
    const cases: [string, number, string, boolean][] = [
      ['2026-11-30T02:00:00.000Z', 0, '0-30', false],
      ['2026-12-01T15:59:59.000Z', 0, '0-30', false],
      ['2026-12-01T16:00:00.000Z', 1, '0-30', true],
      ['2026-12-31T02:00:00.000Z', 30, '0-30', true],
      ['2027-01-01T02:00:00.000Z', 31, '31-60', true],
      ['2027-01-30T02:00:00.000Z', 60, '31-60', true],
      ['2027-01-31T02:00:00.000Z', 61, '61-90', true],
      ['2027-03-01T02:00:00.000Z', 90, '61-90', true],
      ['2027-03-02T02:00:00.000Z', 91, '90+', true],
    ];
    for (const [when, days, bucket, overdue] of cases) {
      expect(ageReceivable(r, at(when))).toMatchObject({ daysPastDue: days, bucket, overdue });
    }
    const utc = parsePartsSalesConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    expect(ageReceivable(r, at('2026-12-01T16:00:00.000Z'), utc).overdue).toBe(false);
  });

  it('§6.3.5 an aging report partitions the outstanding amount and flags overdue receivables', () => {
    const receivables = [
      receivable({
        id: 'ar_1' as Receivable['id'],
        dueDate: '2026-12-20' as Receivable['dueDate'],
        outstanding: cny('100.00'),
      }),
      receivable({
        id: 'ar_2' as Receivable['id'],
        dueDate: '2026-11-10' as Receivable['dueDate'],
        outstanding: cny('50.50'),
      }),
      receivable({
        id: 'ar_3' as Receivable['id'],
        dueDate: '2026-08-01' as Receivable['dueDate'],
        outstanding: cny('20.25'),
        customerId: 'pcu_2' as Receivable['customerId'],
      }),
      receivable({ id: 'ar_4' as Receivable['id'], outstanding: cny('0.00'), status: 'settled' }),
    ];
    const report = ageReceivables(receivables, AT)._unsafeUnwrap();
    expect(report.asOf).toBe('2026-11-27');
    expect(report.total).toEqual(cny('170.75'));
    expect(report.buckets).toEqual({
      '0-30': cny('150.50'),
      '31-60': cny('0.00'),
      '61-90': cny('0.00'),
      '90+': cny('20.25'),
    });
    expect(report.notYetDue).toEqual(cny('100.00'));
    expect(report.overdue).toEqual(cny('70.75'));
    expect(report.items.map((i) => [i.receivableId, i.daysPastDue, i.overdue])).toEqual([
      ['ar_3', 118, true],
      ['ar_2', 17, true],
      ['ar_1', 0, false],
    ]);
    expect(openReceivablesOf(receivables, 'pcu_1')._unsafeUnwrap()).toEqual(cny('150.50'));
  });
});
