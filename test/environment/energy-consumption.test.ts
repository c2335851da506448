import { describe, expect, it } from 'vitest';
import {
  computeEnergyIntensity,
  type MeterReading,
  type Period,
  parseEnvironmentConfig,
  summarizeEnergyConsumption,
} from '../../src/environment/index';
import { at, meter, read } from './fixtures';

const march = { from: '2026-03-01', to: '2026-03-31' } as Period;

function series(kind: 'electricity' | 'water' | 'gas', id: string, points: [string, string][]) {
  const m = meter(kind, id);
  const readings: MeterReading[] = [];
  points.forEach(([readAt, value], index) => {
    readings.push(
      read(
        { meter: m, previous: readings[index - 1] ?? null, value, readAt: at(readAt) },
        `${id}_${index}`,
      ),
    );
  });
  return readings;
}

function readings() {
  return [
    // Read at 23:30 Shanghai on 28 Feb (15:30Z): February's closing reading, March's baseline.
    ...series('electricity', 'mtr_a', [
      ['2026-02-28T15:30:00.000Z', '1000'],
      ['2026-03-15T02:00:00.000Z', '1800.25'],
      ['2026-03-31T15:30:00.000Z', '2600'], // 23:30 on 31 March in Shanghai
      ['2026-03-31T16:30:00.000Z', '2610'], // 00:30 on 1 April in Shanghai
    ]),
    ...series('electricity', 'mtr_b', [
      ['2026-02-28T15:30:00.000Z', '50'],
      ['2026-03-31T15:00:00.000Z', '450.5'],
    ]),
    ...series('water', 'mtr_w', [
      ['2026-02-28T15:30:00.000Z', '300'],
      ['2026-03-31T15:00:00.000Z', '341.125'],
    ]),
  ];
}

describe('summarizeEnergyConsumption', () => {
  it('§10.2(1) sums consumption per meter and per kind in the dealer’s calendar', () => {
    const summary = summarizeEnergyConsumption(readings(), march)._unsafeUnwrap();
    expect(summary.byMeter).toEqual([
      { meterId: 'mtr_a', kind: 'electricity', unit: 'kWh', consumption: '1600', readings: 2 },
      { meterId: 'mtr_b', kind: 'electricity', unit: 'kWh', consumption: '400.5', readings: 1 },
      { meterId: 'mtr_w', kind: 'water', unit: 'm3', consumption: '41.125', readings: 1 },
    ]);
    expect(summary.byKind).toEqual({
      electricity: { unit: 'kWh', consumption: '2000.5' },
      water: { unit: 'm3', consumption: '41.125' },
      gas: { unit: 'm3', consumption: '0' },
    });
  });

  it('§10.2(1) the zone decides which period a reading falls in', () => {
    const utc = parseEnvironmentConfig({ timeZone: 'UTC' })._unsafeUnwrap();
    const summary = summarizeEnergyConsumption(readings(), march, utc)._unsafeUnwrap();
    expect(summary.byMeter[0]).toMatchObject({
      meterId: 'mtr_a',
      consumption: '1610',
      readings: 3,
    });
  });

  it('§10.2(1) rejects a reversed period', () => {
    const reversed = { from: '2026-03-31', to: '2026-03-01' } as Period;
    expect(summarizeEnergyConsumption([], reversed).isErr()).toBe(true);
  });
});

describe('computeEnergyIntensity', () => {
  it('§10.2(1) divides each kind by the repair orders of the period, rounded half-up', () => {
    const summary = summarizeEnergyConsumption(readings(), march)._unsafeUnwrap();
    const intensity = computeEnergyIntensity(summary, 3)._unsafeUnwrap();
    expect(intensity.repairOrders).toBe(3);
    expect(intensity.byKind.electricity).toEqual({
      unit: 'kWh',
      consumption: '2000.5',
      perRepairOrder: '666.833',
    });
    expect(intensity.byKind.water.perRepairOrder).toBe('13.708');
    expect(intensity.byKind.gas.perRepairOrder).toBe('0');
  });

  it('§10.2(1) no repair orders means no intensity, explicitly, never a division by zero', () => {
    const summary = summarizeEnergyConsumption(readings(), march)._unsafeUnwrap();
    const intensity = computeEnergyIntensity(summary, 0)._unsafeUnwrap();
    expect(intensity.byKind.electricity).toEqual({
      unit: 'kWh',
      consumption: '2000.5',
      perRepairOrder: null,
    });
    expect(computeEnergyIntensity(summary, -1).isErr()).toBe(true);
    expect(computeEnergyIntensity(summary, 1.5).isErr()).toBe(true);
  });
});
