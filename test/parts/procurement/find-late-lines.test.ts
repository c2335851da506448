import { describe, expect, it } from 'vitest';
import {
  findLateLines,
  parseProcurementConfig,
  transitionPurchaseOrder,
} from '../../../src/parts/procurement/index';
import type { Instant } from '../../../src/shared/index';
import { AT, clerk, dayAt, draftOrder, receive, sentOrder } from './fixtures';

describe('late lines', () => {
  it('§6.1.4 lines not delivered in full by their promised date are late, judged in the dealer zone', () => {
    const order = receive(sentOrder(), 'gr_1', [
      { lineNo: 1, accepted: '15', rejected: '0' },
    ]).order;
    // 2026-03-05T16:30Z is already 2026-03-06 in Shanghai: line 1 (promised 03-05) is one day late.
    const late = findLateLines([order], '2026-03-05T16:30:00.000Z' as Instant);
    expect(late).toEqual([
      {
        purchaseOrderId: 'po_1',
        lineNo: 1,
        partId: 'part_filter',
        promisedDate: '2026-03-05',
        outstanding: '5',
        daysLate: 1,
      },
    ]);
    // In UTC it is still 03-05: nothing is late yet.
    const utc = parseProcurementConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    expect(findLateLines([order], '2026-03-05T16:30:00.000Z' as Instant, utc)).toEqual([]);
    const later = findLateLines([order], dayAt(8));
    expect(later.map((line) => [line.lineNo, line.daysLate])).toEqual([
      [1, 5],
      [2, 4],
    ]);
  });

  it('§6.1.4 delivered lines, drafts, cancelled and closed orders are never late', () => {
    const full = receive(sentOrder(), 'gr_1', [
      { lineNo: 1, accepted: '18', rejected: '2', rejectionReason: '破损' },
    ]).order;
    expect(findLateLines([full], dayAt(10)).map((line) => line.lineNo)).toEqual([2]);
    const cancelled = transitionPurchaseOrder(draftOrder(), {
      type: 'cancel',
      reason: 'x',
      at: AT,
      actor: clerk,
    })._unsafeUnwrap().order;
    expect(findLateLines([draftOrder(), cancelled], dayAt(30))).toEqual([]);
  });
});
