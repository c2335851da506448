import { describe, expect, it } from 'vitest';
import {
  hazardousStorageDeadline,
  listHazardousStorageDue,
  parseEnvironmentConfig,
} from '../../src/environment/index';
import { at, date, generate, store, transfer } from './fixtures';

const march = at('2026-03-02T02:00:00.000Z');

function ledger() {
  return [
    store(generate({}, 'wl_oil', march)),
    generate(
      { category: 'lead-acid-battery', weightKg: '40' },
      'wl_bat',
      at('2026-04-01T02:00:00.000Z'),
    ),
    store(generate({ category: 'paper', weightKg: '80' }, 'wl_paper', march)),
    transfer(generate({}, 'wl_gone', march), at('2026-06-01T02:00:00.000Z')),
    store(
      generate(
        { category: 'paint-waste', weightKg: '12' },
        'wl_paint',
        at('2026-09-01T02:00:00.000Z'),
      ),
    ),
  ];
}

describe('hazardous waste storage limit', () => {
  it('REG-6 a hazardous lot may stay one year from the day it was generated', () => {
    expect(hazardousStorageDeadline(generate({}, 'wl_1', march))).toBe('2027-03-02');
    expect(hazardousStorageDeadline(generate({ category: 'paper' }, 'wl_2', march))).toBeNull();
    const config = parseEnvironmentConfig({ hazardousStorageLimitDays: 90 })._unsafeUnwrap();
    expect(hazardousStorageDeadline(generate({}, 'wl_1', march), config)).toBe('2026-05-31');
  });

  it('REG-6 §10.3(5) lists lots over the limit and due within N days, never ordinary or transferred ones', () => {
    const due = listHazardousStorageDue(ledger(), {
      on: date('2027-03-10'),
      withinDays: 30,
    })._unsafeUnwrap();
    expect(due).toEqual([
      {
        lotId: 'wl_oil',
        category: 'used-oil',
        hazardousClass: 'HW08',
        status: 'stored',
        generatedOn: '2026-03-02',
        deadline: '2027-03-02',
        daysLeft: -8,
        state: 'overdue',
      },
      expect.objectContaining({
        lotId: 'wl_bat',
        status: 'generated',
        deadline: '2027-04-01',
        daysLeft: 22,
        state: 'due',
      }),
    ]);
  });

  it('REG-6 the last day is still within the limit; the day after is overdue', () => {
    const lots = [store(generate({}, 'wl_oil', march))];
    const onDeadline = listHazardousStorageDue(lots, { on: date('2027-03-02'), withinDays: 0 });
    expect(onDeadline._unsafeUnwrap()).toMatchObject([{ daysLeft: 0, state: 'due' }]);
    const after = listHazardousStorageDue(lots, { on: date('2027-03-03'), withinDays: 0 });
    expect(after._unsafeUnwrap()).toMatchObject([{ daysLeft: -1, state: 'overdue' }]);
    expect(
      listHazardousStorageDue(lots, { on: date('2027-03-01'), withinDays: 0 })._unsafeUnwrap(),
    ).toEqual([]);
  });

  it('REG-6 uses the configured warning window and limit by default', () => {
    const lots = ledger();
    expect(
      listHazardousStorageDue(lots, { on: date('2027-02-01') })
        ._unsafeUnwrap()
        .map((d) => d.lotId),
    ).toEqual(['wl_oil']);
    const config = parseEnvironmentConfig({
      hazardousStorageLimitDays: 180,
      storageDueWithinDays: 10,
    })._unsafeUnwrap();
    const due = listHazardousStorageDue(lots, { on: date('2026-09-25') }, config)._unsafeUnwrap();
    expect(due.map((d) => [d.lotId, d.state])).toEqual([
      ['wl_oil', 'overdue'],
      ['wl_bat', 'due'],
    ]);
  });

  it('REG-6 rejects a malformed date or window', () => {
    expect(listHazardousStorageDue([], { on: '2027-02-30' as never }).isErr()).toBe(true);
    expect(listHazardousStorageDue([], { on: date('2027-02-01'), withinDays: -1 }).isErr()).toBe(
      true,
    );
  });
});
