import { describe, expect, it } from 'vitest';
import { parseRepairOrderConfig } from '../../src/repair-order/config';
import { findOverdueUpdates } from '../../src/repair-order/find-overdue-updates';
import { advisor, approved, at, delivered, step, working } from './fixtures';

describe('findOverdueUpdates', () => {
  it('§3.3(4) an order under way with no customer update within 120 minutes of work start is overdue', () => {
    const order = working(); // work started at +30
    expect(findOverdueUpdates([order], at(150))).toEqual([]);
    expect(findOverdueUpdates([order], at(151))).toEqual([
      {
        repairOrderId: 'ro_1',
        advisorId: 'emp_sa',
        lastUpdateAt: at(30),
        dueAt: at(150),
        overdueMinutes: 1,
      },
    ]);
  });

  it('§3.3(4) a customer-notified progress entry resets the clock; internal notes do not', () => {
    let order = step(working(), {
      type: 'record-progress',
      at: at(100),
      actor: advisor,
      note: '内部备注',
      customerNotified: false,
      channel: null,
    });
    expect(findOverdueUpdates([order], at(160)).map((o) => o.lastUpdateAt)).toEqual([at(30)]);
    order = step(order, {
      type: 'record-progress',
      at: at(140),
      actor: advisor,
      note: '已电话告知进度',
      customerNotified: true,
      channel: 'phone',
    });
    expect(findOverdueUpdates([order], at(260))).toEqual([]);
    expect(findOverdueUpdates([order], at(270))[0]?.overdueMinutes).toBe(10);
  });

  it('§3.3(4) the interval is configurable, only orders under way count, and the list is computed across orders', () => {
    const config = parseRepairOrderConfig({ customerUpdateIntervalMinutes: 30 })._unsafeUnwrap();
    const other = { ...working(), id: 'ro_2', workStartedAt: at(0) } as ReturnType<typeof working>;
    const result = findOverdueUpdates([approved(), delivered(), working(), other], at(100), config);
    expect(result.map((o) => [o.repairOrderId, o.overdueMinutes])).toEqual([
      ['ro_2', 70],
      ['ro_1', 40],
    ]);
  });
});
