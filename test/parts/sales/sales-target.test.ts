import { describe, expect, it } from 'vitest';
import { isInPeriod, setSalesTarget } from '../../../src/parts/sales/index';
import { AT, clerk, cny, manager } from './fixtures';

describe('setSalesTarget (配件销售计划)', () => {
  it('§6.3.1 the service manager sets targets per month or quarter, optionally per class', () => {
    const set = setSalesTarget(
      null,
      { id: 'tgt_1', period: '2026-11', amount: cny('1000') },
      { at: AT, actor: manager },
    )._unsafeUnwrap();
    expect(set.target).toMatchObject({
      period: '2026-11',
      classId: null,
      amount: cny('1000.00'),
      setBy: manager.id,
    });
    expect(set.events[0]).toMatchObject({ type: 'parts.sales-target-set', aggregateId: 'tgt_1' });
    expect(
      setSalesTarget(
        null,
        { id: 'tgt_1', period: '2026-11', amount: cny('1') },
        { at: AT, actor: clerk },
      )._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    for (const period of ['2026-13', '2026-Q5', '26-11', '2026-11-01']) {
      expect(
        setSalesTarget(
          null,
          { id: 'tgt_x', period, amount: cny('1') },
          { at: AT, actor: manager },
        )._unsafeUnwrapErr().code,
      ).toBe('validation_failed');
    }
    const revised = setSalesTarget(
      set.target,
      { id: 'tgt_1', period: '2026-11', amount: cny('1200') },
      { at: AT, actor: manager },
    )._unsafeUnwrap();
    expect(revised.target.amount).toEqual(cny('1200.00'));
    expect(
      setSalesTarget(
        set.target,
        { id: 'tgt_1', period: '2026-12', amount: cny('1') },
        { at: AT, actor: manager },
      )._unsafeUnwrapErr().code,
    ).toBe('validation_failed');
  });

  it('§6.3.1 periods are calendar months or quarters', () => {
    expect(isInPeriod('2026-11-30' as never, '2026-11')).toBe(true);
    expect(isInPeriod('2026-12-01' as never, '2026-11')).toBe(false);
    expect(isInPeriod('2026-10-01' as never, '2026-Q4')).toBe(true);
    expect(isInPeriod('2026-09-30' as never, '2026-Q4')).toBe(false);
    expect(isInPeriod('2025-11-30' as never, '2026-11')).toBe(false);
  });
});
