import { describe, expect, it } from 'vitest';
import { summarizeDelivery } from '../../src/repair-order/summarize-delivery';
import { at, cny, delivered, opened, step, tech } from './fixtures';

describe('summarizeDelivery', () => {
  it('§3.5(1) lists the jobs done, the parts replaced with grade (REG-3), and the deferred recommendations (X-3)', () => {
    const base = delivered();
    const order = step(
      { ...base, status: 'diagnosis' as const },
      {
        type: 'record-multipoint',
        at: at(150),
        actor: tech,
        items: [{ code: 'wiper', label: '雨刮片', result: 'yellow' }],
      },
    );
    const summary = summarizeDelivery({ ...order, status: 'delivered' });
    expect(summary).toEqual({
      repairOrderId: 'ro_1',
      jobsDone: [
        {
          jobId: 'job_1',
          title: '前刹车维修',
          repairCategory: 'minor-repair',
          operations: [{ opCode: 'OP-BRAKE-F', description: '更换前刹车片' }],
        },
      ],
      partsReplaced: [
        { partNumber: 'P-PAD-F', description: '前刹车片', grade: 'oem', quantity: '1' },
      ],
      recommendations: [
        {
          source: 'multipoint',
          severity: 'yellow',
          description: '雨刮片',
          code: 'wiper',
          lineId: null,
          recordedAt: at(150),
        },
      ],
      keysReturned: true,
      nextService: { dueDate: '2026-08-29', dueOdometerKm: 53210 },
      total: cny('620.00'),
    });
  });

  it('§3.5(1) before any work the summary is empty', () => {
    const summary = summarizeDelivery(opened());
    expect(summary.jobsDone).toEqual([]);
    expect(summary.partsReplaced).toEqual([]);
    expect(summary.keysReturned).toBe(false);
    expect(summary.total).toBeNull();
  });
});
