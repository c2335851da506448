import { describe, expect, it } from 'vitest';
import {
  computeSalesAttainment,
  type SalesTarget,
  type Shipment,
  setSalesTarget,
} from '../../../src/parts/sales/index';
import { AT, cny, manager } from './fixtures';

function shipment(
  id: string,
  shippedDate: string,
  amount: string,
  classId = 'pcc_fleet',
): Shipment {
  return { id, shippedDate, amount: cny(amount), classId } as unknown as Shipment;
}

const target = (input: Parameters<typeof setSalesTarget>[1]): SalesTarget =>
  setSalesTarget(null, input, { at: AT, actor: manager })._unsafeUnwrap().target;

describe('computeSalesAttainment', () => {
  it('§6.3.1 actual sales come from shipments in the period and class; attainment is actual ÷ target', () => {
    const targets = [
      target({ id: 'tgt_all', period: '2026-11', amount: cny('1000') }),
      target({ id: 'tgt_fleet', period: '2026-Q4', classId: 'pcc_fleet', amount: cny('300') }),
      target({ id: 'tgt_zero', period: '2026-12', amount: cny('0') }),
    ];
    const shipments = [
      shipment('s1', '2026-11-01', '400.00'),
      shipment('s2', '2026-11-30', '450.50', 'pcc_insurance'),
      shipment('s3', '2026-12-01', '100.00'),
      shipment('s4', '2026-10-31', '99.99', 'pcc_insurance'),
    ];
    const rows = computeSalesAttainment(targets, shipments)._unsafeUnwrap();
    expect(rows[0]).toMatchObject({
      actual: cny('850.50'),
      attainment: '0.8505',
      shortfall: cny('149.50'),
      attained: false,
    });
    expect(rows[1]).toMatchObject({
      actual: cny('500.00'),
      attainment: '1.6667',
      shortfall: cny('0.00'),
      attained: true,
    });
    expect(rows[2]).toMatchObject({ actual: cny('100.00'), attainment: null, attained: true });
  });
});
