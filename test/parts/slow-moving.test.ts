import { describe, expect, it } from 'vitest';
import { findSlowMovingParts } from '../../src/parts/index';
import type { CalendarDate } from '../../src/shared/index';
import { dayAt, filter, issue, oil, pads, post, receipt } from './fixtures';

describe('findSlowMovingParts', () => {
  const ledger = post([
    receipt({ quantity: '10', at: dayAt(0) }),
    receipt({ partId: pads.id, quantity: '4', at: dayAt(0) }),
    receipt({ partId: oil.id, unit: 'litre', quantity: '3', at: dayAt(0) }),
    issue({ quantity: '1', at: dayAt(10) }),
    issue({ partId: pads.id, quantity: '1', at: dayAt(200) }),
    issue({ partId: oil.id, unit: 'litre', quantity: '3', at: dayAt(5) }),
  ]);

  it('§6.2.4 lists parts in stock with no issue in N days (slow) or 12 months (obsolete)', () => {
    // 2027-03-07 is 370 days after 2026-03-02.
    const report = findSlowMovingParts(ledger, '2027-03-07' as CalendarDate);
    expect(report.obsolete).toEqual([]);
    expect(report.slowMoving.map((p) => [p.partId, p.daysWithoutIssue])).toEqual([
      [filter.id, 360],
    ]);
    const later = findSlowMovingParts(ledger, '2027-04-01' as CalendarDate);
    expect(later.obsolete).toEqual([
      { partId: filter.id, onHand: '9', lastIssueDate: '2026-03-12', daysWithoutIssue: 385 },
    ]);
    expect(later.slowMoving.map((p) => p.partId)).toEqual([pads.id]);
  });

  it('§6.2.4 parts without stock are never listed; never-issued parts count from their first movement', () => {
    const idle = post([receipt({ partId: pads.id, quantity: '1', at: dayAt(0) })]);
    const report = findSlowMovingParts(idle, '2026-09-01' as CalendarDate);
    expect(report.slowMoving).toEqual([
      { partId: pads.id, onHand: '1', lastIssueDate: null, daysWithoutIssue: 183 },
    ]);
    expect(
      findSlowMovingParts(ledger, '2030-01-01' as CalendarDate).obsolete.map((p) => p.partId),
    ).not.toContain(oil.id);
  });
});
