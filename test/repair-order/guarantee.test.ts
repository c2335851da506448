import { describe, expect, it } from 'vitest';
import { parseQualityConfig } from '../../src/quality/index';
import { checkComeback, findComebackOrigin, guaranteeOf } from '../../src/repair-order/guarantee';
import { openRepairOrder } from '../../src/repair-order/open-repair-order';
import type { RepairOrder } from '../../src/repair-order/schema';
import { addMinutesToInstant, type Instant } from '../../src/shared/index';
import { advisor, at, delivered, openInput, run, T0 } from './fixtures';

const DAY = 24 * 60;

/** A new order of the same vehicle, `days` after T0, at `odometerKm`. */
function returning(
  days: number,
  odometerKm: number,
  code = 'brake-noise',
  id = 'ro_2',
): RepairOrder {
  const input = openInput({
    id,
    at: addMinutesToInstant(T0, days * DAY) as Instant,
    concerns: [{ text: '刹车又响了', code }],
    walkAround: { ...openInput().walkAround, odometerKm },
    lastRecordedOdometerKm: 48210,
  } as never);
  return openRepairOrder(input)._unsafeUnwrap().state;
}

function withCategory(order: RepairOrder, repairCategory: string): RepairOrder {
  return { ...order, jobs: order.jobs.map((job) => ({ ...job, repairCategory })) } as RepairOrder;
}

describe('post-repair guarantee and comebacks (REG-1, §4.3(7))', () => {
  it('REG-1 a minor repair is guaranteed 10 days or 2,000 km from delivery, whichever first', () => {
    expect(guaranteeOf(delivered())).toEqual({
      repairOrderId: 'ro_1',
      repairCategories: ['minor-repair'],
      period: { days: 10, km: 2000 },
      deliveredOn: '2026-03-02',
      lastDay: '2026-03-12',
      lastOdometerKm: 50210,
    });
  });

  it('REG-1 whole-vehicle or assembly repair 100 days / 20,000 km; second-level maintenance 30 days / 5,000 km', () => {
    expect(guaranteeOf(withCategory(delivered(), 'assembly-overhaul'))?.period).toEqual({
      days: 100,
      km: 20000,
    });
    expect(guaranteeOf(withCategory(delivered(), 'whole-vehicle-overhaul'))?.lastDay).toBe(
      '2026-06-10',
    );
    expect(guaranteeOf(withCategory(delivered(), 'second-level-maintenance'))?.period).toEqual({
      days: 30,
      km: 5000,
    });
    expect(guaranteeOf(withCategory(delivered(), 'first-level-maintenance'))?.period).toEqual({
      days: 10,
      km: 2000,
    });
    expect(guaranteeOf(withCategory(delivered(), 'special-repair'))?.period).toEqual({
      days: 10,
      km: 2000,
    });
  });

  it('REG-1 periods are configurable (quality configuration)', () => {
    const qualityConfig = parseQualityConfig({
      guaranteePeriods: { 'minor-repair': { days: 30, km: 3000 } },
    })._unsafeUnwrap();
    expect(guaranteeOf(delivered(), { qualityConfig })?.lastDay).toBe('2026-04-01');
  });

  it('REG-1 an order that was not delivered has no guarantee', () => {
    expect(guaranteeOf(returning(1, 48300))).toBeNull();
  });

  it('§4.3(7) a new order for the same concern inside the period is linked to the original as a comeback', () => {
    const original = delivered();
    const comeback = returning(5, 49000);
    expect(checkComeback(comeback, original, 'brake-noise').isOk()).toBe(true);
    const linked = run(comeback, {
      type: 'link-comeback',
      at: at(5 * DAY + 1),
      actor: advisor,
      original,
      concernCode: 'brake-noise',
    })._unsafeUnwrap();
    expect(linked.state.comebackOf).toBe('ro_1');
    expect(linked.events[0]?.payload).toEqual({ originalId: 'ro_1', status: 'reception' });
  });

  it('§4.3(7) whichever comes first: past the last day or past the kilometres is no longer a comeback', () => {
    const original = delivered();
    expect(checkComeback(returning(10, 49000), original, 'brake-noise').isOk()).toBe(true);
    expect(checkComeback(returning(11, 49000), original, 'brake-noise')._unsafeUnwrapErr()).toEqual(
      {
        code: 'comeback_not_eligible',
        clause: '§4.3(7)',
        data: { reason: 'guarantee-expired', originalId: 'ro_1' },
      },
    );
    expect(
      checkComeback(returning(2, 50211), original, 'brake-noise')._unsafeUnwrapErr().data.reason,
    ).toBe('guarantee-expired');
  });

  it('§4.3(7) other concerns, other vehicles and undelivered orders are not comeback origins', () => {
    const original = delivered();
    expect(
      checkComeback(returning(3, 49000, 'ac-noise'), original, 'ac-noise')._unsafeUnwrapErr().data
        .reason,
    ).toBe('different-concern');
    const otherVehicle = { ...returning(3, 49000), vehicleId: 'veh_2' } as RepairOrder;
    expect(
      checkComeback(otherVehicle, original, 'brake-noise')._unsafeUnwrapErr().data.reason,
    ).toBe('other-vehicle');
    expect(
      checkComeback(
        returning(3, 49000),
        returning(1, 48300, 'brake-noise', 'ro_0'),
        'brake-noise',
      )._unsafeUnwrapErr().data.reason,
    ).toBe('not-delivered');
    expect(checkComeback(original, original, 'brake-noise')._unsafeUnwrapErr().data.reason).toBe(
      'same-order',
    );
  });

  it('§4.3(7) rework restarts the period: the latest delivered comeback is the origin in force', () => {
    const original = delivered();
    // The comeback was delivered 8 days later; its own guarantee runs from then.
    const reworked = {
      ...original,
      id: 'ro_2',
      createdAt: addMinutesToInstant(T0, 8 * DAY),
      deliveredAt: addMinutesToInstant(T0, 9 * DAY),
      delivery: {
        ...(original.delivery as NonNullable<RepairOrder['delivery']>),
        at: addMinutesToInstant(T0, 9 * DAY),
        odometerKm: 49500,
      },
      comebackOf: 'ro_1',
    } as RepairOrder;
    const third = returning(15, 50100, 'brake-noise', 'ro_3');
    expect(checkComeback(third, original, 'brake-noise').isErr()).toBe(true);
    const found = findComebackOrigin(third, [original, reworked]);
    expect(found?.order.id).toBe('ro_2');
    expect(found?.concernCode).toBe('brake-noise');
    expect(
      findComebackOrigin(returning(40, 50100, 'brake-noise', 'ro_4'), [original, reworked]),
    ).toBeNull();
  });

  it('§4.3(7) linking is done at reception by reception staff', () => {
    const original = delivered();
    const comeback = returning(5, 49000);
    const command = {
      type: 'link-comeback',
      at: at(5 * DAY + 1),
      original,
      concernCode: 'brake-noise',
    };
    expect(
      run(comeback, {
        ...command,
        actor: { id: 'emp_t1', roles: ['technician'] },
      })._unsafeUnwrapErr().code,
    ).toBe('forbidden');
    expect(run(original, { ...command, actor: advisor })._unsafeUnwrapErr().code).toBe(
      'invalid_transition',
    );
  });
});
